use leptos::prelude::*;
use wego10_core::strings;

use super::logic::{fit, svg_number};
use super::projection::{HEIGHT, WIDTH};

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
    /// Shown as the build writes the page (the member layer is off).
    pub shown: bool,
    /// The open office's.
    pub selected: bool,
}

/// The world map: Natural Earth land drawn from a same-origin SVG, office markers on
/// top, at the view that fits the offices. Each marker carries its place, size, year and
/// page: `islands::MapBehaviour` zooms (buttons, + and − keys, Ctrl/⌘ + wheel, pinch),
/// pans (arrow keys, dragging), keeps the markers' size on screen, and opens what a
/// marker names.
#[component]
pub fn WorldMap(
    /// Every marker: the offices', then the member cities'.
    markers: Vec<Marker>,
) -> impl IntoView {
    let start = fit(&markers
        .iter()
        .filter(|m| !m.member)
        .map(|m| (m.x, m.y))
        .collect::<Vec<_>>());
    let unit = start.w / WIDTH;
    let marker_views = markers
        .into_iter()
        .map(|m| {
            let (x, y) = (m.x, m.y);
            let size = if m.secretariat { 9.0 } else if m.member { 5.0 } else { 8.0 };
            view! {
                <g
                    data-x=svg_number(x) data-y=svg_number(y) data-size=size
                    data-since=m.since data-href=m.href.clone() data-member=m.member.then_some("")
                    class="marker"
                    class:marker--secretariat=m.secretariat
                    class:marker--member=m.member
                    class:marker--selected=m.selected
                    role="button"
                    tabindex="0"
                    aria-label=m.label.clone()
                    aria-pressed=m.selected.to_string()
                    data-testid=format!("marker-{}", m.id)
                    // An SVG presentation attribute, not inline style: the page runs
                    // under a CSP without 'unsafe-inline' styles.
                    display=if m.shown { "inline" } else { "none" }
                >
                    <title>{m.label.clone()}</title>
                    {if m.secretariat {
                        view! {
                            <rect
                                x=svg_number(x - 9.0 * unit) y=svg_number(y - 9.0 * unit)
                                width=svg_number(18.0 * unit) height=svg_number(18.0 * unit)
                                transform=format!("rotate(45 {} {})", svg_number(x), svg_number(y))
                            />
                        }.into_any()
                    } else {
                        view! { <circle cx=svg_number(x) cy=svg_number(y) r=svg_number(size * unit)/> }.into_any()
                    }}
                </g>
            }
        })
        .collect_view();

    view! {
        <div class="world-map" data-testid="world-map">
            <div class="world-map__controls">
                <button type="button" class="button button--ghost" aria-label=strings::offices::ZOOM_IN data-testid="zoom-in">"+"</button>
                <button type="button" class="button button--ghost" aria-label=strings::offices::ZOOM_OUT data-testid="zoom-out">"−"</button>
                <button type="button" class="button button--ghost" data-testid="zoom-reset">{strings::offices::FIT}</button>
            </div>
            <div
                class="world-map__frame"
                tabindex="0"
                role="group"
                aria-label=strings::offices::MAP
                data-testid="map-frame"
            >
                <svg class="world-map__svg" viewBox=start.attr() data-testid="map-svg"
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
