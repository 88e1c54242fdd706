//! #WeGOMEMBERS: the members in WeGO's story, derived from the data's references.

mod page;

pub use page::Members;
pub use wego10_core::members as logic;
