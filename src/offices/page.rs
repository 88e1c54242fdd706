use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::data::{use_site_data, OfficesFile};
use crate::routes::{self, href};
use crate::text::plural;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;

/// `/offices` and `/offices/:slug`.
#[component]
pub fn OfficesPage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug"));
    view! {
        <Title text="Offices"/>
        <h1 class="page-title">"Where WeGO works"</h1>
        {data_view(data.offices, "the offices", move |file: Arc<OfficesFile>| {
            view! { <OfficesView file slug/> }.into_any()
        })}
    }
}

#[component]
fn OfficesView(file: Arc<OfficesFile>, slug: Memo<Option<String>>) -> impl IntoView {
    let unknown = {
        let file = file.clone();
        move || {
            slug.get().filter(|s| !file.offices.iter().any(|o| o.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no office \"{s}\".") back=(routes::OFFICES.to_owned(), "Back to the offices")/>
            })
        }
    };
    view! {
        {unknown}
        <p data-testid="office-count">{plural(file.offices.len(), "office", "offices")}</p>
        <ul>
            {file.offices.iter().map(|o| view! {
                <li data-testid="office">
                    <a href=href(&routes::office(o.id.as_str()))>{format!("{}, {}: {}", o.city, o.country, o.name)}</a>
                </li>
            }).collect_view()}
        </ul>
    }
}
