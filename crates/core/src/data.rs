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

/// The names of all data files in `public/data`, in the order the validator reads them.
pub const DATA_FILES: [&str; 7] = [
    <Site as validate::DataFile>::NAME,
    <TimelineFile as validate::DataFile>::NAME,
    <OfficesFile as validate::DataFile>::NAME,
    <AwardsFile as validate::DataFile>::NAME,
    <MembersFile as validate::DataFile>::NAME,
    <PartnersFile as validate::DataFile>::NAME,
    <TeamFile as validate::DataFile>::NAME,
];
