use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{use_site_data, Site};
use crate::routes::{self, href};
use crate::ui::data_view::data_view;
use crate::ui::share_button::ShareButton;

/// The campaign landing page: #WeGO10, the decade in figures, and the ways in.
#[component]
pub fn HomePage() -> impl IntoView {
    let data = use_site_data();
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <p class="hero__hashtag">"#WeGO10"</p>
            <h1 id="hero-title" class="hero__title">"Ten years of WeGO"</h1>
            {data_view(data.site, "the campaign", |site: Arc<Site>| view! { <CampaignIntro site/> }.into_any())}
        </section>
        <div class="page-actions" data-testid="page-actions">
            <ShareButton path=routes::HOME.to_owned() title=wego10_core::meta::HOME_TITLE.to_owned()/>
        </div>
        <section class="entries" aria-labelledby="entries-title">
            <h2 id="entries-title">"Explore the decade"</h2>
            <ul class="entries__list">
                {ENTRIES.iter().map(|(name, path, hashtag, title, text)| view! {
                    <li class=format!("entry entry--{name}")>
                        <a class="entry__link" href=href(path) data-testid=format!("entry-{name}")>
                            <span class="entry__hashtag">{*hashtag}</span>
                            <span class="entry__title">{*title}</span>
                            <span class="entry__text">{*text}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        // The same file as the intro: its error panel is already up there, once.
        {move || data.site.loaded().map(|site| view! { <Community site/> })}
    }
}

/// The sections the home page leads to: (name, path, hashtag or kicker, title, text).
const ENTRIES: [(&str, &str, &str, &str, &str); 6] = [
    ("timeline", routes::TIMELINE, "#BACKTRACK", "Timeline", "Memorable events and successful programs of WeGO, from the founding forums to the 5th General Assembly."),
    ("offices", routes::OFFICES, "Secretariat & Regional Offices", "Offices", "Where WeGO works: the Secretariat in Seoul and the Regional Offices on a world map."),
    ("awards", routes::AWARDS, "WeGO Awards", "Awards", "Smart city projects recognized by the WeGO Awards, with the 4th edition in full."),
    ("members", routes::MEMBERS, "#WeGOMEMBERS", "Loyal members", "The member cities, regions and organizations who co-created WeGO's history, and where each appears in it."),
    ("partners", routes::PARTNERS, "#WeGOPARTNERS", "Partners", "The organizations that worked with WeGO: what each did, in which years, at which events."),
    ("team", routes::TEAM, "#WeGOTEAM", "Team", "The people who made the Secretariat and the offices successful, and the judges of the WeGO Awards."),
];

/// The campaign intro and the decade in key figures.
#[component]
fn CampaignIntro(site: Arc<Site>) -> impl IntoView {
    let figures = site.key_figures.clone();
    view! {
        <p class="hero__lead">{site.campaign.title.clone()}</p>
        {site.campaign.intro.iter().map(|p| view! { <p class="hero__intro">{p.clone()}</p> }).collect_view()}
        <h2 class="visually-hidden">"The decade in figures"</h2>
        <ul class="figures" data-testid="key-figures">
            {figures.into_iter().map(|f| view! {
                <li class="figures__item" data-testid=format!("figure-{}", f.id)>
                    <span class="figures__value">{f.value}</span>
                    <span class="figures__label">{f.label}</span>
                </li>
            }).collect_view()}
        </ul>
        <p class="hero__cta">{site.campaign.call_to_action.clone()}</p>
    }
}

/// Members, partners and testimonials: each appears only when the data has entries.
#[component]
fn Community(site: Arc<Site>) -> impl IntoView {
    let members = (!site.members.is_empty() || !site.partners.is_empty()).then(|| {
        let people: Vec<_> = site.members.iter().chain(&site.partners).cloned().collect();
        view! {
            <section class="community" data-testid="members">
                <h2>"Loyal members & partners"</h2>
                <p class="community__tags">"#WeGOMEMBERS #WeGOPARTNERS"</p>
                <ul>{people.into_iter().map(|p| view! {
                    <li><strong>{p.name}</strong>{p.description.map(|d| view! { " — "{d} })}</li>
                }).collect_view()}</ul>
            </section>
        }
    });
    let testimonials = (!site.testimonials.is_empty()).then(|| {
        let items = site.testimonials.clone();
        view! {
            <section class="community" data-testid="testimonials">
                <h2>"Testimonials"</h2>
                <p class="community__tags">"#WeGOTEAM"</p>
                {items.into_iter().map(|t| view! {
                    <figure class="testimonial">
                        <blockquote>{t.quote}</blockquote>
                        <figcaption>{t.name}{t.role.map(|r| view! { ", "{r} })}</figcaption>
                    </figure>
                }).collect_view()}
            </section>
        }
    });
    view! { {members}{testimonials} }
}
