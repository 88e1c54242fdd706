//! #WeGOPARTNERS: the organizations that worked with WeGO.

mod page;

pub use page::Partners;
pub use wego10_core::partners as logic;
