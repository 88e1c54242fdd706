use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wego10_core::item_nav::KeyMap;

use super::about::AboutEdition;
use super::lightbox::{self, Lightbox};
use super::logic::{
    self, category_counts, category_index, display_name, filtered, level_name, Filter,
};
use super::winner_card::WinnerCard;
use crate::data::{AwardsFile, Edition};
use crate::routes::{self, href};
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
use crate::ui::filter_bar::{Chip, ChipGroup, FilterBar, Search};
use crate::ui::item_route::{use_item_route, ItemRoute};
use crate::ui::not_found::NotFound;
use crate::ui::section;

/// The query keys of the gallery.
const KEYS: &[&str] = &["category", "level", "q"];

/// `/awards`, `/awards/:edition` and `/awards/:edition/:slug`. The URL is the state:
/// edition and open winner in the path, filters in the query.
#[component]
pub fn Awards(file: Arc<AwardsFile>) -> impl IntoView {
    let params = use_params_map();
    let edition = Memo::new(move |_| params.read().get("edition"));
    // The shown edition, shared: opening or closing a winner (which changes the path's
    // edition between none and the default one) neither copies nor compares it.
    let editions: Vec<Arc<Edition>> = file.editions.iter().cloned().map(Arc::new).collect();
    let current = {
        let file = file.clone();
        Memo::new_with_compare(
            move |_| {
                let shown = logic::edition(&file, edition.get().as_deref())?;
                let i = file.editions.iter().position(|e| std::ptr::eq(e, shown))?;
                Some(editions[i].clone())
            },
            |a, b| {
                a.and_then(|a| a.as_ref().map(Arc::as_ptr))
                    != b.and_then(|b| b.as_ref().map(Arc::as_ptr))
            },
        )
    };
    let current_id = Memo::new(move |_| {
        current.with(|e| e.as_ref().map(|e| e.id.to_string()).unwrap_or_default())
    });
    let route = use_item_route("slug", KEYS, move |winner| {
        let ed = current_id.get_untracked();
        winner.map_or_else(
            || routes::awards_edition(&ed),
            |w| routes::award_winner(&ed, w),
        )
    });
    let dialog = NodeRef::<Div>::new();
    route.listen_keys(
        KeyMap {
            arrows: true,
            ..KeyMap::default()
        },
        Some(dialog),
    );
    let slug = route.item;
    let filter = Memo::new(move |_| Filter {
        category: route.param("category"),
        level: route.param("level"),
        query: route.param("q").unwrap_or_default(),
    });
    let shown = Memo::new(move |_| {
        current.with(|e| {
            e.as_ref()
                .map(|e| filtered(e, &filter.get()))
                .unwrap_or_default()
        })
    });
    route.set_order(Memo::new(move |_| {
        current.with(|e| match e {
            Some(e) => shown
                .get()
                .iter()
                .map(|&i| e.winners[i].id.to_string())
                .collect::<Vec<_>>(),
            None => Vec::new(),
        })
    }));
    let open_index = Memo::new(move |_| {
        let s = slug.get()?;
        current.with(|e| e.as_ref()?.winners.iter().position(|w| w.id == s.as_str()))
    });

    let not_found = {
        let file = file.clone();
        move || {
            let message = match (edition.get(), slug.get()) {
                (Some(e), _) if !file.editions.iter().any(|x| x.id == e.as_str()) => {
                    format!("There is no edition \"{e}\" of the WeGO Awards.")
                }
                (_, Some(s)) if open_index.get().is_none() => {
                    format!(
                        "There is no winner \"{s}\" in the {}.",
                        current.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default())
                    )
                }
                _ => return None,
            };
            Some(view! { <NotFound message back=section::AWARDS.back()/> })
        }
    };

    if routes::islands() {
        let page = match edition.get_untracked() {
            Some(_) => routes::awards_edition(&current_id.get_untracked()),
            None => routes::AWARDS.to_owned(),
        };
        return islands_view(
            route,
            &file,
            current.get_untracked(),
            open_index.get_untracked(),
            &page,
            filter,
            shown,
        )
        .into_any();
    }
    view! {
        {not_found}
        // The open winner's dialog comes first in the page: a prerendered winner page
        // shows it as soon as its HTML starts to arrive. It stays in the page, hidden,
        // while no winner is open: opening and closing it only shows and hides it.
        <Lightbox route dialog edition=current index=open_index/>
        <p class="awards__about">{file.about.clone()}</p>
        <nav class="editions" aria-label="Editions">
            <ul>
                {file.editions.iter().map(|e| {
                    let id = e.id.to_string();
                    let is_current = {
                        let id = id.clone();
                        move || current_id.get() == id
                    };
                    view! {
                        <li><a
                            href=href(&routes::awards_edition(&id))
                            aria-current=move || is_current().then_some("page")
                            data-testid=format!("edition-{id}")
                        >{format!("{} ({})", e.name, e.year)}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
        <div class="awards" node_ref=route.root>
            {move || current.get().map(|ed| view! {
                <Gallery route ed=ed.clone() filter shown/>
                <AboutEdition edition=ed/>
            })}
        </div>
    }
    .into_any()
}

/// The awards of an islands page (`page`: its app path without a winner): the edition's
/// gallery as the build sees it (no filter), and every winner's detail in one modal
/// detail shell, the open one shown; `ItemsBehaviour` does the rest from the page's
/// attributes (the category chips' counts follow the other filters).
fn islands_view(
    route: ItemRoute,
    file: &AwardsFile,
    ed: Option<Arc<Edition>>,
    open: Option<usize>,
    page: &str,
    filter: Memo<Filter>,
    shown: Memo<Vec<usize>>,
) -> impl IntoView + use<> {
    let Some(ed) = ed else {
        return ().into_any();
    };
    let items = ed
        .winners
        .iter()
        .map(|w| {
            let ci = category_index(&ed, w.category.as_str());
            ShellItem {
                id: w.id.to_string(),
                name: display_name(w),
                path: routes::award_winner(ed.id.as_str(), w.id.as_str()),
                class: format!("cat-{}", ci % 8 + 1),
                head: Some(lightbox::meta(&ed, w).into_any()),
                body: lightbox::body(&ed, w).into_any(),
            }
        })
        .collect();
    let (title, description) = page_identity(page);
    let about = file.about.clone();
    let editions: Vec<(String, String)> = file
        .editions
        .iter()
        .map(|e| (e.id.to_string(), format!("{} ({})", e.name, e.year)))
        .collect();
    let current = ed.id.to_string();
    view! {
        <crate::islands::ItemsBehaviour>
            <div data-items=href(&routes::awards_edition(&current)) data-keys=KEYS.join(" ") data-noun="winner|winners"
                data-live-counts="category" data-page-title=title data-page-description=description>
                <DetailShell route block="lightbox" testid="lightbox".to_owned() noun="winner" hashtag=None
                    items open modal=true close_label=Some("Close")/>
                <p class="awards__about">{about}</p>
                <nav class="editions" aria-label="Editions">
                    <ul>
                        {editions.into_iter().map(|(id, label)| view! {
                            <li><a href=href(&routes::awards_edition(&id)) aria-current=(id == current).then_some("page")
                                data-testid=format!("edition-{id}")>{label}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
                <div class="awards">
                    <Gallery route ed=ed.clone() filter shown/>
                    <AboutEdition edition=ed/>
                </div>
            </div>
        </crate::islands::ItemsBehaviour>
    }
    .into_any()
}

/// Filters and the grid of winners of one edition.
#[component]
fn Gallery(
    route: ItemRoute,
    ed: Arc<Edition>,
    filter: Memo<Filter>,
    shown: Memo<Vec<usize>>,
) -> impl IntoView {
    let counts = {
        let ed = ed.clone();
        Memo::new(move |_| category_counts(&ed, &filter.get()))
    };
    let groups = vec![
        ChipGroup {
            key: "category",
            label: "Filter by category",
            all: ("All categories", None),
            chips: ed
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| Chip {
                    id: c.id.to_string(),
                    label: c.name.clone(),
                    count: Some(Signal::derive(move || {
                        counts.with(|cs| cs.get(i).map_or(0, |x| x.2))
                    })),
                })
                .collect(),
        },
        ChipGroup {
            key: "level",
            label: "Filter by level",
            all: ("All levels", None),
            chips: ed
                .levels
                .iter()
                .map(|l| Chip {
                    id: l.id.to_string(),
                    label: l.name.clone(),
                    count: None,
                })
                .collect(),
        },
    ];
    // One entry per shown winner, keyed: a filter keeps the cards that stay. On paper the
    // gallery is a list by category: an entry starts with a heading where one starts.
    let entries = {
        let ed = ed.clone();
        move || {
            let mut previous = None;
            shown
                .get()
                .into_iter()
                .map(|i| {
                    let ci = category_index(&ed, ed.winners[i].category.as_str());
                    let heading = previous != Some(ci);
                    previous = Some(ci);
                    (i, heading)
                })
                .collect::<Vec<_>>()
        }
    };
    let grid_ed = ed.clone();
    view! {
        <FilterBar
            route
            search=Search { section: section::AWARDS.id, label: "Search winners", placeholder: "City, country or project" }
            groups
            noun=("winner", "winners")
            total=grid_ed.winners.len()
            shown=Signal::derive(move || shown.with(Vec::len))
        />
        <ul class="gallery" aria-label="Winners">
            <For each=entries key=|entry| *entry let((i, heading))>
                {
                    let w = grid_ed.winners[i].clone();
                    let ci = category_index(&grid_ed, w.category.as_str());
                    let category = grid_ed.categories.get(ci).map(|c| c.name.clone()).unwrap_or_default();
                    view! {
                        {heading.then(|| view! {
                            <li class="gallery__category print-only" role="presentation">
                                <h3>{category.clone()}</h3>
                            </li>
                        })}
                        <WinnerCard
                            route
                            name=display_name(&w)
                            category=(category, ci)
                            level=level_name(&grid_ed, &w).map(str::to_owned)
                            level_id=w.level.as_ref().map(|l| l.to_string())
                            href=href(&routes::award_winner(grid_ed.id.as_str(), w.id.as_str()))
                            winner=w
                        />
                    }
                }
            </For>
        </ul>
    }
}
