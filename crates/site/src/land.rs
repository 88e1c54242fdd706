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

/// The SVG path data of `rings`, projected; points closer than `min_step` SVG units to
/// the previous one are dropped to keep the file small.
pub fn svg_path(rings: &[Vec<(f64, f64)>], min_step: f64) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut last: Option<(f64, f64)> = None;
        let mut n = 0;
        for &(lon, lat) in ring {
            let p = project(lat, lon);
            // A jump across the map is a ring crossing the antimeridian: move, don't draw.
            let mut command = if n == 0 { "M" } else { "L" };
            if let Some(l) = last {
                if (p.0 - l.0).abs() < min_step && (p.1 - l.1).abs() < min_step {
                    continue;
                }
                if (p.0 - l.0).abs() > wego10_core::offices::projection::WIDTH / 2.0 {
                    command = "M";
                }
            }
            d.push_str(&format!("{command}{:.1} {:.1}", p.0, p.1));
            last = Some(p);
            n += 1;
        }
        if n > 0 {
            d.push('Z');
        }
    }
    d
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

    #[test]
    fn writes_a_closed_projected_path() {
        let topo: Topology = serde_json::from_str(TOPO).unwrap();
        let d = svg_path(&topo.rings("land"), 0.5);
        assert!(d.starts_with('M') && d.ends_with('Z'));
        assert_eq!(d.matches('L').count(), 4);
        let (x, y) = project(-10.0, -10.0);
        assert!(d.starts_with(&format!("M{x:.1} {y:.1}")));
    }
}
