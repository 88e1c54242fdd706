//! Embeds: the URL logic and snippets live in `wego10_core::embed`; this module adds
//! the browser side of the iframe protocol with public/embed.js.

pub mod bridge;

pub use wego10_core::embed::*;
