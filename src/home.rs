//! The #WeGO10 landing page.

mod page;

pub use page::HomePage;
