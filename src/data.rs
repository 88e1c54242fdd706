//! The data of the app: model, validation, loading and the shared resources.

pub mod date;
pub mod error;
pub mod load;
pub mod model;
pub mod slug;
pub mod spans;
pub mod validate;

use std::sync::Arc;

use leptos::prelude::*;

pub use error::DataError;
pub use model::*;

/// A data file as the app holds it: loaded once, shared by every page.
pub type Loaded<T> = LocalResource<Result<Arc<T>, DataError>>;

/// The four data files, fetched once when the app starts and shared through context,
/// so moving between pages never fetches again.
#[derive(Clone, Copy)]
pub struct SiteData {
    pub site: Loaded<Site>,
    pub timeline: Loaded<TimelineFile>,
    pub offices: Loaded<OfficesFile>,
    pub awards: Loaded<AwardsFile>,
}

pub fn provide_site_data() {
    provide_context(SiteData {
        site: LocalResource::new(load::load::<Site>),
        timeline: LocalResource::new(load::load::<TimelineFile>),
        offices: LocalResource::new(load::load::<OfficesFile>),
        awards: LocalResource::new(load::load::<AwardsFile>),
    });
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
