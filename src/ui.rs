//! Small shared pieces of UI.

pub mod data_view;
pub mod detail_bar;
pub mod detail_pane;
pub mod detail_shell;
pub mod embed_bar;
pub mod embed_dialog;
pub mod error_panel;
pub mod filter_bar;
pub mod footer;
pub mod header;
pub mod item_link;
pub mod item_list;
pub mod item_route;
pub mod keys;
pub mod list_section;
pub mod loading;
pub mod not_found;
pub mod page_actions;
pub mod related;
pub mod section;
pub mod share_button;
pub mod sources;
pub mod text;
