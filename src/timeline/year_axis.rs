use leptos::prelude::*;

/// The year axis: one button per year of the data; a year jumps to its first
/// matching event, and is disabled when no event of that year matches.
/// The buttons are built once; a filter change only updates their state.
#[component]
pub fn YearAxis(
    /// The years of the axis, first to last.
    years: Vec<u16>,
    /// For each year (same order), the id of its first matching event.
    #[prop(into)]
    firsts: Signal<Vec<Option<String>>>,
    /// The year of the open event, highlighted.
    #[prop(into)]
    selected_year: Signal<Option<u16>>,
    /// Opens an event by id.
    on_jump: Callback<String>,
) -> impl IntoView {
    view! {
        <nav class="year-axis" aria-label="Jump to a year">
            <ol class="year-axis__years">
                {years.into_iter().enumerate().map(|(n, year)| {
                    let first = move || firsts.with(|f| f.get(n).cloned().flatten());
                    let current = move || selected_year.get() == Some(year);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="year-axis__year"
                                class:year-axis__year--current=current
                                aria-label=move || wego10_core::strings::year_label(year, first().is_some())
                                aria-current=move || current().then_some("true")
                                disabled=move || first().is_none()
                                data-testid=format!("year-{year}")
                                data-year=year
                                on:click=move |_| if let Some(id) = first() { on_jump.run(id) }
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
