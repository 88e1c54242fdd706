//! The WeGO Awards gallery.

mod about;
mod icons;
mod lightbox;
mod page;
mod winner_card;

pub use page::Awards;
pub use wego10_core::awards as logic;
