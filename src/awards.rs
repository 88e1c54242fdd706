//! The WeGO Awards gallery.

mod page;

pub use page::AwardsPage;
