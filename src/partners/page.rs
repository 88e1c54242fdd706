use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use super::logic;
use crate::data::{use_site_data, Partner, PartnerKind, PartnersFile, Story};
use crate::routes;
use crate::ui::filter_bar::ChipGroup;
use crate::ui::item_list::Entry;
use crate::ui::link_list::link_list;
use crate::ui::list_section::{self, list_section, Listed};
use crate::ui::sources::{is_web_link, SourceList};

/// `/partners` and `/partners/:slug`, with `?kind=` and `?q=`.
#[component]
pub fn Partners(file: Arc<PartnersFile>) -> impl IntoView {
    let data = use_site_data();
    let story = Arc::new(data.story());
    // In the order of their first event with WeGO.
    let partners: Vec<Partner> = logic::ordered(&file.partners, story.events())
        .into_iter()
        .cloned()
        .collect();
    let listed: Vec<Listed> = partners
        .iter()
        .map(|p| {
            let years = logic::years_label(&logic::years(p.id.as_str(), story.events()));
            Listed {
                group: None,
                entry: Entry {
                    id: p.id.to_string(),
                    name: logic::display_name(p),
                    line: [p.kind.label().to_owned(), years]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · "),
                    path: routes::partner(p.id.as_str()),
                    search: wego10_core::text::search_text(logic::search_fields(p)),
                    ..Entry::default()
                },
            }
        })
        .collect();
    let of_kind = |k: PartnerKind| partners.iter().filter(|p| p.kind == k).count();
    // The kinds in their declared order, those with partners.
    let kinds = PartnerKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), k.label(), of_kind(k)))
        .filter(|(_, _, n)| *n > 0);
    let chips = vec![ChipGroup::counted(
        "kind",
        strings::lists::FILTER_BY_KIND.0,
        strings::lists::FILTER_BY_KIND.1,
        kinds,
    )];
    let members = Some(data.members.clone());
    list_section(
        &list_section::PARTNERS,
        partners.into_iter().zip(listed).collect(),
        chips,
        |p, query| logic::matches(p, query("kind").as_deref(), &query("q").unwrap_or_default()),
        move |p| {
            let member = members
                .as_deref()
                .and_then(|m| logic::as_member(p, &m.members))
                .map(|m| m.id.to_string());
            partner_body(p, &story, member).into_any()
        },
    )
}

/// What a partner did with WeGO, in which years, at which events; its sources.
fn partner_body(p: &Partner, story: &Story, member: Option<String>) -> impl IntoView + use<> {
    let years = logic::years_label(&logic::years(p.id.as_str(), story.events()));
    let events: Vec<(String, String)> = logic::events_of(p.id.as_str(), story.events())
        .iter()
        .map(|e| {
            (
                routes::href(&routes::timeline_event(e.id.as_str())),
                e.title.clone(),
            )
        })
        .collect();
    view! {
        <p class="detail__meta">{p.kind.label()}{(!years.is_empty()).then(|| format!(" · with WeGO in {years}"))}</p>
        <p>{p.summary.clone()}</p>
        {member.map(|id| view! {
            <p><a href=routes::href(&routes::member(&id)) data-testid="partner-member">{strings::lists::ALSO_A_MEMBER}</a></p>
        })}
        {p.url.clone().filter(|u| is_web_link(u)).map(|url| view! {
            <p><a href=url rel="noopener noreferrer" target="_blank">{strings::lists::WEBSITE}</a></p>
        })}
        {link_list(strings::detail::ON_THE_TIMELINE, "partner-events", events)}
        <SourceList sources=p.sources.clone()/>
    }
}
