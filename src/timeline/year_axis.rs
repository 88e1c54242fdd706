use leptos::prelude::*;

/// The year axis: one button per year of the data; a year jumps to its first
/// matching event, and is disabled when no event of that year matches.
#[component]
pub fn YearAxis(
    /// Each year with the id of its first matching event.
    #[prop(into)]
    marks: Signal<Vec<(u16, Option<String>)>>,
    /// The year of the open event, highlighted.
    #[prop(into)]
    selected_year: Signal<Option<u16>>,
    /// Opens an event by id.
    on_jump: Callback<String>,
) -> impl IntoView {
    view! {
        <nav class="year-axis" aria-label="Jump to a year">
            <ol class="year-axis__years">
                {move || marks.get().into_iter().map(|(year, first)| {
                    let current = move || selected_year.get() == Some(year);
                    let label = match &first {
                        Some(_) => format!("Jump to {year}"),
                        None => format!("{year}: no matching events"),
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="year-axis__year"
                                class:year-axis__year--current=current
                                aria-label=label
                                aria-current=move || current().then_some("true")
                                disabled=first.is_none()
                                data-testid=format!("year-{year}")
                                on:click=move |_| if let Some(id) = first.clone() { on_jump.run(id) }
                            >
                                {year}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
