//! The data of the app: loading and the shared resources (the model and its
//! validation are `wego10_core::data`).

pub mod load;

pub use wego10_core::data::{date, error, model, slug, spans, validate};

use std::sync::Arc;

use leptos::prelude::*;

pub use error::DataError;
pub use model::*;
use validate::DataFile;

/// A loaded data file, type-erased so that one resource type (and one copy of the
/// async machinery in the wasm) serves all four files. `data_view` downcasts it.
pub type AnyData = Arc<dyn std::any::Any + Send + Sync>;

/// A data file as the app holds it: loaded once, shared by every page.
pub type Loaded = LocalResource<Result<AnyData, DataError>>;

/// The four data files, fetched together when the app starts (a page's cross-links
/// need the others' names, and a file read for the first time inside a `Suspense`
/// would suspend the whole section), then shared through context, so moving between
/// pages never fetches again. The page's own file is preloaded by its HTML.
#[derive(Clone, Copy)]
pub struct SiteData {
    site: Loaded,
    timeline: Loaded,
    offices: Loaded,
    awards: Loaded,
}

impl SiteData {
    pub fn site(&self) -> Loaded {
        self.site
    }
    pub fn timeline(&self) -> Loaded {
        self.timeline
    }
    pub fn offices(&self) -> Loaded {
        self.offices
    }
    pub fn awards(&self) -> Loaded {
        self.awards
    }

    /// Reads a loaded file (reactively), or `None` while it loads or if it failed.
    pub fn loaded<T: Send + Sync + 'static>(resource: Loaded) -> Option<Arc<T>> {
        resource
            .get()
            .and_then(Result::ok)
            .and_then(|d| d.downcast::<T>().ok())
    }

    /// "Chengdu: East Asia Regional Office", once offices.json has loaded.
    pub fn office_label(&self, id: &str) -> Option<String> {
        let f = Self::loaded::<OfficesFile>(self.offices())?;
        f.offices
            .iter()
            .find(|o| o.id == id)
            .map(|o| format!("{}: {}", o.city, o.name))
    }

    /// An event's title, once timeline.json has loaded.
    pub fn event_title(&self, id: &str) -> Option<String> {
        let f = Self::loaded::<TimelineFile>(self.timeline())?;
        f.events
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    }

    /// An award edition's name, once awards.json has loaded.
    pub fn edition_name(&self, id: &str) -> Option<String> {
        let f = Self::loaded::<AwardsFile>(self.awards())?;
        f.editions
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
    }

    /// The events that name an office, as (id, title), once timeline.json has loaded.
    pub fn events_of_office(&self, office: &str) -> Vec<(String, String)> {
        Self::loaded::<TimelineFile>(self.timeline())
            .map(|f| {
                f.events
                    .iter()
                    .filter(|e| e.offices.iter().any(|o| *o == office))
                    .map(|e| (e.id.to_string(), e.title.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn resource(file: &'static str, parse: load::ParseAny) -> Loaded {
    LocalResource::new(move || load::load(file, parse))
}

pub fn provide_site_data() {
    provide_context(SiteData {
        site: resource(Site::NAME, load::parse_any::<Site>),
        timeline: resource(TimelineFile::NAME, load::parse_any::<TimelineFile>),
        offices: resource(OfficesFile::NAME, load::parse_any::<OfficesFile>),
        awards: resource(AwardsFile::NAME, load::parse_any::<AwardsFile>),
    });
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
