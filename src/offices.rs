//! The Secretariat and the Regional Offices on a world map.

mod page;

pub use page::OfficesPage;
