//! WeGO 10: the 10th-anniversary campaign app of WeGO.

pub mod app;
pub mod awards;
#[cfg(not(target_arch = "wasm32"))]
pub mod cards;
pub mod data;
pub mod dom;
pub mod embed;
pub mod home;
pub mod offices;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
pub mod routes;
pub mod sequence;
pub mod share;
pub mod text;
pub mod timeline;
pub mod ui;

pub use app::App;
