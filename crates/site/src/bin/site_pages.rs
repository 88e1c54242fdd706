//! `site-pages [--from TRUNK_DIR] --dist DIR [--public-url /sub/] [--site-url https://host/sub]`
//!
//! Run after `trunk build`. With `--from`, copies Trunk's output (built for "/") into DIR
//! and points its shell at the public URL, so one build serves every deploy. Then writes
//! a copy of the shell for every route and item
//! (each with its own title, description, canonical URL and preview tags), the same
//! for its embed view under /embed/, a 1200×630 PNG preview card per page under
//! cards/, and DIR/404.html, so deep links load on any static host and share
//! previews work without JavaScript. It also moves Trunk's inline bootstrap script
//! into a file with an SRI hash (no inline script: a strict CSP works). The data
//! comes from public/data through the app's own model.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wego10_core::data::validate::{parse, DataFile};
use wego10_core::data::{AwardsFile, OfficesFile, Site, TimelineFile};
use wego10_site::cards::card_path;
use wego10_site::cards::render::CardRenderer;
use wego10_site::pages::{
    all_pages, embed_path, externalize_boot, output_path, rebase_shell, render, render_embed,
};

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
    let from = arg(&args, "--from").map(PathBuf::from);
    // The data is checked before anything is written: a file that does not validate
    // stops the build with the validator's messages and leaves DIR as it was.
    let data = from.as_ref().unwrap_or(&dist).join("data");
    let (site, timeline, offices, awards) = (
        load::<Site>(&data)?,
        load::<TimelineFile>(&data)?,
        load::<OfficesFile>(&data)?,
        load::<AwardsFile>(&data)?,
    );
    // With --from, the site is written into DIR.partial and takes DIR's place when whole.
    let Some(from) = from else {
        return write_pages(
            &dist,
            &public_url,
            &site_url,
            &(site, timeline, offices, awards),
        );
    };
    let staging = PathBuf::from(format!("{}.partial", dist.display()));
    let result = copy_build(&from, &staging, &public_url).and_then(|()| {
        write_pages(
            &staging,
            &public_url,
            &site_url,
            &(site, timeline, offices, awards),
        )
    });
    match result {
        Ok(n) => {
            if dist.exists() {
                std::fs::remove_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
            }
            std::fs::rename(&staging, &dist).map_err(|e| format!("{}: {e}", dist.display()))?;
            Ok(n)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

type Data = (Site, TimelineFile, OfficesFile, AwardsFile);

/// Every page, embed page and card, and 404.html, into `dist` (which holds the shell).
fn write_pages(
    dist: &Path,
    public_url: &str,
    site_url: &str,
    data: &Data,
) -> Result<usize, String> {
    let (site, timeline, offices, awards) = data;
    let mut template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", dist.display()))?;
    // Trunk inlines its bootstrap; a file of its own lets the site run under a strict CSP.
    if let Some((html, boot)) = externalize_boot(&template, public_url) {
        write(&dist.join(&boot.name), boot.contents.as_bytes())?;
        template = html;
    }
    let pages = all_pages(site, timeline, offices, awards);
    let cards = CardRenderer::new();
    for page in &pages {
        write(
            &dist.join(output_path(&page.path)),
            render(&template, page, site_url).as_bytes(),
        )?;
        if let Some(embed) = embed_path(&page.path) {
            write(
                &dist.join(output_path(&embed)),
                render_embed(&template, page, site_url).as_bytes(),
            )?;
        }
        write(&dist.join(card_path(&page.path)), &cards.png(&page.card)?)?;
    }
    // Any other deep link: the app boots and shows its not-found view.
    write(&dist.join("404.html"), template.as_bytes())?;
    Ok(pages.len())
}

/// Copies Trunk's output into `dist` (emptied first), with its shell pointed at `public_url`.
fn copy_build(from: &Path, dist: &Path, public_url: &str) -> Result<(), String> {
    let shell = std::fs::read_to_string(from.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e} (run trunk build first)", from.display()))?;
    if dist.exists() {
        std::fs::remove_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    copy_dir(from, dist)?;
    let files: Vec<String> = std::fs::read_dir(from)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    write(
        &dist.join("index.html"),
        rebase_shell(&shell, public_url, &files).as_bytes(),
    )
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(|e| format!("{}: {e}", src.display()))?;
        }
    }
    Ok(())
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
