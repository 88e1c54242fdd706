//! The data of the site build's render: the files as the build read and checked them,
//! shared through context by every component of the page (the model and its validation
//! are `wego10_core::data`). The browser reads no data file: its behaviours read the page.

use std::sync::Arc;

use leptos::prelude::*;
pub use wego10_core::data::{date, error, model, slug, spans, validate};

pub use error::DataError;
pub use model::*;

/// The files as the site build read them (shared: every page's render reads them).
#[derive(Clone)]
pub struct SiteData {
    pub site: Arc<Site>,
    pub timeline: Arc<TimelineFile>,
    pub offices: Arc<OfficesFile>,
    pub awards: Arc<AwardsFile>,
    pub members: Arc<MembersFile>,
    pub partners: Arc<PartnersFile>,
    pub team: Arc<TeamFile>,
}

impl SiteData {
    /// The timeline, offices and awards: what the members, partners and team derive
    /// their appearances from.
    pub fn story(&self) -> Story {
        Story {
            timeline: self.timeline.clone(),
            offices: self.offices.clone(),
            awards: self.awards.clone(),
        }
    }

    /// "Chengdu: East Asia Regional Office".
    pub fn office_label(&self, id: &str) -> Option<String> {
        self.offices
            .offices
            .iter()
            .find(|o| o.id == id)
            .map(|o| format!("{}: {}", o.city, o.name))
    }

    /// An event's title.
    pub fn event_title(&self, id: &str) -> Option<String> {
        self.timeline
            .events
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    }

    /// An award edition's name.
    pub fn edition_name(&self, id: &str) -> Option<String> {
        self.awards
            .editions
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
    }

    /// The events that name an office, as (id, title).
    pub fn events_of_office(&self, office: &str) -> Vec<(String, String)> {
        self.timeline
            .events
            .iter()
            .filter(|e| e.offices.iter().any(|o| *o == office))
            .map(|e| (e.id.to_string(), e.title.clone()))
            .collect()
    }

    /// What the page at `path` is (title, description).
    pub fn page_meta(&self, path: &str) -> wego10_core::meta::PageMeta {
        let loaded = wego10_core::meta::Loaded {
            timeline: Some(&self.timeline),
            offices: Some(&self.offices),
            awards: Some(&self.awards),
            members: Some(&self.members),
            partners: Some(&self.partners),
            team: Some(&self.team),
        };
        wego10_core::meta::page_meta(path, &loaded)
    }
}

/// The files the cross-section views derive from (see `SiteData::story`).
#[derive(Clone)]
pub struct Story {
    pub timeline: Arc<TimelineFile>,
    pub offices: Arc<OfficesFile>,
    pub awards: Arc<AwardsFile>,
}

impl Story {
    /// The events, in the file's order.
    pub fn events(&self) -> &[Event] {
        &self.timeline.events
    }

    /// The offices.
    pub fn offices(&self) -> &[Office] {
        &self.offices.offices
    }

    /// The award editions.
    pub fn editions(&self) -> &[Edition] {
        &self.awards.editions
    }

    /// What `wego10_core::members` derives appearances from.
    pub fn refs(&self) -> wego10_core::members::Refs<'_> {
        wego10_core::members::Refs {
            events: self.events(),
            offices: self.offices(),
            editions: self.editions(),
        }
    }
}

pub fn provide_site_data(data: SiteData) {
    provide_context(data);
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
