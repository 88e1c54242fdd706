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
                <li class="entry entry--timeline">
                    <a class="entry__link" href=href(routes::TIMELINE) data-testid="entry-timeline">
                        <span class="entry__hashtag">"#BACKTRACK"</span>
                        <span class="entry__title">"Timeline"</span>
                        <span class="entry__text">"Memorable events and successful programs of WeGO, from the founding forums to the 5th General Assembly."</span>
                    </a>
                </li>
                <li class="entry entry--offices">
                    <a class="entry__link" href=href(routes::OFFICES) data-testid="entry-offices">
                        <span class="entry__hashtag">"Secretariat & Regional Offices"</span>
                        <span class="entry__title">"Offices"</span>
                        <span class="entry__text">"Where WeGO works: the Secretariat in Seoul and the Regional Offices on a world map."</span>
                    </a>
                </li>
                <li class="entry entry--awards">
                    <a class="entry__link" href=href(routes::AWARDS) data-testid="entry-awards">
                        <span class="entry__hashtag">"WeGO Awards"</span>
                        <span class="entry__title">"Awards"</span>
                        <span class="entry__text">"Smart city projects recognized by the WeGO Awards, with the 4th edition in full."</span>
                    </a>
                </li>
            </ul>
        </section>
        // The same file as the intro: its error panel is already up there, once.
        {move || data.site.loaded().map(|site| view! { <Community site/> })}
    }
}

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
