use leptos::prelude::*;
use wego10_core::strings;

/// One row of filter chips, written to the query key `key`.
pub struct ChipGroup {
    pub key: &'static str,
    /// The group's name for screen readers ("Filter by category").
    pub label: &'static str,
    /// The chip that clears the key, with its count if shown.
    pub all: (&'static str, Option<usize>),
    pub chips: Vec<Chip>,
}

impl ChipGroup {
    /// Chips setting `key` to each value of `counts` (value, label, how many items have
    /// it), after the chip `all` that clears it; named `label` for screen readers.
    pub fn counted<V: AsRef<str>, L: AsRef<str>>(
        key: &'static str,
        label: &'static str,
        all: &'static str,
        counts: impl IntoIterator<Item = (V, L, usize)>,
    ) -> Self {
        ChipGroup {
            key,
            label,
            all: (all, None),
            chips: counts
                .into_iter()
                .map(|(v, l, n)| Chip::counted(v.as_ref(), l.as_ref(), n))
                .collect(),
        }
    }
}

/// A chip: the value it sets, its label and its count of matching items.
pub struct Chip {
    pub id: String,
    pub label: String,
    pub count: Option<usize>,
}

impl Chip {
    /// A chip with a fixed count of matching items.
    pub fn counted(id: &str, label: &str, count: usize) -> Self {
        Chip {
            id: id.to_owned(),
            label: label.to_owned(),
            count: Some(count),
        }
    }
}

/// What the search box is called. Its id is its section's name and "-search"
/// ("timeline-search").
pub struct Search {
    /// The section's name ("timeline").
    pub section: &'static str,
    pub label: &'static str,
    pub placeholder: &'static str,
}

/// A section's filter bar: a search box (`?q=`), rows of chips, the announced count of
/// matching items and, hidden while some match, a way out. The page's behaviour writes
/// each change to the URL (replacing the entry), so a filtered view can be shared.
#[component]
pub fn FilterBar(
    search: Search,
    groups: Vec<ChipGroup>,
    /// The items' noun, singular and plural (the count's test id is "<singular>-count").
    noun: (&'static str, &'static str),
    /// How many items there are in all (the build renders them all).
    total: usize,
) -> impl IntoView {
    let search_id = format!("{}-search", search.section);
    view! {
        <div class="filters" data-testid="filters">
            <div class="filters__search">
                <label for=search_id.clone()>{search.label}</label>
                <input
                    id=search_id
                    type="search"
                    placeholder=search.placeholder
                    autocomplete="off"
                    data-testid="search"
                />
            </div>
            {groups.into_iter().map(|g| view! { <ChipRow group=g/> }).collect_view()}
            <p class="filters__count" role="status" aria-live="polite" data-testid=format!("{}-count", noun.0)>
                {strings::shown_count(total, total, false, noun)}
            </p>
            <div class="filters__empty" data-testid="no-results" hidden={total > 0}>
                <p>{strings::no_match(noun.1)}</p>
                <button type="button" class="button" data-clear>{strings::CLEAR_FILTERS}</button>
            </div>
        </div>
    }
}

#[component]
fn ChipRow(group: ChipGroup) -> impl IntoView {
    let key = group.key;
    let chip = move |id: Option<String>, label: String, count: Option<usize>| {
        let testid = format!("{key}-{}", id.as_deref().unwrap_or("all"));
        view! {
            <li>
                <button type="button" class="chip" aria-pressed=id.is_none().to_string() data-testid=testid
                    data-key=key data-value=id.unwrap_or_default()>
                    {label}{count.map(|c| view! { <span class="chip__count">{c}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <ul class="filters__chips" aria-label=group.label>
            {chip(None, group.all.0.to_owned(), group.all.1)}
            {group.chips.into_iter().map(|c| chip(Some(c.id), c.label, c.count)).collect_view()}
        </ul>
    }
}
