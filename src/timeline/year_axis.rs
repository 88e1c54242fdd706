use leptos::prelude::*;

/// The year axis: one button per year of the data; the page's behaviour makes a year
/// jump to its first matching event, and disables it when no event of that year matches.
#[component]
pub fn YearAxis(
    /// The years of the axis, first to last, and whether an event of that year is shown.
    years: Vec<(u16, bool)>,
    /// The year of the open event, highlighted.
    selected_year: Option<u16>,
) -> impl IntoView {
    view! {
        <nav class="year-axis" aria-label=wego10_core::strings::timeline::YEAR_AXIS>
            <ol class="year-axis__years">
                {years.into_iter().map(|(year, has_event)| {
                    let current = selected_year == Some(year);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="year-axis__year"
                                class:year-axis__year--current=current
                                aria-label=wego10_core::strings::year_label(year, has_event)
                                aria-current=current.then_some("true")
                                disabled=!has_event
                                data-testid=format!("year-{year}")
                                data-year=year
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
