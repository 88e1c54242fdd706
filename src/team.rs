//! #WeGOTEAM: the people who led WeGO and its offices, and the awards' judges.

mod page;

pub use page::Team;
pub use wego10_core::team as logic;
