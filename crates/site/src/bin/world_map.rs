//! `cargo run --bin world-map`: writes public/map/land.svg, the world's land outlines
//! (Natural Earth 1:110m, public domain, from the npm package world-atlas) projected with
//! the app's Equal Earth projection. Run it after changing the projection; the result is
//! committed, so builds need neither the npm package nor this step.

use wego10_core::offices::projection::{HEIGHT, WIDTH};
use wego10_site::land::{svg_path, Topology};

fn main() -> Result<(), String> {
    let root = wego10_site::project_root();
    let source = root.join("node_modules/world-atlas/land-110m.json");
    let text = std::fs::read_to_string(&source)
        .map_err(|e| format!("{}: {e} (run npm ci first)", source.display()))?;
    let topo: Topology =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let d = svg_path(&topo.rings("land"), 0.6);
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH:.0} {HEIGHT:.1}\" width=\"{WIDTH:.0}\" height=\"{HEIGHT:.1}\">\
<!-- Natural Earth 1:110m land (public domain) via world-atlas 2.0.2; Equal Earth projection. -->\
<path fill=\"#dfe6f0\" stroke=\"#b4c0d3\" stroke-width=\"0.6\" d=\"{d}\"/></svg>\n"
    );
    let out = root.join("public/map/land.svg");
    std::fs::create_dir_all(out.parent().expect("has a parent")).map_err(|e| e.to_string())?;
    std::fs::write(&out, &svg).map_err(|e| e.to_string())?;
    println!("world-map: wrote {} ({} bytes)", out.display(), svg.len());
    Ok(())
}
