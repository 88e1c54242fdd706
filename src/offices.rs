//! The Secretariat and the Regional Offices on a world map.

pub mod land;
pub mod logic;
mod office_card;
mod page;
pub mod projection;
mod world_map;

pub use page::OfficesPage;
