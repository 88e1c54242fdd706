//! `site-pages [--from TRUNK_DIR] --dist DIR [--public-url /sub/] [--site-url https://host/sub]
//!  [--data DATA_DIR --only /path,/path]`
//!
//! Run after `trunk build`. With `--from`, copies Trunk's output (built for "/") into DIR
//! and points its shell at the public URL, so one build serves every deploy. Then writes
//! a copy of the shell for every route and item
//! (each with its own title, description, canonical URL and preview tags), the same
//! for its embed view under /embed/, a 1200×630 PNG preview card per page under
//! cards/, and DIR/404.html, so deep links load on any static host and share
//! previews work without JavaScript. It also moves Trunk's inline bootstrap script
//! into a file with an SRI hash (no inline script: a strict CSP works), and last writes
//! a brotli copy of every text file beside it (`precompress`). The data
//! comes from public/data through the app's own model. For tests and the bench, `--data`
//! reads other data files and `--only` writes just the pages named (no embed views,
//! cards or 404.html), e.g. a timeline of 2,000 synthetic events.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use wego10::embed::EmbedOptions;
use wego10::routes::{normalize_base, Env, EMBED};
use wego10_core::data::validate::{parse, SerdeFile};
use wego10_core::data::{
    AwardsFile, MembersFile, OfficesFile, PartnersFile, Site, TeamFile, TimelineFile,
};
use wego10_core::meta::{page_meta, Loaded, PageMeta};
use wego10_core::sections;
use wego10_site::cards::card_path;
use wego10_site::cards::render::CardRenderer;
use wego10_site::pages::{
    all_pages, embed_options_tag, embed_path, externalize_boot, no_app_tags, not_found_tag,
    output_path, rebase_shell, render, render_embed, render_not_found, with_body,
    with_islands_loader,
};
use wego10_site::precompress;
use wego10_site::prerender::{self, Files};
use wego10_site::stylesheet;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// A data file, checked.
fn load<T: SerdeFile>(dir: &Path) -> Result<Arc<T>, String> {
    let path = dir.join(T::NAME);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value = parse::<T>(&text).map_err(|p| {
        p.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    Ok(Arc::new(value))
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
    let data = arg(&args, "--data")
        .map(PathBuf::from)
        .unwrap_or_else(|| from.as_ref().unwrap_or(&dist).join("data"));
    let only: Option<Vec<String>> =
        arg(&args, "--only").map(|o| o.split(',').map(str::to_owned).collect());
    let data = Files {
        site: load::<Site>(&data)?,
        timeline: load::<TimelineFile>(&data)?,
        offices: load::<OfficesFile>(&data)?,
        awards: load::<AwardsFile>(&data)?,
        members: load::<MembersFile>(&data)?,
        partners: load::<PartnersFile>(&data)?,
        team: load::<TeamFile>(&data)?,
    };
    // With --from, the site is written into DIR.partial and takes DIR's place when whole.
    let Some(from) = from else {
        return write_pages(&dist, &public_url, &site_url, &data, only.as_deref())
            .and_then(|n| precompress::dir(&dist).map(|_| n));
    };
    let staging = PathBuf::from(format!("{}.partial", dist.display()));
    let result = copy_build(&from, &staging, &public_url)
        .and_then(|()| write_pages(&staging, &public_url, &site_url, &data, only.as_deref()))
        .and_then(|n| precompress::dir(&staging).map(|_| n));
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

/// Every page, embed page and card, and 404.html, into `dist` (which holds the shell).
fn write_pages(
    dist: &Path,
    public_url: &str,
    site_url: &str,
    data: &Files,
    only: Option<&[String]>,
) -> Result<usize, String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name)).map_err(|e| format!("{}/{name}: {e}", dist.display()))
    };
    let read_text = |name: &str| read(name).map(|b| String::from_utf8_lossy(&b).into_owned());
    let shell = read_text("index.html")?;
    let (template, sheets) = prepare_shell(dist, public_url, shell)?;
    let template = with_islands_loader(&template, public_url, &read("islands.js")?);
    let base = normalize_base(public_url);
    let origin = site_url
        .trim_end_matches('/')
        .strip_suffix(base.as_str())
        .unwrap_or(site_url)
        .to_owned();
    let year = build_year();
    let no_app = no_app_tags(public_url, &read("nojs.css")?, &read("no-app.js")?);
    let embed_head = format!(
        "{no_app}{}",
        embed_options_tag(public_url, &read("embed-options.js")?)
    );
    // Each page's one stylesheet: the shared files and its section's, written once.
    let written = std::cell::RefCell::new(std::collections::HashMap::new());
    let page_stylesheet = |html: &str, path: &str, embed: bool| {
        if sheets.is_empty() {
            return Ok(String::new());
        }
        let mut names: Vec<&str> = sections::SHARED_STYLES.to_vec();
        names.extend(sections::page_styles(path));
        if embed {
            names.extend(sections::EMBED_STYLES);
        }
        if let Some((selector, sheet)) = stylesheet::missed_rules(html, &sheets, &names).first() {
            return Err(format!(
                "{path}: the rule \"{selector}\" of style/{sheet}.css would style it, but the page \
                 does not get that file: move the rule to a shared file, or add the file to the \
                 section's styles in crates/core/src/sections.rs"
            ));
        }
        let key = names.join(" ");
        if let Some(link) = written.borrow().get(&key) {
            return Ok(String::clone(link));
        }
        let (file, css) = stylesheet::page_sheet(&sheets, &names)?;
        write(&dist.join(&file), css.as_bytes())?;
        let link = stylesheet::link_tag(public_url, &file, &css);
        written.borrow_mut().insert(key, link.clone());
        Ok(link)
    };
    prerender::init();
    // The render of the page at `path` (an app path), full site or embed, with `head`.
    let page_html = |html: String, path: &str, embed: bool, head: &str| {
        let url_path = format!("{base}{}{path}", if embed { EMBED } else { "" });
        let env = Env {
            base: base.clone(),
            embed: embed.then(EmbedOptions::default),
            origin: origin.clone(),
            year,
        };
        let body = prerender::render_body(&url_path, env, data);
        let classes: &[&str] = if embed {
            &["no-app", "embed"]
        } else {
            &["no-app"]
        };
        let html = with_body(&html, &body, classes, head);
        let link = page_stylesheet(&html, path, embed)?;
        Ok::<_, String>(html.replacen(stylesheet::PLACE, &link, 1))
    };
    let pages = all_pages(&Loaded {
        timeline: Some(&*data.timeline),
        offices: Some(&*data.offices),
        awards: Some(&*data.awards),
        members: Some(&*data.members),
        partners: Some(&*data.partners),
        team: Some(&*data.team),
    });
    let write_page = |page: &PageMeta| {
        let html = page_html(
            render(&template, page, site_url),
            &page.path,
            false,
            &no_app,
        )?;
        write(&dist.join(output_path(&page.path)), html.as_bytes())
    };
    if let Some(only) = only {
        for page in pages.iter().filter(|p| only.contains(&p.path)) {
            write_page(page)?;
        }
        return Ok(only.len());
    }
    let cards = CardRenderer::new();
    for page in &pages {
        write_page(page)?;
        if let Some(embed) = embed_path(&page.path) {
            let html = page_html(
                render_embed(&template, page, site_url),
                &page.path,
                true,
                &embed_head,
            )?;
            write(&dist.join(output_path(&embed)), html.as_bytes())?;
        }
        write(&dist.join(card_path(&page.path)), &cards.png(&page.card)?)?;
    }
    // Any other address: the not-found page. Its script opens a section's page in place
    // of an unknown item of that section, which then says what was not found.
    let item_pages = wego10_core::routes::item_list_pages(pages.iter().map(|p| p.path.as_str()));
    let not_found_head = format!(
        "{no_app}{}",
        not_found_tag(public_url, &read("not-found.js")?, &item_pages)
    );
    let not_found = page_html(
        render_not_found(&template, &page_meta("/404", &Loaded::default())),
        "/404",
        false,
        &not_found_head,
    )?;
    write(&dist.join("404.html"), not_found.as_bytes())?;
    Ok(pages.len())
}

/// A Trunk shell made ready for the pages: its inline bootstrap moved into a file (the site
/// runs under a strict CSP) and its stylesheets taken out and returned with it (each page
/// gets one stylesheet made of them; Trunk's files of them leave `dist`).
fn prepare_shell(
    dist: &Path,
    public_url: &str,
    mut html: String,
) -> Result<(String, Vec<stylesheet::Sheet>), String> {
    if let Some((out, boot)) = externalize_boot(&html, public_url) {
        write(&dist.join(&boot.name), boot.contents.as_bytes())?;
        html = out;
    }
    let links = stylesheet::links(&html, public_url);
    let read_css = |f: &str| {
        std::fs::read_to_string(dist.join(f)).map_err(|e| format!("{}/{f}: {e}", dist.display()))
    };
    let taken = stylesheet::take(&html, &links, read_css)?;
    for link in &links {
        let _ = std::fs::remove_file(dist.join(&link.file));
    }
    Ok(taken)
}

/// The current year (UTC), for the offices' year control; `SOURCE_DATE_EPOCH` (seconds)
/// fixes it for reproducible builds.
fn build_year() -> u16 {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    year_of_day(secs.div_euclid(86_400))
}

/// The civil year of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
fn year_of_day(days: i64) -> u16 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as u16
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

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_of_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(365), 1971);
        assert_eq!(year_of_day(20_780), 2026); // 2026-11-23
        assert_eq!(year_of_day(20_819), 2027); // 2027-01-01
        assert_eq!(year_of_day(20_818), 2026); // 2026-12-31
    }
}
