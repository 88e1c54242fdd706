use leptos::prelude::*;

use crate::data::DataError;

/// How many problems are listed before "and N more".
const SHOWN_PROBLEMS: usize = 8;

/// The error of one section: which file, what went wrong, and a Retry button.
/// The rest of the app keeps working.
#[component]
pub fn ErrorPanel(
    /// The failure to explain.
    error: DataError,
    /// Loads the file again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let details = error.details();
    let more = details.len().saturating_sub(SHOWN_PROBLEMS);
    view! {
        <section class="error-panel" role="alert" data-testid="error-panel" data-file=error.file()>
            <h2 class="error-panel__title">"This section could not be shown"</h2>
            <p class="error-panel__message">{error.to_string()}</p>
            {(!details.is_empty()).then(|| view! {
                <ul class="error-panel__details">
                    {details.into_iter().take(SHOWN_PROBLEMS).map(|d| view! { <li>{d}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("… and {more} more")}</li> })}
                </ul>
            })}
            <p class="error-panel__hint">"The other sections of the site still work."</p>
            <button type="button" class="button" data-testid="retry" on:click=move |_| on_retry.run(())>
                "Try again"
            </button>
        </section>
    }
}
