use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::data_view;
use super::loading::Loading;
use super::page_actions::PageActions;
use crate::data::read::FromJson;
use crate::data::{use_site_data, Slot};
use crate::routes;
use wego10_core::data::validate::DataFile;
use wego10_core::meta;

/// What a section page is called and how it is shared.
pub struct Section {
    /// The campaign hashtag above the title, without '#', if the section has one.
    pub hashtag: Option<&'static str>,
    /// The page's heading.
    pub heading: &'static str,
    /// The section's app path, e.g. "/timeline".
    pub path: &'static str,
    /// "timeline", "offices"… (for the embed snippet).
    pub name: &'static str,
    /// What is shared.
    pub share_title: &'static str,
    /// The data file shown, in the sentence "could not show …".
    pub what: &'static str,
    /// It derives from other files too (`SiteData::story_settled`): it waits for them.
    pub derived: bool,
}

impl Section {
    /// A section at `path` named `name` (for embeds), headed `heading`, shared as
    /// `share_title`, whose data is `what` ("the timeline").
    pub const fn new(
        path: &'static str,
        name: &'static str,
        heading: &'static str,
        share_title: &'static str,
        what: &'static str,
    ) -> Self {
        Section {
            hashtag: None,
            heading,
            path,
            name,
            share_title,
            what,
            derived: false,
        }
    }

    /// Waiting for the files it derives from, with the loading skeleton meanwhile.
    pub const fn derived(self) -> Self {
        Section {
            derived: true,
            ..self
        }
    }

    /// Where a not-found view in it leads back to: its path, and "Back to the timeline".
    pub fn back(&self) -> (&'static str, String) {
        (self.path, format!("Back to {}", self.what))
    }

    /// With the campaign hashtag shown above the title.
    pub const fn with_hashtag(self, hashtag: &'static str) -> Self {
        Section {
            hashtag: Some(hashtag),
            ..self
        }
    }
}

/// The sections, in the order of the header's navigation.
pub const TIMELINE: Section = Section::new(
    routes::TIMELINE,
    "timeline",
    "A decade of WeGO",
    meta::TIMELINE_TITLE,
    "the timeline",
)
.with_hashtag(meta::TIMELINE_HASHTAG);
pub const OFFICES: Section = Section::new(
    routes::OFFICES,
    "offices",
    "Where WeGO works",
    meta::OFFICES_TITLE,
    "the offices",
)
.derived();
// "/awards/3rd" is titled by its edition, as its static page is.
pub const AWARDS: Section = Section::new(
    routes::AWARDS,
    "awards",
    "The WeGO Awards",
    meta::AWARDS_TITLE,
    "the awards",
);

pub const MEMBERS: Section = Section::new(
    routes::MEMBERS,
    "members",
    "Members who co-created WeGO's history",
    meta::MEMBERS_TITLE,
    "the members",
)
.with_hashtag(meta::MEMBERS_HASHTAG)
.derived();
pub const PARTNERS: Section = Section::new(
    routes::PARTNERS,
    "partners",
    "Partners who worked with WeGO",
    meta::PARTNERS_TITLE,
    "the partners",
)
.with_hashtag(meta::PARTNERS_HASHTAG)
.derived();
pub const TEAM: Section = Section::new(
    routes::TEAM,
    "team",
    "People who made WeGO successful",
    meta::TEAM_TITLE,
    "the team",
)
.with_hashtag(meta::TEAM_HASHTAG)
.derived();

/// A section page: its heading, share and embed actions, and its data file rendered by
/// `render` (with the loading skeleton, or the error panel with Retry).
pub fn section_page<T: DataFile + FromJson + Send + Sync + 'static>(
    section: Section,
    slot: Slot<T>,
    render: impl Fn(Arc<T>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let Section {
        hashtag,
        heading,
        path,
        name,
        share_title,
        what,
        derived,
    } = section;
    let data = use_site_data();
    let render = Arc::new(render);
    let content = move |file: Arc<T>| -> AnyView {
        if !derived {
            return render(file);
        }
        let render = render.clone();
        (move || match data.story_settled() {
            true => render(file.clone()),
            false => view! { <Loading what/> }.into_any(),
        })
        .into_any()
    };
    view! {
        {hashtag.map(|h| view! { <p class="page-kicker">{format!("#{h}")}</p> })}
        <h1 class="page-title">{heading}</h1>
        <PageActions path section=name title=share_title hashtag/>
        {data_view(slot, what, content)}
    }
}
