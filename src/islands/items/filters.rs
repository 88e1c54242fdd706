//! What the URL's filters show: the entries that pass, "Show more", the year axis, the
//! chips (pressed, live counts), the search box, the count and the way out of no results.

use leptos::prelude::*;
use web_sys::Element;
use wego10_core::strings;
use wego10_core::text::{fold_lowered, Search};
use wego10_core::timeline::{firsts_by_year, visible_mask};

use super::Items;
use crate::dom::{self, select, set_hidden, set_text};
use crate::islands::url;

impl Items {
    /// The ids of the entries the filters pass, in list order.
    pub(super) fn shown_ids(&self) -> Vec<String> {
        self.passing().map(|i| self.entries[i].id.clone()).collect()
    }

    /// The indices of the entries the filters pass, in list order.
    pub(super) fn passing(&self) -> impl Iterator<Item = usize> + '_ {
        let passes = self.passes.borrow().clone();
        (0..passes.len()).filter(move |&i| passes[i])
    }

    /// For each of `years`, the first entry of that year the filters pass.
    pub(super) fn firsts(&self, years: &[u16]) -> Vec<Option<usize>> {
        let of: Vec<Option<u16>> = self.entries.iter().map(|e| e.year).collect();
        let passing: Vec<usize> = self.passing().collect();
        firsts_by_year(years, &of, &passing)
    }

    /// Shows the entries that pass the filters (the first `limit` of them, where the list
    /// is limited) and the open one, touching only those that change.
    pub(super) fn apply_visible(&self) {
        let passing: Vec<usize> = self.passing().collect();
        let open = self
            .shown
            .borrow()
            .as_ref()
            .and_then(|id| self.entries.iter().position(|e| e.id == *id));
        let now = match self.page {
            Some(_) => visible_mask(self.entries.len(), &passing, self.limit.get(), open),
            None => self.passes.borrow().clone(),
        };
        let mut before = self.visible.borrow_mut();
        for (i, entry) in self.entries.iter().enumerate() {
            if before.get(i) != Some(&now[i]) {
                set_hidden(&entry.el, !now[i]);
            }
        }
        *before = now;
    }

    /// "Show more": how many passing entries the limit hides.
    pub(super) fn show_more_button(&self) {
        let Some(button) = &self.parts.more else {
            return;
        };
        let rest = self.passing().count().saturating_sub(self.limit.get());
        set_hidden(button, rest == 0);
        if rest > 0 {
            dom::set_text_keeping_translation(
                button,
                &strings::show_more(rest.min(self.page.unwrap_or(rest)), rest),
            );
        }
    }

    /// The chips of the `live_counts` keys: how many entries pass with that chip on.
    pub(super) fn show_live_counts(&self, keys: &[&str], search: &Search) {
        let values = query_values(keys);
        for key in &self.live_counts {
            let chips = self.parts.chips.iter();
            for chip in chips.filter(|c| c.get_attribute("data-key").as_ref() == Some(key)) {
                let (Some(value), Some(count)) = (
                    chip.get_attribute("data-value").filter(|v| !v.is_empty()),
                    select(chip, ".chip__count"),
                ) else {
                    continue;
                };
                let query = |k: &str| match k == key {
                    true => Some(value.clone()),
                    false => lookup(&values, k),
                };
                let n = self
                    .entries
                    .iter()
                    .filter(|e| e.passes(keys, search, query))
                    .count();
                dom::set_text_keeping_translation(&count, &n.to_string());
            }
        }
    }

    /// The year axis: each year jumps to its first passing entry, or is disabled.
    pub(super) fn show_years(&self) {
        let years: Vec<u16> = self.years.iter().map(|(_, y)| *y).collect();
        for ((button, year), first) in self.years.iter().zip(self.firsts(&years)) {
            let _ = button.toggle_attribute_with_force("disabled", first.is_none());
            let _ =
                button.set_attribute("aria-label", &strings::year_label(*year, first.is_some()));
        }
    }

    /// The open entry's year on the axis.
    pub(super) fn show_current_year(&self, item: Option<&str>) {
        let year = item.and_then(|id| self.entries.iter().find(|e| e.id == id)?.year);
        // A step within the same year touches no button (each write costs a style check).
        if self.current_year.replace(Some(year)) == Some(year) {
            return;
        }
        for (button, y) in &self.years {
            let current = year == Some(*y);
            let _ = button
                .class_list()
                .toggle_with_force("year-axis__year--current", current);
            if current {
                let _ = button.set_attribute("aria-current", "true");
            } else {
                let _ = button.remove_attribute("aria-current");
            }
        }
    }

    /// Makes the page show the URL's filters and `item`: entries, groups, chips, the
    /// search box, the count, the open item's detail and bar, the document's title.
    pub(super) fn show(&self, item: Option<&str>) {
        let filtered = self
            .filter_keys
            .iter()
            .any(|k| url::query_value(k).is_some());
        let q = url::query_value("q").unwrap_or_default();
        let keys: Vec<&str> = self.filter_keys.iter().map(String::as_str).collect();
        // The address is read once, not once an entry.
        let values = query_values(&keys);
        let query = |k: &str| lookup(&values, k);
        let search = Search::from_lowercase(&lower_case(&q));
        let passes: Vec<bool> = self
            .entries
            .iter()
            .map(|e| e.passes(&keys, &search, query))
            .collect();
        let count = passes.iter().filter(|p| **p).count();
        *self.passes.borrow_mut() = passes;
        *self.shown.borrow_mut() = item.map(str::to_owned);
        self.apply_visible();
        self.show_more_button();
        self.show_years();
        self.show_live_counts(&keys, &search);
        for group in &self.parts.groups {
            set_hidden(group, select(group, "[data-id]:not([hidden])").is_none());
        }
        for chip in &self.parts.chips {
            let key = chip.get_attribute("data-key").unwrap_or_default();
            let value = chip.get_attribute("data-value").unwrap_or_default();
            let pressed = lookup(&values, &key).unwrap_or_default() == value;
            dom::set_attr(chip, "aria-pressed", if pressed { "true" } else { "false" });
        }
        if let Some(field) = &self.parts.search {
            let focused = document()
                .active_element()
                .is_some_and(|a| a == Element::from(field.clone()));
            if !focused && field.value() != q {
                field.set_value(&q);
            }
        }
        if let Some(status) = &self.parts.count {
            let noun = (self.noun.0.as_str(), self.noun.1.as_str());
            set_text(
                status,
                &strings::shown_count(count, self.entries.len(), filtered, noun),
            );
        }
        if let Some(empty) = &self.parts.empty {
            set_hidden(empty, count > 0);
        }
        self.show_item(item);
    }
}

/// The address's value of each of `keys`.
fn query_values(keys: &[&str]) -> Vec<(String, Option<String>)> {
    keys.iter()
        .map(|k| ((*k).to_owned(), url::query_value(k)))
        .collect()
}

fn lookup(values: &[(String, Option<String>)], key: &str) -> Option<String> {
    values
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.clone())
}

/// An entry's `search_text` folded (`text::haystack`), lower-cased by the browser.
pub(super) fn haystack(search_text: &str) -> String {
    fold_lowered(&lower_case(search_text))
}

/// `text` lower-cased by the browser (JavaScript's `toLowerCase`): Rust's own would bring
/// its Unicode case tables into the wasm (see `text::fold_lowered`).
fn lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}
