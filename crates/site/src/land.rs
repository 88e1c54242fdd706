//! Turns Natural Earth land outlines (TopoJSON, as shipped by the npm package
//! `world-atlas`) into one SVG path, projected with `projection::project`.
//! Run at build time by `cargo run --bin world-map`; the app only loads the result.

use serde::Deserialize;

use wego10_core::offices::projection::project;

#[derive(Deserialize)]
pub struct Topology {
    transform: Transform,
    objects: std::collections::HashMap<String, Object>,
    arcs: Vec<Vec<[f64; 2]>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Object {
    #[serde(default)]
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
    },
    #[serde(other)]
    Other,
}

impl Topology {
    /// Arc `i` as (lon, lat) points; negative indices (`~i`) are arc i reversed.
    fn arc(&self, index: i64) -> Vec<(f64, f64)> {
        let (i, reverse) = if index < 0 {
            ((!index) as usize, true)
        } else {
            (index as usize, false)
        };
        let (mut x, mut y) = (0.0, 0.0);
        let mut pts: Vec<(f64, f64)> = self.arcs[i]
            .iter()
            .map(|d| {
                x += d[0];
                y += d[1];
                (
                    x * self.transform.scale[0] + self.transform.translate[0],
                    y * self.transform.scale[1] + self.transform.translate[1],
                )
            })
            .collect();
        if reverse {
            pts.reverse();
        }
        pts
    }

    fn ring(&self, arcs: &[i64]) -> Vec<(f64, f64)> {
        let mut ring = Vec::new();
        for &a in arcs {
            let pts = self.arc(a);
            let skip = usize::from(!ring.is_empty());
            ring.extend(pts.into_iter().skip(skip));
        }
        ring
    }

    /// Every ring of the named object, as (lon, lat) points.
    pub fn rings(&self, object: &str) -> Vec<Vec<(f64, f64)>> {
        let Some(obj) = self.objects.get(object) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for g in &obj.geometries {
            match g {
                Geometry::Polygon { arcs } => out.extend(arcs.iter().map(|r| self.ring(r))),
                Geometry::MultiPolygon { arcs } => {
                    out.extend(arcs.iter().flat_map(|p| p.iter().map(|r| self.ring(r))))
                }
                Geometry::Other => {}
            }
        }
        out
    }
}

/// The SVG path data of `rings`, projected, on a grid of 0.1 SVG units (a tenth of a pixel
/// at the map's full width). Points closer than `min_step` to the previous one are dropped,
/// and each point is written as a step from the last one (`l`, numbers without needless
/// zeros or spaces): every offices page loads the file.
pub fn svg_path(rings: &[Vec<(f64, f64)>], min_step: f64) -> String {
    let tenths = |v: f64| (v * 10.0).round() as i64;
    let mut d = String::new();
    for ring in rings {
        let mut last: Option<(f64, f64)> = None;
        let mut at = (0_i64, 0_i64);
        let mut drawing = false;
        for &(lon, lat) in ring {
            let p = project(lat, lon);
            // A jump across the map is a ring crossing the antimeridian: move, don't draw.
            let mut jump = last.is_none();
            if let Some(l) = last {
                if (p.0 - l.0).abs() < min_step && (p.1 - l.1).abs() < min_step {
                    continue;
                }
                jump |= (p.0 - l.0).abs() > wego10_core::offices::projection::WIDTH / 2.0;
            }
            let q = (tenths(p.0), tenths(p.1));
            if jump {
                d.push('M');
                push_pair(&mut d, q.0, q.1);
                drawing = false;
            } else {
                if !drawing {
                    d.push('l');
                    drawing = true;
                }
                push_pair(&mut d, q.0 - at.0, q.1 - at.1);
            }
            at = q;
            last = Some(p);
        }
        if last.is_some() {
            d.push('Z');
        }
    }
    d
}

/// Appends two numbers given in tenths, the shortest way SVG reads back: "-.3.9", "12 4.5".
fn push_pair(d: &mut String, x: i64, y: i64) {
    for v in [x, y] {
        let n = tenths_text(v);
        // A separator is needed unless the sign, or a second decimal point, ends the last number.
        let last_has_point = d
            .rsplit(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '-')
            .next()
            .is_some_and(|t| t.contains('.'));
        let ends_number = d.ends_with(|c: char| c.is_ascii_digit() || c == '.');
        if ends_number && !n.starts_with('-') && !(n.starts_with('.') && last_has_point) {
            d.push(' ');
        }
        d.push_str(&n);
    }
}

/// `v` tenths as SVG number text: 35 → "3.5", -3 → "-.3", 20 → "2".
fn tenths_text(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let (whole, tenth) = (v.abs() / 10, v.abs() % 10);
    match (whole, tenth) {
        (w, 0) => format!("{sign}{w}"),
        (0, t) => format!("{sign}.{t}"),
        (w, t) => format!("{sign}{w}.{t}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOPO: &str = r#"{"type": "Topology",
      "transform": {"scale": [1, 1], "translate": [-10, -10]},
      "objects": {"land": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, -2]]},
        {"type": "Point", "coordinates": [0, 0]}
      ]}},
      "arcs": [[[0, 0], [20, 0], [0, 20]], [[0, 0], [0, 20], [20, 0]]]}"#;

    #[test]
    fn decodes_delta_arcs_and_reversed_arcs_into_rings() {
        let topo: Topology = serde_json::from_str(TOPO).unwrap();
        let rings = topo.rings("land");
        assert_eq!(rings.len(), 1);
        // arc 0: (-10,-10) (10,-10) (10,10); arc ~1 reversed: (10,10) (-10,10) (-10,-10)
        assert_eq!(
            rings[0],
            vec![
                (-10.0, -10.0),
                (10.0, -10.0),
                (10.0, 10.0),
                (-10.0, 10.0),
                (-10.0, -10.0)
            ]
        );
        assert!(topo.rings("nothing").is_empty());
    }

    #[test]
    fn rings_across_the_antimeridian_are_not_drawn_across_the_map() {
        let d = svg_path(
            &[vec![
                (170.0, 60.0),
                (179.9, 61.0),
                (-179.9, 61.5),
                (-170.0, 62.0),
                (170.0, 60.0),
            ]],
            0.5,
        );
        assert_eq!(d.matches('M').count(), 3, "{d}");
    }

    /// Reads path data back the way SVG does: absolute `M`, relative `l` with repeated
    /// pairs, `Z`; numbers end at a space, a sign or a second decimal point.
    fn absolute_points(d: &str) -> Vec<(f64, f64)> {
        let mut numbers: Vec<(char, f64)> = Vec::new();
        let (mut command, mut text) = (' ', String::new());
        let flush = |command: char, text: &mut String, numbers: &mut Vec<(char, f64)>| {
            if !text.is_empty() {
                numbers.push((command, text.parse().unwrap()));
                text.clear();
            }
        };
        for c in d.chars() {
            match c {
                'M' | 'l' | 'Z' => {
                    flush(command, &mut text, &mut numbers);
                    command = c;
                }
                ' ' => flush(command, &mut text, &mut numbers),
                '-' => {
                    flush(command, &mut text, &mut numbers);
                    text.push(c);
                }
                '.' if text.contains('.') => {
                    flush(command, &mut text, &mut numbers);
                    text.push(c);
                }
                _ => text.push(c),
            }
        }
        flush(command, &mut text, &mut numbers);
        let (mut at, mut out) = ((0.0, 0.0), Vec::new());
        for pair in numbers.chunks(2) {
            let (x, y) = (pair[0].1, pair[1].1);
            at = if pair[0].0 == 'M' {
                (x, y)
            } else {
                (at.0 + x, at.1 + y)
            };
            out.push(at);
        }
        out
    }

    #[test]
    fn writes_a_closed_projected_path_of_steps_that_read_back_to_the_points() {
        let topo: Topology = serde_json::from_str(TOPO).unwrap();
        let d = svg_path(&topo.rings("land"), 0.5);
        assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
        assert_eq!(d.matches('M').count(), 1, "{d}");
        let read = absolute_points(&d);
        let expected: Vec<(f64, f64)> = topo.rings("land")[0]
            .iter()
            .map(|&(lon, lat)| project(lat, lon))
            .collect();
        assert_eq!(read.len(), expected.len());
        for (r, e) in read.iter().zip(&expected) {
            assert!(
                (r.0 - e.0).abs() <= 0.051 && (r.1 - e.1).abs() <= 0.051,
                "{r:?} vs {e:?}"
            );
        }
    }

    #[test]
    fn numbers_are_written_short_and_read_back_unambiguously() {
        assert_eq!(tenths_text(35), "3.5");
        assert_eq!(tenths_text(-3), "-.3");
        assert_eq!(tenths_text(20), "2");
        assert_eq!(tenths_text(0), "0");
        let mut d = String::from("l");
        push_pair(&mut d, -3, 9);
        push_pair(&mut d, 5, 120);
        push_pair(&mut d, 3, 4);
        assert_eq!(d, "l-.3.9.5 12 .3.4");
        let mut path = String::from("M");
        push_pair(&mut path, 100, 200);
        path.push_str(&d);
        let read = absolute_points(&path);
        let expected = [(10.0, 20.0), (9.7, 20.9), (10.2, 32.9), (10.5, 33.3)];
        assert_eq!(read.len(), expected.len());
        for (r, e) in read.iter().zip(expected) {
            assert!(
                (r.0 - e.0).abs() < 1e-9 && (r.1 - e.1).abs() < 1e-9,
                "{r:?} vs {e:?}"
            );
        }
    }
}
