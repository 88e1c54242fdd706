//! WeGO 10: the 10th-anniversary campaign app of WeGO. The components; the data
//! model, URLs and section logic are `wego10_core`, re-exported here where the app
//! reads them.

pub mod app;
pub mod awards;
pub mod data;
pub mod dom;
pub mod embed;
pub mod home;
pub mod islands;
pub mod members;
pub mod offices;
pub mod partners;
pub mod routes;
pub mod takeover;
pub mod team;
pub mod timeline;
pub mod ui;

pub use app::App;
pub use wego10_core::{sequence, share, text};
