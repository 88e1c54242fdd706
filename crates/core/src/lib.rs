//! WeGO 10's shared core: the data model and its validation, the URLs of every page,
//! and the plain logic of each section (filters, dates, neighbours, the map projection).
//! No Leptos and no browser: the app, the site generator and the validator all use it.

pub mod awards;
pub mod data;
pub mod embed;
pub mod item_nav;
pub mod members;
pub mod meta;
pub mod offices;
pub mod order;
pub mod partners;
pub mod routes;
pub mod sections;
pub mod sequence;
pub mod share;
pub mod strings;
pub mod team;
pub mod text;
pub mod timeline;
