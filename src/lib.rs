//! WeGO 10: the 10th-anniversary campaign app of WeGO. Two builds of one crate: `ssr`,
//! the components the site build renders every page with (the data model, URLs and
//! section logic are `wego10_core`, re-exported here where the components read them);
//! `islands`, the page's behaviours in the browser (`islands`, over `dom`).

pub mod dom;
pub mod embed;
pub mod islands;

#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod awards;
#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod home;
#[cfg(feature = "ssr")]
pub mod members;
#[cfg(feature = "ssr")]
pub mod offices;
#[cfg(feature = "ssr")]
pub mod partners;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod team;
#[cfg(feature = "ssr")]
pub mod timeline;
#[cfg(feature = "ssr")]
pub mod ui;

#[cfg(feature = "ssr")]
pub use app::App;
pub use wego10_core::{sequence, share, text};
