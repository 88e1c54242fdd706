//! The WeGO Awards gallery.

mod about;
mod icons;
mod lightbox;
pub mod logic;
mod page;
mod winner_card;

pub use page::AwardsPage;
