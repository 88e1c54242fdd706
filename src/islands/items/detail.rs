//! The open item: its detail in the shell (the heading's id moves with it), its link's
//! `aria-current`, the bar (Previous, Next, Close, Share), the document's title; and the
//! page's view of an unknown item.

use web_sys::Element;
use wego10_core::strings;
use wego10_core::timeline::limit_showing;

use super::Items;
use crate::dom::{self, select, set_hidden, set_text};

impl Items {
    /// The detail shell with `item`'s detail (none: the shell hidden), the links'
    /// `aria-current`, the bar's links and Share, and the document's title.
    pub(super) fn show_item(&self, item: Option<&str>) {
        if let Some(view) = &self.parts.not_found {
            set_hidden(view, true);
        }
        let previous = self.shown.replace(item.map(str::to_owned));
        if previous.as_deref() != item {
            if let (Some(page), Some(closed), None) = (self.page, &previous, item) {
                // A card past the limit stays shown once its item closes: focus
                // returns to its link.
                let rank = self.passing().position(|i| self.entries[i].id == *closed);
                if let Some(rank) = rank {
                    self.limit.set(limit_showing(rank, self.limit.get(), page));
                    self.show_more_button();
                }
            }
            if self.page.is_some() {
                // the open entry is shown whatever the limit
                self.apply_visible();
            }
        }
        self.show_current_year(item);
        let Some(shell) = &self.parts.shell else {
            return;
        };
        let title_id = shell.get_attribute("aria-labelledby").unwrap_or_default();
        // Only the detail shown before and the one to show are touched (the timeline's
        // shell may hold thousands): the heading's id moves with it.
        let before = self.open_detail.borrow().clone();
        let open = item.and_then(|id| self.parts.detail(id));
        if before != open {
            if let Some(before) = &before {
                set_hidden(before, true);
                if let Some(title) = select(before, ":scope > h2").filter(|t| t.id() == title_id) {
                    title.remove_attribute("id").ok();
                }
            }
            if let Some(open) = &open {
                set_hidden(open, false);
                if let Some(title) = select(open, ":scope > h2") {
                    title.set_id(&title_id);
                }
            }
            *self.open_detail.borrow_mut() = open.clone();
        }
        // A dialog's backdrop shows and hides with it.
        let frame = shell.closest("[data-backdrop]").ok().flatten();
        set_hidden(frame.as_ref().unwrap_or(shell), open.is_none());
        let link = item.and_then(|id| self.parts.link(id));
        let mut current = self.current_link.borrow_mut();
        if *current != link {
            if let Some(before) = current.as_ref() {
                let _ = before.remove_attribute("aria-current");
            }
            if let Some(link) = &link {
                dom::set_attr(link, "aria-current", "true");
            }
            *current = link;
        }
        drop(current);
        let page = open.as_ref().unwrap_or(&self.root);
        if let (Some(title), Some(description)) = (
            page.get_attribute("data-page-title"),
            page.get_attribute("data-page-description"),
        ) {
            dom::set_page_identity(&title, &description);
        }
        if let (Some(detail), Some(id)) = (open, item) {
            self.fill_bar(shell, &detail, id);
        }
    }

    /// The open item's bar again, for a query another behaviour changed (the offices'
    /// year): its links keep it.
    pub(super) fn refresh_bar(&self) {
        let open = self.open_detail.borrow().clone();
        let id = self.shown.borrow().clone();
        if let (Some(shell), Some(detail), Some(id)) = (&self.parts.shell, open, id) {
            self.fill_bar(shell, &detail, &id);
        }
    }

    /// The bar of the open item `id`: Previous and Next among the shown entries, Close,
    /// and what Share shares.
    pub(super) fn fill_bar(&self, shell: &Element, detail: &Element, id: &str) {
        let ids = self.shown_ids();
        let names: Vec<&str> = ids.iter().map(String::as_str).collect();
        let (prev, next) = wego10_core::sequence::neighbours(&names, id);
        let [previous, following] = strings::STEPS;
        for (step, target, which) in [("-1", prev, previous), ("1", next, following)] {
            let Some(link) = select(shell, &format!("[data-step=\"{step}\"]")) else {
                continue;
            };
            let name = target
                .and_then(|t| self.parts.detail(t))
                .and_then(|d| d.get_attribute("data-name"));
            let _ = link.set_attribute(
                "aria-label",
                &strings::step_label(which, &self.noun.0, name.as_deref()),
            );
            match target {
                Some(t) => {
                    let _ = link.set_attribute("href", &self.url(Some(t), &[]));
                    let _ = link.remove_attribute("aria-disabled");
                }
                None => {
                    let _ = link.remove_attribute("href");
                    let _ = link.set_attribute("aria-disabled", "true");
                }
            }
        }
        if let Some(close) = select(shell, "[data-close]") {
            let _ = close.set_attribute("href", &self.url(None, &[]));
        }
        if let Some(share) = select(shell, ".share") {
            let url = detail.get_attribute("data-url").unwrap_or_default();
            let title = detail.get_attribute("data-name").unwrap_or_default();
            if share.get_attribute("data-url").as_deref() != Some(url.as_str()) {
                let _ = share.set_attribute("data-url", &url);
                let path = detail.get_attribute("data-path").unwrap_or_default();
                let _ = share.set_attribute("data-path", &path);
                let _ = share.set_attribute("data-title", &title);
                crate::islands::share::refresh(&share);
                // A new item: its link has not been copied yet.
                if let Some(status) = select(&share, ".share__status") {
                    set_text(&status, "");
                }
            }
        }
    }

    /// Says that the page has no item `slug` (public/not-found.js opened it for an
    /// address under it that is no page), until the address changes.
    pub(super) fn show_missing(&self, slug: &str) {
        let Some(view) = &self.parts.not_found else {
            return;
        };
        if let Some(span) = select(view, "[data-missing]") {
            set_text(&span, slug);
        }
        set_hidden(view, false);
        if let (Some(title), Some(description)) = (
            view.get_attribute("data-page-title"),
            view.get_attribute("data-page-description"),
        ) {
            dom::set_page_identity(&title, &description);
        }
    }
}
