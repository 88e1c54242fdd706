use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wego10_core::strings;

use super::about::AboutEdition;
use super::lightbox;
use super::logic::{
    self, category_counts, category_index, category_of, display_name, level_name, Filter,
};
use super::winner_card::WinnerCard;
use crate::data::{AwardsFile, Edition};
use crate::routes::{self, href};
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
use crate::ui::filter_bar::{Chip, ChipGroup, FilterBar, Search};
use crate::ui::item_route::use_item_route;
use crate::ui::not_found::{NotFound, SLUG};
use crate::ui::section;

/// The query keys of the gallery.
const KEYS: &[&str] = &["category", "level", "q"];

/// `/awards`, `/awards/:edition` and `/awards/:edition/:slug`: the edition's gallery as
/// the build sees it (no filter), and every winner's detail in one modal detail shell,
/// the open one shown. The URL is the state: edition and open winner in the path,
/// filters in the query; `ItemsBehaviour` does the rest from the page's attributes (the
/// category chips' counts follow the other filters).
#[component]
pub fn Awards(file: Arc<AwardsFile>) -> impl IntoView {
    let edition = use_params_map().read_untracked().get("edition");
    // The build writes the pages of the editions there are.
    let Some(ed) = logic::edition(&file, edition.as_deref()).cloned() else {
        return ().into_any();
    };
    let current = ed.id.to_string();
    let route = {
        let current = current.clone();
        use_item_route("slug", move |winner| match winner {
            Some(w) => routes::award_winner(&current, w),
            None => routes::awards_edition(&current),
        })
    };
    // The page's own path without a winner: /awards shows the latest edition.
    let page = match edition {
        Some(_) => routes::awards_edition(&current),
        None => routes::AWARDS.to_owned(),
    };
    let open = route
        .item()
        .and_then(|s| ed.winners.iter().position(|w| w.id == s.as_str()));
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
    let (title, description) = page_identity(&page);
    let editions: Vec<(String, String)> = file
        .editions
        .iter()
        .map(|e| (e.id.to_string(), format!("{} ({})", e.name, e.year)))
        .collect();
    // An address under this page that is no page: an edition under /awards, a winner
    // under an edition's page.
    let missing = match page == routes::AWARDS {
        true => strings::awards::missing_edition(SLUG),
        false => strings::awards::missing_winner(SLUG, &ed.name),
    };
    let ed = Arc::new(ed);
    view! {
        <NotFound message=missing back=section::AWARDS.back() missing=true/>
        <crate::islands::ItemsBehaviour>
            <div data-items=href(&routes::awards_edition(&current)) data-keys=KEYS.join(" ") data-noun="winner|winners"
                data-live-counts="category" data-page-title=title data-page-description=description>
                // The dialog comes first in the page: a winner's page shows it as soon
                // as its HTML starts to arrive.
                <DetailShell route block="lightbox" testid="lightbox".to_owned() noun="winner" hashtag=None
                    items open modal=true close_label=Some(strings::awards::CLOSE)/>
                <p class="awards__about">{file.about.clone()}</p>
                <nav class="editions" aria-label=strings::awards::EDITIONS>
                    <ul>
                        {editions.into_iter().map(|(id, label)| view! {
                            <li><a href=href(&routes::awards_edition(&id)) aria-current=(id == current).then_some("page")
                                data-testid=format!("edition-{id}")>{label}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
                <div class="awards">
                    <Gallery ed=ed.clone() open/>
                    <AboutEdition edition=ed/>
                </div>
            </div>
        </crate::islands::ItemsBehaviour>
    }
    .into_any()
}

/// Filters and the grid of winners of one edition (`open`: the open winner's index). On
/// paper the gallery is a list by category: an entry starts with a heading where one
/// starts.
#[component]
fn Gallery(ed: Arc<Edition>, open: Option<usize>) -> impl IntoView {
    let counts = category_counts(&ed, &Filter::default());
    let groups = vec![
        ChipGroup {
            key: "category",
            label: strings::awards::FILTER_BY_CATEGORY,
            all: (strings::awards::ALL_CATEGORIES, None),
            chips: ed
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| Chip {
                    id: c.id.to_string(),
                    label: c.name.clone(),
                    count: Some(counts.get(i).map_or(0, |x| x.2)),
                })
                .collect(),
        },
        ChipGroup {
            key: "level",
            label: strings::awards::FILTER_BY_LEVEL,
            all: (strings::awards::ALL_LEVELS, None),
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
    let mut previous = None;
    let entries = ed
        .winners
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (ci, category) = category_of(&ed, w);
            let heading = previous != Some(ci);
            previous = Some(ci);
            view! {
                {heading.then(|| view! {
                    <li class="gallery__category print-only" role="presentation">
                        <h3>{category.clone()}</h3>
                    </li>
                })}
                <WinnerCard
                    name=display_name(w)
                    category=(category, ci)
                    level=level_name(&ed, w).map(str::to_owned)
                    level_id=w.level.as_ref().map(|l| l.to_string())
                    href=href(&routes::award_winner(ed.id.as_str(), w.id.as_str()))
                    current=open == Some(i)
                    winner=w.clone()
                />
            }
        })
        .collect_view();
    view! {
        <FilterBar
            search=Search { section: section::AWARDS.id, label: strings::awards::SEARCH.0, placeholder: strings::awards::SEARCH.1 }
            groups
            noun=("winner", "winners")
            total=ed.winners.len()
        />
        <ul class="gallery" aria-label=strings::awards::WINNERS>{entries}</ul>
    }
}
