use leptos::prelude::*;

/// A skeleton shown while a data file loads; screen readers hear "Loading …".
#[component]
pub fn Loading(
    /// What is loading, e.g. "the timeline".
    what: &'static str,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" data-testid="loading">
            <span class="visually-hidden">{format!("Loading {what}…")}</span>
            <div class="loading__bar" aria-hidden="true"></div>
            <div class="loading__bar loading__bar--short" aria-hidden="true"></div>
            <div class="loading__bar" aria-hidden="true"></div>
        </div>
    }
}
