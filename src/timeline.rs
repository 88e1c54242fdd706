//! The interactive timeline of WeGO's history (#BACKTRACK).

mod event_card;
mod event_detail;
mod filters;
pub mod logic;
mod page;
mod year_axis;

pub use page::TimelinePage;
