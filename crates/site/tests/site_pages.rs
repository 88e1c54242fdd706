//! The static page generator, run as a user runs it: on a copy of a built site's
//! shell with the shipped data. One page (and one embed page and one 1200×630 card)
//! per route and item, with escaped tags and canonical URLs under the site URL.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use wego10_core::data::validate::parse;
use wego10_core::data::{
    AwardsFile, MembersFile, OfficesFile, PartnersFile, TeamFile, TimelineFile,
};
use wego10_core::meta::Loaded;
use wego10_core::sections::{EMBED_STYLES, HOME_STYLES, SECTIONS, SHARED_STYLES};
use wego10_site::pages::all_pages;

/// Trunk's output for index.html: the islands build's shell.
const SHELL: &str = "<!doctype html><html lang=en><head><title>x</title><meta content=\"old\" name=description><base href=/sub/>\
<script type=module>import init from\"/sub/wego10-islands.js\";await init();</script></head><body></body></html>";

/// The shipped data files.
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");

fn shipped<T: wego10_core::data::validate::SerdeFile>() -> T {
    parse::<T>(&std::fs::read_to_string(format!("{DATA}/{}", T::NAME)).unwrap()).unwrap()
}

fn site_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    for f in wego10_core::data::DATA_FILES {
        std::fs::copy(format!("{DATA}/{f}"), dir.join("data").join(f)).unwrap();
    }
    // Trunk's stylesheet links, one a file of style/, each with a rule named after it.
    let mut names: Vec<&str> = [SHARED_STYLES, HOME_STYLES, EMBED_STYLES].concat();
    names.extend(SECTIONS.iter().flat_map(|s| s.styles));
    let mut links = String::new();
    for name in names.iter().collect::<std::collections::BTreeSet<_>>() {
        std::fs::write(
            dir.join(format!("{name}-1.css")),
            format!(".{name}-rule{{}}"),
        )
        .unwrap();
        links.push_str(&format!(
            "<link rel=stylesheet href=/sub/{name}-1.css integrity=sha384-x>"
        ));
    }
    std::fs::write(
        dir.join("index.html"),
        SHELL.replace("</head>", &format!("{links}</head>")),
    )
    .unwrap();
    // What Trunk copies beside the shell: the pages hash and link them.
    for f in [
        "nojs.css",
        "no-app.js",
        "embed-options.js",
        "islands.js",
        "not-found.js",
    ] {
        std::fs::copy(format!("{DATA}/../{f}"), dir.join(f)).unwrap();
    }
    dir
}

fn png_size(path: &Path) -> (u32, u32) {
    let png = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    let n = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (n(16), n(20))
}

#[test]
fn writes_a_page_an_embed_page_and_a_card_per_item() {
    let dir = site_dir("site-pages-test");
    let out = Command::new(env!("CARGO_BIN_EXE_site-pages"))
        .args(["--dist", dir.to_str().unwrap(), "--public-url", "/sub/"])
        .args(["--site-url", "https://example.org/sub"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Every page and file of code has a brotli copy of what it is now; images do not.
    for file in [
        "index.html",
        "timeline/index.html",
        "embed/offices/index.html",
        "404.html",
        "islands.js",
    ] {
        let mut unpacked = Vec::new();
        let br = std::fs::read(dir.join(format!("{file}.br"))).unwrap();
        brotli::BrotliDecompress(&mut &br[..], &mut unpacked).unwrap();
        assert_eq!(unpacked, std::fs::read(dir.join(file)).unwrap(), "{file}");
    }
    assert!(dir.join("cards/home.png").exists());
    assert!(!dir.join("cards/home.png.br").exists());

    // Each page links one stylesheet: the shared files and its section's.
    let sheet_of = |page: &str| {
        let html = std::fs::read_to_string(dir.join(page)).unwrap();
        let sheets: Vec<&str> = html
            .split("<link rel=stylesheet href=/sub/")
            .skip(1)
            .collect();
        assert_eq!(sheets.len(), 1, "{page}");
        let file = sheets[0].split(' ').next().unwrap();
        std::fs::read_to_string(dir.join(file)).unwrap()
    };
    let home = sheet_of("index.html");
    assert!(
        home.contains(".tokens-rule")
            && home.contains(".print-rule")
            && home.contains(".home-rule")
    );
    assert!(!home.contains(".timeline-rule"));
    let timeline_sheet = sheet_of("timeline/index.html");
    assert!(timeline_sheet.contains(".items-rule") && timeline_sheet.contains(".timeline-rule"));
    assert!(!timeline_sheet.contains(".home-rule") && !timeline_sheet.contains(".embed-rule"));
    assert!(sheet_of("embed/timeline/index.html").contains(".embed-rule"));
    let office = sheet_of("offices/chengdu/index.html");
    assert!(office.contains(".offices-rule") && office.contains(".sections-rule"));
    assert!(!sheet_of("404.html").contains(".home-rule"));

    let (timeline, offices, awards) = (
        shipped::<TimelineFile>(),
        shipped::<OfficesFile>(),
        shipped::<AwardsFile>(),
    );
    let (members, partners, team) = (
        shipped::<MembersFile>(),
        shipped::<PartnersFile>(),
        shipped::<TeamFile>(),
    );
    let pages = all_pages(&Loaded {
        timeline: Some(&timeline),
        offices: Some(&offices),
        awards: Some(&awards),
        members: Some(&members),
        partners: Some(&partners),
        team: Some(&team),
    });
    let winners: usize = awards.editions.iter().map(|e| e.winners.len()).sum();
    assert_eq!(
        pages.len(),
        7 + timeline.events.len()
            + offices.offices.len()
            + awards.editions.len()
            + winners
            + members.members.len()
            + partners.partners.len()
            + team.people.len()
    );
    let paths: HashSet<_> = pages.iter().map(|p| p.path.clone()).collect();
    assert_eq!(paths.len(), pages.len(), "every page has its own path");

    for page in &pages {
        let rel = page.path.trim_matches('/');
        let file = dir.join(rel).join("index.html");
        let html =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let canonical = if rel.is_empty() {
            "https://example.org/sub/".to_owned()
        } else {
            format!("https://example.org/sub/{rel}")
        };
        let card = if rel.is_empty() {
            "home".to_owned()
        } else {
            rel.to_owned()
        };
        for needle in [
            format!("<link rel=\"canonical\" href=\"{canonical}\" />"),
            format!("<meta property=\"og:url\" content=\"{canonical}\" />"),
            format!("<meta property=\"og:image\" content=\"https://example.org/sub/cards/{card}.png\" />"),
            "<meta property=\"og:image:width\" content=\"1200\" />".to_owned(),
            "<meta property=\"og:image:height\" content=\"630\" />".to_owned(),
            "<meta name=\"twitter:card\" content=\"summary_large_image\" />".to_owned(),
        ] {
            assert!(html.contains(&needle), "{}: no {needle}", file.display());
        }
        assert!(!html.contains("<title>x</title>"), "{}", file.display());
        // The content, rendered by the app's components.
        let body = &html[html.find("<body>").expect("a body")..];
        assert!(
            body.contains("<main id=\"main\""),
            "{}: no main",
            file.display()
        );
        // The open item's detail is in its own page.
        let segments = rel.split('/').count();
        let detail = match rel.split('/').next() {
            Some("timeline") if segments == 2 => Some("event-detail"),
            Some("offices") if segments == 2 => Some("office-card"),
            Some("awards") if segments == 3 => Some("lightbox"),
            _ => None,
        };
        if let Some(testid) = detail {
            assert!(
                body.contains(&format!("data-testid=\"{testid}\"")),
                "{}: no {testid}",
                file.display()
            );
        }
        // (A winner's card title is composed; unnamed winners show a placeholder.)
        let shown = page.card.title.split(": ").next().unwrap_or_default();
        assert!(
            detail == Some("lightbox") || body.contains(&wego10_core::text::escape_html(shown)),
            "{}: the body does not show {shown:?}",
            file.display()
        );
        assert!(
            html.contains("<html class=\"no-app\""),
            "{}",
            file.display()
        );
        // Every page loads the islands build and no data.
        assert!(html.contains("<script defer src=\"/sub/islands.js\" integrity=\"sha384-"));
        assert!(
            !html.contains("href=\"data/"),
            "{}: reads data",
            file.display()
        );
        assert!(body.contains("<leptos-island"), "{}", file.display());
        // No inline script: the bootstrap is a file with an SRI hash.
        assert!(!html.contains("await init"), "{}", file.display());
        assert!(html.contains("integrity=\"sha384-"), "{}", file.display());
        assert_eq!(
            png_size(&dir.join(format!("cards/{card}.png"))),
            (1200, 630)
        );
        if !rel.is_empty() {
            let embed =
                std::fs::read_to_string(dir.join("embed").join(rel).join("index.html")).unwrap();
            assert!(embed.contains("<meta name=\"robots\" content=\"noindex\" />"));
            assert!(embed.contains(&format!("<link rel=\"canonical\" href=\"{canonical}\" />")));
            // An embed's options are on its <html> before the first paint; pages have none.
            assert!(embed.contains("<script src=\"/sub/embed-options.js\" integrity=\"sha384-"));
            assert!(!html.contains("embed-options.js"));
        }
    }
    let boot: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("boot-") && name.ends_with(".js")
        })
        .collect();
    let boot: Vec<_> = boot
        .iter()
        .map(|b| std::fs::read_to_string(b.path()).unwrap())
        .collect();
    assert_eq!(
        boot,
        ["import init from\"/sub/wego10-islands.js\";await init();"]
    );
    // The not-found page: its view, the islands, and the script that opens the page
    // listing an unknown item, which names every page that lists items.
    let not_found = std::fs::read_to_string(dir.join("404.html")).unwrap();
    assert!(not_found.contains("There is no page at this address."));
    assert!(not_found.contains("<meta name=\"robots\" content=\"noindex\" />"));
    assert!(not_found.contains("<script defer src=\"/sub/islands.js\""));
    assert!(not_found.contains("data-lists=\"/timeline /offices /awards /awards/1st"));
    assert!(
        not_found.contains(" /members /partners /team\""),
        "{not_found}"
    );
    // and each of those pages has its own not-found view, hidden, for that script
    let members = std::fs::read_to_string(dir.join("members/index.html")).unwrap();
    assert!(
        members.contains("There is no member &quot;<span data-missing></span>&quot;")
            || members.contains("There is no member \"<span data-missing></span>\""),
        "{members}"
    );
}

#[test]
fn markup_in_the_data_is_written_as_text() {
    let dir = site_dir("site-pages-markup");
    let site = std::fs::read_to_string(dir.join("data/site.json")).unwrap();
    let mut site: serde_json::Value = serde_json::from_str(&site).unwrap();
    site["campaign"]["title"] = "<script>alert(1)</script> title".into();
    site["campaign"]["intro"][0] = "<img src=x onerror=alert(1)> intro".into();
    site["key_figures"][0]["label"] = "<b>label</b>".into();
    std::fs::write(dir.join("data/site.json"), site.to_string()).unwrap();
    let timeline = std::fs::read_to_string(dir.join("data/timeline.json")).unwrap();
    let mut timeline: serde_json::Value = serde_json::from_str(&timeline).unwrap();
    let event = &mut timeline["events"][0];
    event["title"] = "<script>alert(1)</script> event".into();
    event["summary"] = "<img src=x onerror=alert(1)> summary".into();
    event["place"] = "<b>place</b>".into();
    let id = event["id"].as_str().unwrap().to_owned();
    std::fs::write(dir.join("data/timeline.json"), timeline.to_string()).unwrap();
    let awards = std::fs::read_to_string(dir.join("data/awards.json")).unwrap();
    let mut awards: serde_json::Value = serde_json::from_str(&awards).unwrap();
    let editions = awards["editions"].as_array_mut().unwrap();
    let edition = editions.last_mut().unwrap();
    let edition_id = edition["id"].as_str().unwrap().to_owned();
    let winner = &mut edition["winners"][0];
    winner["project"] = "<script>alert(1)</script> project".into();
    winner["summary"] = "<img src=x onerror=alert(1)> summary".into();
    let winner_page = format!(
        "awards/{edition_id}/{}/index.html",
        winner["id"].as_str().unwrap()
    );
    std::fs::write(dir.join("data/awards.json"), awards.to_string()).unwrap();
    let offices = std::fs::read_to_string(dir.join("data/offices.json")).unwrap();
    let mut offices: serde_json::Value = serde_json::from_str(&offices).unwrap();
    let office = &mut offices["offices"][0];
    office["name"] = "<script>alert(1)</script> office".into();
    office["role"] = "<img src=x onerror=alert(1)> summary".into();
    let office_page = format!("offices/{}/index.html", office["id"].as_str().unwrap());
    std::fs::write(dir.join("data/offices.json"), offices.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_site-pages"))
        .args(["--dist", dir.to_str().unwrap(), "--public-url", "/sub/"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let body = &html[html.find("<body>").unwrap()..];
    assert!(
        body.contains("&lt;script&gt;alert(1)&lt;/script&gt; title"),
        "{body}"
    );
    assert!(
        body.contains("&lt;img src=x onerror=alert(1)&gt; intro"),
        "{body}"
    );
    assert!(body.contains("&lt;b&gt;label&lt;/b&gt;"), "{body}");
    assert!(
        !body.contains("<script>alert")
            && !body.contains("<img src=x")
            && !body.contains("<b>label")
    );
    // The timeline, an event's page, a winner's and an office's, which hold every item's
    // detail.
    let pages = [
        (
            "timeline/index.html".to_owned(),
            "&lt;script&gt;alert(1)&lt;/script&gt; event",
        ),
        (
            format!("timeline/{id}/index.html"),
            "&lt;b&gt;place&lt;/b&gt;",
        ),
        (winner_page, "&lt;script&gt;alert(1)&lt;/script&gt; project"),
        (office_page, "&lt;script&gt;alert(1)&lt;/script&gt; office"),
    ];
    for (page, text) in pages {
        let html = std::fs::read_to_string(dir.join(&page)).unwrap();
        let body = &html[html.find("<body>").unwrap()..];
        assert!(body.contains(text), "{page}: {text}");
        assert!(
            body.contains("&lt;img src=x onerror=alert(1)&gt; summary"),
            "{page}"
        );
        assert!(
            !body.contains("<script>alert")
                && !body.contains("<img src=x")
                && !body.contains("<b>place"),
            "{page}"
        );
    }
}

#[test]
fn invalid_data_stops_the_build_and_leaves_the_site_as_it_was() {
    let from = site_dir("site-pages-invalid");
    let broken = std::fs::read_to_string(from.join("data/timeline.json"))
        .unwrap()
        .replacen(
            "\"category\": \"general-assembly\"",
            "\"category\": \"no-such-category\"",
            1,
        );
    std::fs::write(from.join("data/timeline.json"), broken).unwrap();
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-pages-untouched");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "the site as it was").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_site-pages"))
        .args([
            "--from",
            from.to_str().unwrap(),
            "--dist",
            dist.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // file:line:column: field: message
    let line = err
        .lines()
        .find(|l| l.contains("unknown category \"no-such-category\""))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(line.contains("timeline.json:"), "{line}");
    assert!(line.contains(".category"), "{line}");
    assert_eq!(
        std::fs::read_to_string(dist.join("index.html")).unwrap(),
        "the site as it was"
    );
    assert_eq!(std::fs::read_dir(&dist).unwrap().count(), 1);
    assert!(!Path::new(&format!("{}.partial", dist.display())).exists());
}
