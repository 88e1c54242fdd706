use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::data::{use_site_data, AwardsFile};
use crate::routes::{self, href};
use crate::text::plural;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;

/// `/awards`, `/awards/:edition` and `/awards/:edition/:slug`.
#[component]
pub fn AwardsPage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    let edition = Memo::new(move |_| params.read().get("edition"));
    let slug = Memo::new(move |_| params.read().get("slug"));
    view! {
        <Title text="WeGO Awards"/>
        <h1 class="page-title">"The WeGO Awards"</h1>
        {data_view(data.awards, "the awards", move |file: Arc<AwardsFile>| {
            view! { <AwardsView file edition slug/> }.into_any()
        })}
    }
}

#[component]
fn AwardsView(
    file: Arc<AwardsFile>,
    edition: Memo<Option<String>>,
    slug: Memo<Option<String>>,
) -> impl IntoView {
    let f = file.clone();
    let unknown = move || {
        let ed_id = edition.get()?;
        let Some(ed) = f.editions.iter().find(|e| e.id == ed_id.as_str()) else {
            return Some(format!(
                "There is no edition \"{ed_id}\" of the WeGO Awards."
            ));
        };
        let s = slug.get()?;
        (!ed.winners.iter().any(|w| w.id == s.as_str()))
            .then(|| format!("There is no winner \"{s}\" in the {}.", ed.name))
    };
    let latest = file.editions.iter().max_by_key(|e| e.number).cloned();
    view! {
        {move || unknown().map(|message| view! {
            <NotFound message back=(routes::AWARDS.to_owned(), "Back to the awards")/>
        })}
        {latest.map(|ed| {
            let ed_id = ed.id.to_string();
            view! {
                <h2>{ed.name.clone()}</h2>
                <p data-testid="winner-count">{plural(ed.winners.len(), "winner", "winners")}</p>
                <ul>
                    {ed.winners.iter().map(|w| view! {
                        <li data-testid="winner">
                            <a href=href(&routes::award_winner(&ed_id, w.id.as_str()))>
                                {w.city.clone().unwrap_or_else(|| "Winner not named in our sources".into())}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            }
        })}
    }
}
