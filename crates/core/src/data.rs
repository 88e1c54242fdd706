//! The data files: their typed model, validation with file, line:column and field
//! path, dates and slugs.

pub mod date;
pub mod error;
pub mod model;
pub mod slug;
pub mod spans;
pub mod validate;

pub use error::DataError;
pub use model::*;
