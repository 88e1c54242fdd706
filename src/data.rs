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

/// A loaded data file, type-erased so that one resource type (and one copy of the
/// async machinery in the wasm) serves all four files. `data_view` downcasts it.
pub type AnyData = Arc<dyn std::any::Any + Send + Sync>;

/// A data file as the app holds it: loaded once, shared by every page.
pub type Loaded = LocalResource<Result<AnyData, DataError>>;

/// The four data files, fetched once when the app starts and shared through context,
/// so moving between pages never fetches again.
#[derive(Clone, Copy)]
pub struct SiteData {
    pub site: Loaded,
    pub timeline: Loaded,
    pub offices: Loaded,
    pub awards: Loaded,
}

pub fn provide_site_data() {
    provide_context(SiteData {
        site: LocalResource::new(load::load_any::<Site>),
        timeline: LocalResource::new(load::load_any::<TimelineFile>),
        offices: LocalResource::new(load::load_any::<OfficesFile>),
        awards: LocalResource::new(load::load_any::<AwardsFile>),
    });
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
