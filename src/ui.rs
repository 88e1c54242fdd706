//! Small shared pieces of UI.

pub mod detail_bar;
pub mod detail_shell;
pub mod embed_bar;
pub mod embed_dialog;
pub mod filter_bar;
pub mod footer;
pub mod header;
pub mod item_link;
pub mod item_list;
pub mod item_route;
pub mod link_list;
pub mod list_section;
pub mod not_found;
pub mod page_actions;
pub mod related;
pub mod section;
pub mod share_button;
pub mod sources;
pub mod text;
