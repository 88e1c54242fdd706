use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::logic::Filter;
use crate::text::plural;

/// Category chips, a search box and the announced count of matching events.
/// Every change is written to the URL query (replacing the entry: typing does not
/// pile up history), so a filtered view can be shared.
#[component]
pub fn Filters(
    /// (id, label, number of events) of the categories in use.
    categories: Arc<Vec<(String, String, usize)>>,
    /// The current filter (from the URL).
    filter: Memo<Filter>,
    /// How many events there are in all.
    total: usize,
    /// How many events match.
    #[prop(into)]
    shown: Signal<usize>,
) -> impl IntoView {
    let navigate = use_navigate();
    let set = Callback::new(move |f: Filter| {
        let slug = leptos_router::hooks::use_location()
            .pathname
            .get_untracked();
        let slug = slug.rsplit_once("/timeline/").map(|(_, s)| s.to_owned());
        navigate(
            &f.url(slug.as_deref()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let chip = move |id: Option<String>, label: String, count: usize| {
        let pressed = {
            let id = id.clone();
            move || filter.get().category == id
        };
        let testid = format!("category-{}", id.as_deref().unwrap_or("all"));
        view! {
            <li>
                <button
                    type="button"
                    class="chip"
                    aria-pressed=move || pressed().to_string()
                    data-testid=testid
                    on:click=move |_| set.run(Filter { category: id.clone(), ..filter.get_untracked() })
                >
                    {label}<span class="chip__count">{count}</span>
                </button>
            </li>
        }
    };
    let count_text = move || {
        let n = shown.get();
        if filter.get().is_active() {
            format!("Showing {n} of {}", plural(total, "event", "events"))
        } else {
            plural(n, "event", "events")
        }
    };
    view! {
        <div class="filters" data-testid="filters">
            <div class="filters__search">
                <label for="timeline-search">"Search events"</label>
                <input
                    id="timeline-search"
                    type="search"
                    placeholder="Title, place or summary"
                    autocomplete="off"
                    data-testid="search"
                    prop:value=move || filter.get().query
                    on:input:target=move |ev| set.run(Filter { query: ev.target().value(), ..filter.get_untracked() })
                />
            </div>
            <ul class="filters__chips" aria-label="Filter by category">
                {chip(None, "All".to_owned(), total)}
                {categories.iter().map(|(id, label, n)| chip(Some(id.clone()), label.clone(), *n)).collect_view()}
            </ul>
            <p class="filters__count" role="status" aria-live="polite" data-testid="event-count">{count_text}</p>
            <Show when=move || shown.get() == 0>
                <div class="filters__empty" data-testid="no-results">
                    <p>"No events match these filters."</p>
                    <button type="button" class="button" on:click=move |_| set.run(Filter::default())>"Clear the filters"</button>
                </div>
            </Show>
        </div>
    }
}
