use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use crate::data::{use_site_data, Site};
use crate::routes::{self, href};
use crate::ui::share_button::ShareButton;
use wego10_core::sections::SECTIONS;

/// The campaign landing page: #WeGO10, the decade in figures, and the ways in.
#[component]
pub fn HomePage() -> impl IntoView {
    let data = use_site_data();
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <p class="hero__hashtag">"#WeGO10"</p>
            <h1 id="hero-title" class="hero__title">{strings::home::TITLE}</h1>
            <CampaignIntro site=data.site.clone()/>
        </section>
        <div class="page-actions" data-testid="page-actions">
            <ShareButton path=routes::HOME.to_owned() title=wego10_core::meta::HOME_TITLE.to_owned()/>
        </div>
        <section class="entries" aria-labelledby="entries-title">
            <h2 id="entries-title">{strings::home::EXPLORE}</h2>
            <ul class="entries__list">
                {SECTIONS.iter().map(|s| view! {
                    <li class=format!("entry entry--{}", s.id)>
                        <a class="entry__link" href=href(s.path) data-testid=format!("entry-{}", s.id)>
                            <span class="entry__hashtag">{s.entry.0}</span>
                            <span class="entry__title">{s.entry.1}</span>
                            <span class="entry__text">{s.entry.2}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <Community site=data.site/>
    }
}

/// The campaign intro and the decade in key figures.
#[component]
fn CampaignIntro(site: Arc<Site>) -> impl IntoView {
    let figures = site.key_figures.clone();
    view! {
        <p class="hero__lead">{site.campaign.title.clone()}</p>
        {site.campaign.intro.iter().map(|p| view! { <p class="hero__intro">{p.clone()}</p> }).collect_view()}
        <h2 class="visually-hidden">{strings::home::FIGURES}</h2>
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
                <h2>{strings::home::MEMBERS_AND_PARTNERS}</h2>
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
                <h2>{strings::home::TESTIMONIALS}</h2>
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
