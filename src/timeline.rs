//! The interactive timeline of WeGO's history (#BACKTRACK).

mod event_card;
mod event_detail;
mod page;
mod year_axis;

pub use page::Timeline;
pub use wego10_core::timeline as logic;
