//! The interactive timeline of WeGO's history (#BACKTRACK).

pub mod logic;
mod page;

pub use page::TimelinePage;
