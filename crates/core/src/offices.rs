//! The offices map's logic: the Equal Earth projection, offices open in a year, the
//! view that fits them, zoom steps and marker spreading.

pub mod logic;
pub mod projection;
