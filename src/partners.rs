//! #WeGOPARTNERS: the organizations that worked with WeGO.

mod page;

pub use page::PartnersPage;
pub use wego10_core::partners as logic;
