//! The offices' map and year control over the page's HTML (the build wrote every marker,
//! office and member city): the year (`?year=`) and the member layer (`?members=1`),
//! written to the query, show the markers and list entries of that year; zoom with the
//! buttons, + and − keys, Ctrl/⌘ + wheel (plain wheel after a click into the map) or a
//! pinch; pan with the arrow keys or by dragging; a marker opens its office (through
//! the office's link, which the list's behaviour opens in place) or its member's page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use wego10_core::item_nav::state_url;
use wego10_core::offices::logic::{parse_svg_number, there_in, ViewBox, ZOOM_STEP};
use wego10_core::offices::projection::WIDTH;
use wego10_core::strings;

use crate::dom::{
    self, elements, listen, select, set_attr, set_hidden, set_text, set_text_keeping_translation,
};
use crate::islands::url;

/// Wraps the offices' year control, member layer, list and map (see `offices::page`).
#[island]
pub fn MapBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

const ANIMATION_MS: f64 = 200.0;
/// The query keys of the offices.
const KEYS: &[&str] = &["year", "members"];

/// A marker as the build wrote it.
struct Marker {
    el: Element,
    /// Its circle, or the Secretariat's square (a rect).
    shape: Option<Element>,
    id: String,
    x: f64,
    y: f64,
    size: f64,
    since: Option<u16>,
    member: bool,
}

struct Map {
    root: Element,
    svg: Element,
    markers: Vec<Marker>,
    /// The section's path with the deploy's base (where an office's path starts).
    path: String,
    years: (u16, u16),
    /// "Fit to offices": the view the build drew.
    start: ViewBox,
    view: Cell<ViewBox>,
    /// Where a running animation goes (keys and buttons step from there), and its
    /// token (a newer one stops it).
    goal: Cell<Option<ViewBox>>,
    token: Cell<u32>,
    /// A click into the map lets the plain wheel zoom.
    engaged: Cell<bool>,
    /// The pointers down: (id, x, y) in client pixels.
    pointers: RefCell<Vec<(i32, f64, f64)>>,
}

fn attach(behaviour: Element) {
    let (Some(svg), Some(frame)) = (
        select(&behaviour, "svg[viewBox]"),
        select(&behaviour, "[data-testid=map-frame]"),
    ) else {
        return;
    };
    let range = select(&behaviour, "input[type=range]");
    let bound = |name: &str| {
        range
            .as_ref()
            .and_then(|r| r.get_attribute(name)?.parse().ok())
            .unwrap_or(0)
    };
    let markers = elements(&svg, "g[data-x]")
        .into_iter()
        .map(|el| {
            let num = |name: &str| {
                el.get_attribute(name)
                    .and_then(|v| parse_svg_number(&v))
                    .unwrap_or(0.0)
            };
            Marker {
                id: el
                    .get_attribute("data-testid")
                    .unwrap_or_default()
                    .trim_start_matches("marker-")
                    .to_owned(),
                x: num("data-x"),
                y: num("data-y"),
                size: num("data-size"),
                since: el.get_attribute("data-since").and_then(|y| y.parse().ok()),
                member: el.has_attribute("data-member"),
                shape: select(&el, "circle").or_else(|| select(&el, "rect")),
                el,
            }
        })
        .collect();
    let start = svg
        .get_attribute("viewBox")
        .and_then(|v| ViewBox::parse(&v))
        .unwrap_or(ViewBox::WORLD);
    let map = Rc::new(Map {
        path: behaviour
            .closest("[data-items]")
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("data-items"))
            .unwrap_or_default(),
        years: (bound("min"), bound("max")),
        markers,
        start,
        view: Cell::new(start),
        goal: Cell::new(None),
        token: Cell::new(0),
        engaged: Cell::new(false),
        pointers: RefCell::new(Vec::new()),
        svg,
        root: behaviour,
    });
    // The build drew the page for its path without a query: the URL's year and layer
    // apply now.
    map.show();

    let on = map.clone();
    listen(&map.root, "input", move |ev| {
        if let Some(range) = target_input(&ev).filter(|i| i.type_() == "range") {
            let year = range.value();
            // the latest year is the default: kept out of the URL
            let year = if year == on.years.1.to_string() {
                String::new()
            } else {
                year
            };
            on.set_query("year", &year);
        }
    });
    let on = map.clone();
    listen(&map.root, "change", move |ev| {
        if let Some(layer) = target_input(&ev).filter(|i| i.type_() == "checkbox") {
            on.set_query("members", if layer.checked() { "1" } else { "" });
        }
    });
    let on = map.clone();
    listen(&map.root, "click", move |ev| on.click(&ev));
    let on = map.clone();
    listen(&frame, "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
            on.key(ev);
        }
    });
    let on = map.clone();
    listen(&frame, "wheel", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::WheelEvent>() {
            on.wheel(ev);
        }
    });
    let on = map.clone();
    listen(&frame, "pointerdown", move |ev| on.pointer_down(&ev));
    let on = map.clone();
    listen(&frame, "pointermove", move |ev| on.pointer_move(&ev));
    for name in ["pointerup", "pointercancel", "pointerleave"] {
        let on = map.clone();
        listen(&frame, name, move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() {
                let id = ev.pointer_id();
                on.pointers.borrow_mut().retain(|p| p.0 != id);
            }
        });
    }
    // The open office (opened, stepped, closed by the list's behaviour, or Back).
    for name in [url::CHANGED, "popstate"] {
        let on = map.clone();
        listen(&window(), name, move |_| on.show());
    }
}

impl Map {
    /// The year shown: the URL's, within the control's range, else the latest.
    fn year(&self) -> u16 {
        url::query_value("year")
            .and_then(|y| y.parse().ok())
            .unwrap_or(self.years.1)
            .clamp(self.years.0, self.years.1)
    }

    fn set_query(&self, key: &str, value: &str) {
        let path = window().location().pathname().unwrap_or_default();
        url::replace(&state_url(&path, KEYS, url::query_value, &[(key, value)]));
    }

    /// Shows the URL's year, layer and open office: markers, the list's entries, the
    /// control, the count and the member cities' list.
    fn show(&self) {
        let year = self.year();
        let layer = url::query_value("members").is_some();
        let open = url::item_under(&self.path);
        for m in &self.markers {
            let shown = there_in(m.since, year) && (layer || !m.member);
            set_attr(&m.el, "display", if shown { "inline" } else { "none" });
            let selected = !m.member && open.as_deref() == Some(m.id.as_str());
            let _ =
                m.el.class_list()
                    .toggle_with_force("marker--selected", selected);
            set_attr(
                &m.el,
                "aria-pressed",
                if selected { "true" } else { "false" },
            );
        }
        let mut count = 0;
        for li in elements(&self.root, "[data-testid=office]") {
            let since = li.get_attribute("data-since").and_then(|y| y.parse().ok());
            let there = there_in(since, year);
            count += usize::from(there);
            let _ = li
                .class_list()
                .toggle_with_force("offices__item--future", !there);
            if let Some(later) = select(&li, ".offices__later") {
                set_hidden(&later, there);
                if !there {
                    set_text_keeping_translation(&later, &strings::not_yet_open(year));
                }
            }
        }
        if let Some(output) = select(&self.root, "[data-testid=year-value]") {
            set_text_keeping_translation(&output, &year.to_string());
        }
        if let Some(range) = select(&self.root, "input[type=range]")
            .and_then(|r| r.dyn_into::<HtmlInputElement>().ok())
        {
            if range.value() != year.to_string() {
                range.set_value(&year.to_string());
            }
        }
        if let Some(status) = select(&self.root, "[data-testid=office-count]") {
            let earlier = (year != self.years.1).then_some(year);
            set_text(&status, &strings::office_count(count, earlier));
        }
        if let Some(layer_box) = select(&self.root, "input[type=checkbox]")
            .and_then(|c| c.dyn_into::<HtmlInputElement>().ok())
        {
            layer_box.set_checked(layer);
        }
        if let Some(list) = select(&self.root, "[data-member-list]") {
            set_hidden(&list, !layer);
            let mut cities = 0;
            for li in elements(&list, "li[data-since]") {
                let since = li.get_attribute("data-since").and_then(|y| y.parse().ok());
                let there = there_in(since, year);
                cities += usize::from(there);
                set_hidden(&li, !there);
            }
            if let Some(heading) = select(&list, "h2") {
                set_text_keeping_translation(&heading, &strings::member_cities_on_map(cities));
            }
        }
    }

    fn click(self: &Rc<Self>, ev: &web_sys::Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let closest = |selector: &str| target.closest(selector).ok().flatten();
        if let Some(marker) = closest("g[data-x]") {
            self.select_marker(&marker);
        } else if let Some(button) = closest("[data-testid^=zoom-]") {
            let goal = self.goal();
            match button.get_attribute("data-testid").as_deref() {
                Some("zoom-in") => self.animate_to(goal.zoom_centre(ZOOM_STEP)),
                Some("zoom-out") => self.animate_to(goal.zoom_centre(1.0 / ZOOM_STEP)),
                _ => self.animate_to(self.start),
            }
        }
    }

    /// A member city's marker leads to its page; an office's opens it in place (a click
    /// on its link in the list, which the list's behaviour handles).
    fn select_marker(&self, marker: &Element) {
        if let Some(href) = marker.get_attribute("data-href") {
            let _ = window().location().assign(&href);
            return;
        }
        let id = marker
            .get_attribute("data-testid")
            .unwrap_or_default()
            .trim_start_matches("marker-")
            .to_owned();
        if let Some(link) = document()
            .query_selector(&format!("[data-item-link=\"{id}\"]"))
            .ok()
            .flatten()
            .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // After this click's handling: the link's click reaches this same listener
            // (the list is inside the map's behaviour), which may not run within itself.
            set_timeout(move || link.click(), std::time::Duration::ZERO);
        }
    }

    fn key(self: &Rc<Self>, ev: &web_sys::KeyboardEvent) {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        // Enter and Space on a marker open it; the other keys pan and zoom from there too.
        if let Some(marker) = target.and_then(|t| t.closest("g[data-x]").ok().flatten()) {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                self.select_marker(&marker);
                return;
            }
        }
        let Some(next) = self.goal().after_key(&ev.key(), self.start) else {
            return;
        };
        ev.prevent_default();
        self.animate_to(next);
    }

    fn wheel(&self, ev: &web_sys::WheelEvent) {
        if !(ev.ctrl_key() || ev.meta_key() || self.engaged.get()) {
            return;
        }
        ev.prevent_default();
        self.stop_animation();
        if let Some((x, y)) = self.to_map(f64::from(ev.client_x()), f64::from(ev.client_y())) {
            let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
            self.set_view(self.view.get().zoom(factor, x, y));
        }
    }

    fn pointer_down(&self, ev: &web_sys::Event) {
        let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        // A press on a marker is a click on it, not a drag.
        let on_marker = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| t.closest("g[data-x]").ok().flatten().is_some());
        if on_marker {
            return;
        }
        self.engaged.set(true);
        self.stop_animation();
        self.pointers.borrow_mut().push((
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        ));
    }

    /// Drag to pan, pinch to zoom (pointer events cover mouse, pen and touch).
    fn pointer_move(&self, ev: &web_sys::Event) {
        let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let (id, x, y) = (
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        );
        let before = self.pointers.borrow().clone();
        let Some(k) = before.iter().position(|p| p.0 == id) else {
            return;
        };
        let rect = self.svg.get_bounding_client_rect();
        let v = self.view.get();
        if before.len() == 1 {
            let scale = v.w / rect.width();
            self.set_view(v.pan(-(x - before[k].1) * scale, -(y - before[k].2) * scale));
        } else if before.len() == 2 {
            let other = before[1 - k];
            let dist = |ax: f64, ay: f64| ((ax - other.1).powi(2) + (ay - other.2).powi(2)).sqrt();
            let (d0, d1) = (dist(before[k].1, before[k].2), dist(x, y));
            if d0 > 1.0 {
                if let Some((mx, my)) = self.to_map((x + other.1) / 2.0, (y + other.2) / 2.0) {
                    self.set_view(v.zoom(d1 / d0, mx, my));
                }
            }
        }
        self.pointers.borrow_mut()[k] = (id, x, y);
    }

    /// Client (screen) coordinates to map coordinates.
    fn to_map(&self, cx: f64, cy: f64) -> Option<(f64, f64)> {
        let rect = self.svg.get_bounding_client_rect();
        let v = self.view.get();
        (rect.width() > 0.0).then(|| {
            (
                v.x + (cx - rect.left()) / rect.width() * v.w,
                v.y + (cy - rect.top()) / rect.height() * v.h,
            )
        })
    }

    /// Where the view is going: keys and buttons step from there, so quick presses add up.
    fn goal(&self) -> ViewBox {
        self.goal.get().unwrap_or_else(|| self.view.get())
    }

    /// Direct manipulation takes over from any animation still running.
    fn stop_animation(&self) {
        self.token.set(self.token.get().wrapping_add(1));
        self.goal.set(None);
    }

    /// Buttons and keys move smoothly, unless reduced motion is preferred.
    fn animate_to(self: &Rc<Self>, target: ViewBox) {
        self.stop_animation();
        if dom::prefers_reduced_motion() {
            self.set_view(target);
            return;
        }
        self.goal.set(Some(target));
        tween(
            self.clone(),
            self.token.get(),
            self.view.get(),
            target,
            dom::now(),
        );
    }

    /// Shows `v`; markers keep their size on screen whatever the zoom.
    fn set_view(&self, v: ViewBox) {
        self.view.set(v);
        set_attr(&self.svg, "viewBox", &v.attr());
        let unit = v.w / WIDTH;
        let n = wego10_core::offices::logic::svg_number;
        for m in &self.markers {
            let Some(shape) = &m.shape else {
                continue;
            };
            if shape.tag_name() == "circle" {
                set_attr(shape, "r", &n(m.size * unit));
            } else {
                set_attr(shape, "x", &n(m.x - m.size * unit));
                set_attr(shape, "y", &n(m.y - m.size * unit));
                set_attr(shape, "width", &n(2.0 * m.size * unit));
                set_attr(shape, "height", &n(2.0 * m.size * unit));
            }
        }
    }
}

/// One frame of a view animation; stops when a newer one (token) has started.
fn tween(map: Rc<Map>, token: u32, from: ViewBox, to: ViewBox, t0: f64) {
    if map.token.get() != token {
        return;
    }
    let t = (dom::now() - t0) / ANIMATION_MS;
    map.set_view(from.towards(to, t));
    if t < 1.0 {
        request_animation_frame(move || tween(map, token, from, to, t0));
    } else {
        map.goal.set(None);
    }
}

fn target_input(ev: &web_sys::Event) -> Option<HtmlInputElement> {
    ev.target()?.dyn_into().ok()
}
