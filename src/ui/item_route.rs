//! The open item of a section's page, as the site build renders it: the item its path
//! names (the route parameter), and the links that open and close items. The page's
//! behaviour (`islands::ItemsBehaviour`) does the rest in the browser.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A section page's item state (Copy: pass it to any child).
#[derive(Clone, Copy)]
pub struct ItemRoute {
    /// The open item's id, from the path (None: no item open).
    item: StoredValue<Option<String>>,
    /// The path of the section with an item open, or none.
    path_of: Callback<Option<String>, String>,
}

/// The item state of a section whose open item is the route parameter `param`, and
/// whose URLs are `path_of(item)`.
pub fn use_item_route(
    param: &'static str,
    path_of: impl Fn(Option<&str>) -> String + Send + Sync + 'static,
) -> ItemRoute {
    let item = use_params_map()
        .read_untracked()
        .get(param)
        .filter(|s| !s.is_empty());
    ItemRoute {
        item: StoredValue::new(item),
        path_of: Callback::new(move |item: Option<String>| path_of(item.as_deref())),
    }
}

impl ItemRoute {
    /// The open item's id, if the page has one open.
    pub fn item(&self) -> Option<String> {
        self.item.get_value()
    }

    /// True when `id` is the open item.
    pub fn is_open(&self, id: &str) -> bool {
        self.item.with_value(|i| i.as_deref() == Some(id))
    }

    /// The address of the section's page with `item` open: the `href` of a link that
    /// opens or closes an item.
    pub fn href(&self, item: Option<String>) -> String {
        crate::routes::href(&self.path_of.run(item))
    }
}
