use leptos::prelude::*;

use super::logic::{fit, svg_number, ViewBox, ZOOM_STEP};
use super::projection::{HEIGHT, WIDTH};
use crate::dom;

/// A marker on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    /// Its accessible name, e.g. "Chengdu, China: East Asia Regional Office".
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub secretariat: bool,
    /// A member city (the member layer): smaller, and not part of "Fit to offices".
    pub member: bool,
    /// The year it is on the map from (unknown: always).
    pub since: Option<u16>,
    /// Where a member city's marker leads (its page); an office's opens in place.
    pub href: Option<String>,
}

const ANIMATION_MS: f64 = 200.0;

/// One frame of a view animation; stops when a newer animation (token) has started.
/// An animation in flight: its token (a newer one cancels it) and where it goes.
type Animation = StoredValue<(u32, Option<ViewBox>)>;

fn tween(
    view: RwSignal<ViewBox>,
    animation: Animation,
    token: u32,
    from: ViewBox,
    to: ViewBox,
    t0: f64,
) {
    if animation.get_value().0 != token {
        return;
    }
    let t = (dom::now() - t0) / ANIMATION_MS;
    view.set(from.towards(to, t));
    if t < 1.0 {
        request_animation_frame(move || tween(view, animation, token, from, to, t0));
    } else {
        animation.update_value(|a| a.1 = None);
    }
}

/// The world map: Natural Earth land drawn from a same-origin SVG, office markers on
/// top. Zoom with the buttons, + and − keys, Ctrl/⌘ + wheel (plain wheel only after a
/// click into the map, so an embedding page keeps scrolling) or a pinch; pan with the
/// arrow keys or by dragging.
#[component]
pub fn WorldMap(
    /// Every office marker.
    markers: Vec<Marker>,
    /// Whether each marker (same order) is shown, e.g. in the chosen year.
    #[prop(into)]
    shown: Signal<Vec<bool>>,
    /// Whether the marker with this id is the open one (tracked: `ItemRoute::is_open`,
    /// which notifies only the markers whose state changed).
    is_open: Callback<String, bool>,
    /// Opens an office by id.
    on_select: Callback<String>,
) -> impl IntoView {
    let start = fit(&markers
        .iter()
        .filter(|m| !m.member)
        .map(|m| (m.x, m.y))
        .collect::<Vec<_>>());
    let view = RwSignal::new(start);
    let engaged = RwSignal::new(false);
    // Buttons and keys move smoothly (unless reduced motion is preferred); direct
    // manipulation (drag, pinch, wheel) follows the pointer at once.
    let animation: Animation = StoredValue::new((0u32, None));
    let animate_to = move |target: ViewBox| {
        let token = animation.get_value().0.wrapping_add(1);
        if dom::prefers_reduced_motion() {
            animation.set_value((token, None));
            view.set(target);
            return;
        }
        animation.set_value((token, Some(target)));
        tween(
            view,
            animation,
            token,
            view.get_untracked(),
            target,
            dom::now(),
        );
    };
    // Direct manipulation takes over from any animation still running.
    let stop_animation = move || animation.update_value(|a| *a = (a.0.wrapping_add(1), None));
    // Where the view is going: keys and buttons step from there, so quick presses add up.
    let goal = move || {
        animation
            .get_value()
            .1
            .unwrap_or_else(|| view.get_untracked())
    };
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    // Client (screen) coordinates to map coordinates.
    let to_map = move |cx: f64, cy: f64| -> Option<(f64, f64)> {
        let rect = svg_ref.get_untracked()?.get_bounding_client_rect();
        let v = view.get_untracked();
        Some((
            v.x + (cx - rect.left()) / rect.width() * v.w,
            v.y + (cy - rect.top()) / rect.height() * v.h,
        ))
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        if !(ev.ctrl_key() || ev.meta_key() || engaged.get_untracked()) {
            return;
        }
        ev.prevent_default();
        stop_animation();
        if let Some((x, y)) = to_map(f64::from(ev.client_x()), f64::from(ev.client_y())) {
            let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
            view.update(|v| *v = v.zoom(factor, x, y));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let Some(next) = goal().after_key(&ev.key(), start) else {
            return;
        };
        ev.prevent_default();
        animate_to(next);
    };

    // Drag to pan, pinch to zoom (pointer events cover mouse, pen and touch).
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        engaged.set(true);
        stop_animation();
        pointers.update_value(|p| {
            p.push((
                ev.pointer_id(),
                f64::from(ev.client_x()),
                f64::from(ev.client_y()),
            ))
        });
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let (id, x, y) = (
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        );
        let before = pointers.get_value();
        let Some(k) = before.iter().position(|p| p.0 == id) else {
            return;
        };
        let Some(rect) = svg_ref
            .get_untracked()
            .map(|s| s.get_bounding_client_rect())
        else {
            return;
        };
        let v = view.get_untracked();
        let scale = v.w / rect.width();
        if before.len() == 1 {
            view.set(v.pan(-(x - before[k].1) * scale, -(y - before[k].2) * scale));
        } else if before.len() == 2 {
            let other = before[1 - k];
            let dist = |ax: f64, ay: f64| ((ax - other.1).powi(2) + (ay - other.2).powi(2)).sqrt();
            let (d0, d1) = (dist(before[k].1, before[k].2), dist(x, y));
            if d0 > 1.0 {
                if let Some((mx, my)) = to_map((x + other.1) / 2.0, (y + other.2) / 2.0) {
                    view.set(v.zoom(d1 / d0, mx, my));
                }
            }
        }
        pointers.update_value(|p| p[k] = (id, x, y));
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|p| p.retain(|q| q.0 != id));
    };

    // Markers keep their size on screen whatever the zoom.
    let unit = move || view.get().w / WIDTH;
    let marker_views = markers
        .into_iter()
        .enumerate()
        .map(|(n, m)| {
            let id = m.id.clone();
            let is_selected = {
                let id = id.clone();
                move || is_open.run(id.clone())
            };
            let open = {
                let id = id.clone();
                move || on_select.run(id.clone())
            };
            let open_key = open.clone();
            let (x, y) = (m.x, m.y);
            // What an islands page's map behaviour reads: the marker's place, size, year
            // and page (`islands::MapBehaviour`).
            let size = if m.secretariat { 9.0 } else if m.member { 5.0 } else { 8.0 };
            view! {
                <g
                    data-x=svg_number(x) data-y=svg_number(y) data-size=size
                    data-since=m.since data-href=m.href.clone() data-member=m.member.then_some("")
                    class="marker"
                    class:marker--secretariat=m.secretariat
                    class:marker--member=m.member
                    class:marker--selected=is_selected.clone()
                    role="button"
                    tabindex="0"
                    aria-label=m.label.clone()
                    aria-pressed=move || is_selected().to_string()
                    data-testid=format!("marker-{id}")
                    // An SVG presentation attribute, not inline style: the prerendered page
                    // runs under a CSP without 'unsafe-inline' styles.
                    display=move || if shown.with(|s| s.get(n).copied().unwrap_or(true)) { "inline" } else { "none" }
                    on:click=move |ev| { ev.stop_propagation(); open() }
                    on:pointerdown=|ev| ev.stop_propagation()
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            ev.stop_propagation();
                            open_key();
                        }
                    }
                >
                    <title>{m.label.clone()}</title>
                    {if m.secretariat {
                        view! {
                            <rect
                                x=move || svg_number(x - 9.0 * unit()) y=move || svg_number(y - 9.0 * unit())
                                width=move || svg_number(18.0 * unit()) height=move || svg_number(18.0 * unit())
                                transform=format!("rotate(45 {} {})", svg_number(x), svg_number(y))
                            />
                        }.into_any()
                    } else {
                        view! { <circle cx=svg_number(x) cy=svg_number(y) r=move || svg_number(size * unit())/> }.into_any()
                    }}
                </g>
            }
        })
        .collect_view();

    view! {
        <div class="world-map" data-testid="world-map">
            <div class="world-map__controls">
                <button type="button" class="button button--ghost" aria-label="Zoom in" data-testid="zoom-in"
                    on:click=move |_| animate_to(goal().zoom_centre(ZOOM_STEP))>"+"</button>
                <button type="button" class="button button--ghost" aria-label="Zoom out" data-testid="zoom-out"
                    on:click=move |_| animate_to(goal().zoom_centre(1.0 / ZOOM_STEP))>"−"</button>
                <button type="button" class="button button--ghost" data-testid="zoom-reset"
                    on:click=move |_| animate_to(start)>"Fit to offices"</button>
            </div>
            <div
                class="world-map__frame"
                tabindex="0"
                role="group"
                aria-label="World map of the WeGO offices. Plus and minus zoom, arrow keys pan. The list of offices has the same content."
                data-testid="map-frame"
                on:keydown=on_keydown
                on:wheel=on_wheel
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
                on:pointerleave=on_pointerup
            >
                <svg node_ref=svg_ref class="world-map__svg" viewBox=move || view.get().attr() data-testid="map-svg"
                    preserveAspectRatio="xMidYMid meet" aria-hidden="false">
                    <rect class="world-map__sea" x="0" y="0" width=svg_number(WIDTH) height=svg_number(HEIGHT)/>
                    // The land's shape, drawn in the theme's colour (style/offices.css).
                    <mask id="world-map-land" class="world-map__land-shape">
                        <image href="map/land.svg" x="0" y="0" width=svg_number(WIDTH) height=svg_number(HEIGHT)/>
                    </mask>
                    <rect class="world-map__land" x="0" y="0" width=svg_number(WIDTH) height=svg_number(HEIGHT) mask="url(#world-map-land)"/>
                    {marker_views}
                </svg>
            </div>
        </div>
    }
}
