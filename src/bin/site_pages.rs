//! `site-pages --dist DIR [--public-url /sub/] [--site-url https://host/sub]`
//!
//! Run after `trunk build`: writes a copy of DIR/index.html for every route and item
//! (each with its own title, description, canonical URL and preview tags) and
//! DIR/404.html, so deep links load on any static host and share previews work
//! without JavaScript. The data comes from public/data through the app's own model.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wego10::data::validate::{parse, DataFile};
use wego10::data::{AwardsFile, OfficesFile, Site, TimelineFile};
use wego10::pages::{all_pages, output_path, render};

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn load<T: DataFile>(dir: &Path) -> Result<T, String> {
    let path = dir.join(T::NAME);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse::<T>(&text).map_err(|p| {
        p.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn run() -> Result<usize, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = PathBuf::from(arg(&args, "--dist").unwrap_or_else(|| "dist".into()));
    let public_url = arg(&args, "--public-url").unwrap_or_else(|| "/".into());
    let site_url = arg(&args, "--site-url")
        .or_else(|| std::env::var("WEGO_SITE_URL").ok())
        .unwrap_or_else(|| format!("http://127.0.0.1:8080{}", public_url.trim_end_matches('/')));
    let data = dist.join("data");
    let (site, timeline, offices, awards) = (
        load::<Site>(&data)?,
        load::<TimelineFile>(&data)?,
        load::<OfficesFile>(&data)?,
        load::<AwardsFile>(&data)?,
    );
    let template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", dist.display()))?;
    let pages = all_pages(&site, &timeline, &offices, &awards);
    for page in &pages {
        let out = dist.join(output_path(&page.path));
        std::fs::create_dir_all(out.parent().expect("has a parent")).map_err(|e| e.to_string())?;
        std::fs::write(&out, render(&template, page, &site_url))
            .map_err(|e| format!("{}: {e}", out.display()))?;
    }
    // Any other deep link: the app boots and shows its not-found view.
    std::fs::write(dist.join("404.html"), &template).map_err(|e| e.to_string())?;
    Ok(pages.len())
}

fn main() -> ExitCode {
    match run() {
        Ok(n) => {
            println!("site-pages: wrote {n} pages and 404.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site-pages: {e}");
            ExitCode::FAILURE
        }
    }
}
