//! `site-pages --dist DIR [--public-url /sub/] [--site-url https://host/sub]`
//!
//! Run after `trunk build`: writes a copy of DIR/index.html for every route and item
//! (each with its own title, description, canonical URL and preview tags), the same
//! for its embed view under /embed/, a 1200×630 PNG preview card per page under
//! cards/, and DIR/404.html, so deep links load on any static host and share
//! previews work without JavaScript. It also moves Trunk's inline bootstrap script
//! into a file with an SRI hash (no inline script: a strict CSP works). The data
//! comes from public/data through the app's own model.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wego10::cards::card_path;
use wego10::cards::render::CardRenderer;
use wego10::data::validate::{parse, DataFile};
use wego10::data::{AwardsFile, OfficesFile, Site, TimelineFile};
use wego10::pages::{all_pages, embed_path, externalize_boot, output_path, render, render_embed};

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
    let mut template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", dist.display()))?;
    // Trunk inlines its bootstrap; a file of its own lets the site run under a strict CSP.
    if let Some((html, boot)) = externalize_boot(&template, &public_url) {
        write(&dist.join(&boot.name), boot.contents.as_bytes())?;
        template = html;
    }
    let pages = all_pages(&site, &timeline, &offices, &awards);
    let cards = CardRenderer::new();
    for page in &pages {
        write(
            &dist.join(output_path(&page.path)),
            render(&template, page, &site_url).as_bytes(),
        )?;
        if let Some(embed) = embed_path(&page.path) {
            write(
                &dist.join(output_path(&embed)),
                render_embed(&template, page, &site_url).as_bytes(),
            )?;
        }
        write(&dist.join(card_path(&page.path)), &cards.png(&page.card)?)?;
    }
    // Any other deep link: the app boots and shows its not-found view.
    write(&dist.join("404.html"), template.as_bytes())?;
    Ok(pages.len())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::create_dir_all(path.parent().expect("has a parent")).map_err(|e| e.to_string())?;
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn main() -> ExitCode {
    match run() {
        Ok(n) => {
            println!("site-pages: wrote {n} pages, their embed views and 1200×630 preview cards, and 404.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site-pages: {e}");
            ExitCode::FAILURE
        }
    }
}
