//! The Secretariat and the Regional Offices on a world map.

mod office_card;
mod page;
mod world_map;

pub use page::Offices;
pub use wego10_core::offices::{logic, projection};
