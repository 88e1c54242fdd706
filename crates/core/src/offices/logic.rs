//! Offices logic as plain functions: which offices exist in a year, the starting
//! view, keeping nearby markers apart, zooming.

use super::projection::{project, HEIGHT, WIDTH};
use crate::data::Office;

/// The year an office joined the network: its opening, else its approval.
pub fn established(o: &Office) -> Option<u16> {
    o.opened.or(o.approved).map(|d| d.year)
}

/// Whether the office existed in `year` (offices with no known date always count).
pub fn open_in(o: &Office, year: u16) -> bool {
    there_in(established(o), year)
}

/// How much one press of a zoom button or key zooms.
pub const ZOOM_STEP: f64 = 1.6;

/// The visible part of the map, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    pub const WORLD: ViewBox = ViewBox {
        x: 0.0,
        y: 0.0,
        w: WIDTH,
        h: HEIGHT,
    };
    const MIN_W: f64 = 60.0;

    /// Zooms by `factor` (> 1 zooms in) around the point (cx, cy), staying on the map.
    pub fn zoom(self, factor: f64, cx: f64, cy: f64) -> ViewBox {
        let w = within(self.w / factor, Self::MIN_W, WIDTH);
        let h = w * HEIGHT / WIDTH;
        let fx = (cx - self.x) / self.w;
        let fy = (cy - self.y) / self.h;
        ViewBox {
            x: cx - fx * w,
            y: cy - fy * h,
            w,
            h,
        }
        .clamped()
    }

    /// Zooms around the centre of the view.
    pub fn zoom_centre(self, factor: f64) -> ViewBox {
        self.zoom(factor, self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Moves by (dx, dy) in SVG units, staying on the map.
    pub fn pan(self, dx: f64, dy: f64) -> ViewBox {
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped()
    }

    fn clamped(self) -> ViewBox {
        ViewBox {
            x: within(self.x, 0.0, WIDTH - self.w),
            y: within(self.y, 0.0, HEIGHT - self.h),
            ..self
        }
    }

    /// The view a fraction `t` (0..=1) of the way to `to`, eased in and out.
    pub fn towards(self, to: ViewBox, t: f64) -> ViewBox {
        let t = within(t, 0.0, 1.0);
        let e = t * t * (3.0 - 2.0 * t);
        let mix = |a: f64, b: f64| a + (b - a) * e;
        ViewBox {
            x: mix(self.x, to.x),
            y: mix(self.y, to.y),
            w: mix(self.w, to.w),
            h: mix(self.h, to.h),
        }
    }

    pub fn attr(&self) -> String {
        [self.x, self.y, self.w, self.h].map(svg_number).join(" ")
    }

    /// The view a map key asks for from this one: + and − zoom by `ZOOM_STEP`, the arrows
    /// pan an eighth of the width, 0 goes back to `start`; other keys, none.
    pub fn after_key(self, key: &str, start: ViewBox) -> Option<ViewBox> {
        let step = self.w / 8.0;
        Some(match key {
            "+" | "=" => self.zoom_centre(ZOOM_STEP),
            "-" | "_" => self.zoom_centre(1.0 / ZOOM_STEP),
            "ArrowLeft" => self.pan(-step, 0.0),
            "ArrowRight" => self.pan(step, 0.0),
            "ArrowUp" => self.pan(0.0, -step),
            "ArrowDown" => self.pan(0.0, step),
            "0" => start,
            _ => return None,
        })
    }

    /// A `viewBox` attribute ("x y w h") read back (what a page's map starts from).
    pub fn parse(attr: &str) -> Option<ViewBox> {
        let n: Vec<f64> = attr
            .split_whitespace()
            .map(parse_svg_number)
            .collect::<Option<_>>()?;
        match n[..] {
            [x, y, w, h] => Some(ViewBox { x, y, w, h }),
            _ => None,
        }
    }
}

/// `v` kept between `lo` and `hi`: `f64::clamp` without its panic message, whose float
/// formatting would add about 14 KB to the wasm.
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Whether something that started in `since` (unknown: always) is there in `year`.
pub fn there_in(since: Option<u16>, year: u16) -> bool {
    since.is_none_or(|y| y <= year)
}

/// `v` rounded to hundredths as SVG reads it ("12.5", "-3.07", "40"): short attribute
/// text, the same in the site build's HTML and in the browser.
pub fn svg_number(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    let (int, frac) = (abs / 100, abs % 100);
    if frac == 0 {
        format!("{sign}{int}")
    } else if frac % 10 == 0 {
        format!("{sign}{int}.{}", frac / 10)
    } else {
        format!("{sign}{int}.{frac:02}")
    }
}

/// A number as `svg_number` writes it, read back without the float parser (which would
/// add its tables to the wasm): "12.5" → 12.5, "-3.07" → -3.07.
pub fn parse_svg_number(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if frac.len() > 2 || int.is_empty() {
        return None;
    }
    let whole: u64 = int.parse().ok()?;
    let cents: u64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    let v = (whole * 100 + cents) as f64 / 100.0;
    Some(if negative { -v } else { v })
}

/// The starting view: all `points` with a margin, at the map's aspect ratio.
pub fn fit(points: &[(f64, f64)]) -> ViewBox {
    if points.is_empty() {
        return ViewBox::WORLD;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    let margin = 60.0;
    let mut w = (x1 - x0 + 2.0 * margin).max(ViewBox::MIN_W);
    let mut h = y1 - y0 + 2.0 * margin;
    if w * HEIGHT / WIDTH < h {
        w = h * WIDTH / HEIGHT;
    }
    w = w.min(WIDTH);
    h = w * HEIGHT / WIDTH;
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    ViewBox {
        x: cx - w / 2.0,
        y: cy - h / 2.0,
        w,
        h,
    }
    .clamped()
}

/// Marker positions: projected, then pushed apart until no two are closer than `min`.
pub fn marker_positions(coords: &[(f64, f64)], min: f64) -> Vec<(f64, f64)> {
    let mut p: Vec<(f64, f64)> = coords.iter().map(|&(lat, lon)| project(lat, lon)).collect();
    for _ in 0..20 {
        let mut moved = false;
        for i in 0..p.len() {
            for j in i + 1..p.len() {
                let (dx, dy) = (p[j].0 - p[i].0, p[j].1 - p[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                if d < min {
                    let (ux, uy) = if d > 1e-6 {
                        (dx / d, dy / d)
                    } else {
                        (1.0, 0.0)
                    };
                    let push = (min - d) / 2.0;
                    p[i] = (p[i].0 - ux * push, p[i].1 - uy * push);
                    p[j] = (p[j].0 + ux * push, p[j].1 + uy * push);
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::parse;
    use crate::data::OfficesFile;

    #[test]
    fn keys_zoom_pan_and_go_back_to_the_start() {
        let start = ViewBox::WORLD;
        let zoomed = start.after_key("+", start).unwrap();
        assert!((zoomed.w - start.w / ZOOM_STEP).abs() < 1e-9);
        let panned = zoomed.after_key("ArrowRight", start).unwrap();
        assert!(panned.x > zoomed.x);
        assert_eq!(panned.after_key("0", start), Some(start));
        assert_eq!(start.after_key("a", start), None);
    }

    #[test]
    fn a_view_box_reads_back_its_attribute() {
        let v = ViewBox {
            x: 10.5,
            y: -3.25,
            w: 400.0,
            h: 200.0,
        };
        assert_eq!(ViewBox::parse(&v.attr()), Some(v));
        assert_eq!(ViewBox::parse("1 2 3"), None);
        for v in [0.0, 12.5, -3.07, 640.0, 0.05, -0.5] {
            assert_eq!(parse_svg_number(&svg_number(v)), Some(v), "{v}");
        }
        assert_eq!(parse_svg_number("1.234"), None);
        assert_eq!(parse_svg_number("x"), None);
        assert!(there_in(None, 2010) && there_in(Some(2010), 2010) && !there_in(Some(2014), 2012));
    }

    #[test]
    fn svg_numbers_are_rounded_to_hundredths_without_trailing_zeros() {
        assert_eq!(svg_number(40.0), "40");
        assert_eq!(svg_number(12.5), "12.5");
        assert_eq!(svg_number(12.504), "12.5");
        assert_eq!(svg_number(-3.0712), "-3.07");
        assert_eq!(svg_number(0.999), "1");
        assert_eq!(svg_number(-0.004), "0");
        assert_eq!(svg_number(523.456), "523.46");
        let b = ViewBox {
            x: 1.0,
            y: 2.25,
            w: 300.5,
            h: 150.0,
        };
        assert_eq!(b.attr(), "1 2.25 300.5 150");
    }

    fn offices() -> OfficesFile {
        parse::<OfficesFile>(
            r#"{"offices": [
              {"id": "seoul", "kind": "secretariat", "name": "S", "city": "Seoul", "country": "K", "region": "Global", "role": "r", "lat": 37.57, "lon": 126.98, "opened": "2010", "sources": [{"label": "s"}]},
              {"id": "chengdu", "kind": "regional", "name": "A", "city": "Chengdu", "country": "C", "region": "East Asia", "role": "r", "lat": 30.66, "lon": 104.06, "opened": "2014", "sources": [{"label": "s"}]},
              {"id": "beyoglu", "kind": "regional", "name": "M", "city": "Beyoğlu", "country": "T", "region": "Mediterranean", "role": "r", "lat": 41.04, "lon": 28.98, "approved": "2017-06", "sources": [{"label": "s"}]},
              {"id": "abuja", "kind": "regional", "name": "Af", "city": "Abuja", "country": "N", "region": "Africa", "role": "r", "lat": 9.06, "lon": 7.5, "opened": "2021-02-24", "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn open_ids(year: u16) -> Vec<String> {
        offices()
            .offices
            .iter()
            .filter(|o| open_in(o, year))
            .map(|o| o.id.to_string())
            .collect()
    }

    #[test]
    fn the_network_grows_year_by_year() {
        assert_eq!(open_ids(2010), vec!["seoul"]);
        assert_eq!(open_ids(2013), vec!["seoul"]);
        assert_eq!(open_ids(2014), vec!["seoul", "chengdu"]);
        assert_eq!(open_ids(2017), vec!["seoul", "chengdu", "beyoglu"]); // approved counts when no opening is known
        assert_eq!(open_ids(2021), vec!["seoul", "chengdu", "beyoglu", "abuja"]);
    }

    #[test]
    fn fit_contains_every_point_at_the_map_ratio() {
        let pts = vec![
            project(37.57, 126.98),
            project(19.43, -99.13),
            project(54.3, 48.4),
        ];
        let v = fit(&pts);
        for (x, y) in pts {
            assert!(x > v.x && x < v.x + v.w && y > v.y && y < v.y + v.h);
        }
        assert!((v.w / v.h - WIDTH / HEIGHT).abs() < 1e-9);
        assert_eq!(fit(&[]), ViewBox::WORLD);
    }

    #[test]
    fn zoom_keeps_the_focus_point_and_stays_on_the_map() {
        let v = ViewBox::WORLD.zoom(2.0, 500.0, 200.0);
        assert!((v.w - 500.0).abs() < 1e-9);
        // the point under the cursor stays under the cursor
        assert!(((500.0 - v.x) / v.w - 0.5).abs() < 1e-9);
        let out = v.zoom(0.1, 0.0, 0.0);
        assert_eq!(out, ViewBox::WORLD);
        let deep = ViewBox::WORLD.zoom(1000.0, 10.0, 10.0);
        assert!(deep.w >= 60.0 && deep.x >= 0.0 && deep.y >= 0.0);
        let panned = v.pan(-10_000.0, 0.0);
        assert_eq!(panned.x, 0.0);
    }

    #[test]
    fn animation_steps_run_from_start_to_target() {
        let to = ViewBox::WORLD.zoom(4.0, 300.0, 200.0);
        assert_eq!(ViewBox::WORLD.towards(to, 0.0), ViewBox::WORLD);
        let end = ViewBox::WORLD.towards(to, 1.0);
        assert!(
            (end.x - to.x).abs() < 1e-9
                && (end.w - to.w).abs() < 1e-9
                && (end.h - to.h).abs() < 1e-9
        );
        let mid = ViewBox::WORLD.towards(to, 0.5);
        assert!(mid.w < ViewBox::WORLD.w && mid.w > to.w);
    }

    #[test]
    fn nearby_markers_are_kept_apart() {
        let p = marker_positions(&[(41.04, 28.98), (41.01, 28.97), (37.57, 126.98)], 12.0);
        let d = ((p[0].0 - p[1].0).powi(2) + (p[0].1 - p[1].1).powi(2)).sqrt();
        assert!(d >= 11.9, "{d}");
        assert!((p[2].0 - project(37.57, 126.98).0).abs() < 1e-9); // far markers do not move
    }
}
