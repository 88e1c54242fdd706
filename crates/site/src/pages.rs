//! The static page of every route and item, written at build time by the native
//! `site-pages` command: each copy of index.html carries its own title, description,
//! canonical URL and share-preview tags, so crawlers (which run no wasm) and plain
//! static hosts both get the right page at the app's own URL.

use crate::cards::{card_path, category_colour, Card, ACCENT, BRAND, HEIGHT, WIDTH};
use wego10_core::data::validate::DataFile;
use wego10_core::data::{AwardsFile, OfficeKind, OfficesFile, Site, TimelineFile};
use wego10_core::routes;
pub use wego10_core::text::escape_html as escape;
use wego10_core::timeline::date_label;

/// What one static page says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The app path, e.g. "/timeline/inaugural-general-assembly-2010".
    pub path: String,
    pub title: String,
    pub description: String,
    /// The section hashtag besides #WeGO10, if the section has one.
    pub hashtag: Option<&'static str>,
    /// The data file the page shows first (preloaded with the wasm).
    pub data_file: &'static str,
    /// Its share-preview card.
    pub card: Card,
}

const MAX_DESCRIPTION: usize = 200;

/// Shortens to at most `MAX_DESCRIPTION` characters at a word boundary.
pub fn clip(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX_DESCRIPTION {
        return text;
    }
    let cut: String = text.chars().take(MAX_DESCRIPTION - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn hashtags(hashtag: Option<&str>) -> String {
    match hashtag {
        Some(h) => format!("#WeGO10 {h}"),
        None => "#WeGO10".into(),
    }
}

/// Every page of the site: the four sections and every event, office and winner.
pub fn all_pages(
    site: &Site,
    timeline: &TimelineFile,
    offices: &OfficesFile,
    awards: &AwardsFile,
) -> Vec<PageMeta> {
    struct P<'a> {
        path: String,
        title: String,
        description: &'a str,
        hashtag: Option<&'static str>,
        data_file: &'static str,
        kicker: String,
        card_title: Option<String>,
        subtitle: Option<String>,
        colour: &'static str,
    }
    let page = |p: P| PageMeta {
        card: Card {
            kicker: p.kicker,
            title: p.card_title.unwrap_or_else(|| p.title.clone()),
            subtitle: p.subtitle,
            colour: p.colour,
            hashtags: hashtags(p.hashtag),
        },
        path: p.path,
        title: p.title,
        description: clip(p.description),
        hashtag: p.hashtag,
        data_file: p.data_file,
    };
    let backtrack = Some("#BACKTRACK");
    let mut pages = vec![
        page(P {
            path: routes::HOME.into(),
            title: "#WeGO10: ten years of WeGO".into(),
            description: &site.tagline,
            hashtag: None,
            data_file: Site::NAME,
            kicker: site.full_name.clone(),
            card_title: None,
            subtitle: Some(site.tagline.clone()),
            colour: BRAND,
        }),
        page(P {
            path: routes::TIMELINE.into(),
            title: "#BACKTRACK: the timeline of WeGO".into(),
            description: "Memorable events and successful programs of WeGO, from the founding forums in Seoul to the 5th General Assembly.",
            hashtag: backtrack,
            data_file: TimelineFile::NAME,
            kicker: "Timeline".into(),
            card_title: None,
            subtitle: Some(plural(timeline.events.len(), "event", "events")),
            colour: BRAND,
        }),
        page(P {
            path: routes::OFFICES.into(),
            title: "Offices: where WeGO works".into(),
            description: "The WeGO Secretariat in Seoul and the Regional Offices around the world, on a map and as a list.",
            hashtag: None,
            data_file: OfficesFile::NAME,
            kicker: "Offices".into(),
            card_title: None,
            subtitle: Some(plural(offices.offices.len(), "office", "offices")),
            colour: ACCENT,
        }),
        page(P {
            path: routes::AWARDS.into(),
            title: "The WeGO Awards".into(),
            description: &awards.about,
            hashtag: None,
            data_file: AwardsFile::NAME,
            kicker: "WeGO Awards".into(),
            card_title: None,
            subtitle: Some(plural(awards.editions.len(), "edition", "editions")),
            colour: BRAND,
        }),
    ];
    for e in &timeline.events {
        let category = timeline
            .categories
            .iter()
            .position(|c| c.id == e.category)
            .unwrap_or(0);
        let when = date_label(e);
        pages.push(page(P {
            path: routes::timeline_event(e.id.as_str()),
            title: format!("{} ({when})", e.title),
            description: &e.summary,
            hashtag: backtrack,
            data_file: TimelineFile::NAME,
            kicker: match timeline.categories.get(category) {
                Some(c) => format!("Timeline · {}", c.label),
                None => "Timeline".into(),
            },
            card_title: Some(e.title.clone()),
            subtitle: Some(match &e.place {
                Some(place) => format!("{when} · {place}"),
                None => when,
            }),
            colour: category_colour(category),
        }));
    }
    for o in &offices.offices {
        pages.push(page(P {
            path: routes::office(o.id.as_str()),
            title: format!("{}, {}: {}", o.city, o.country, o.name),
            description: &o.role,
            hashtag: None,
            data_file: OfficesFile::NAME,
            kicker: format!("Offices · {}", o.region),
            card_title: Some(o.name.clone()),
            subtitle: Some(format!("{}, {}", o.city, o.country)),
            colour: match o.kind {
                OfficeKind::Secretariat => BRAND,
                OfficeKind::Regional => ACCENT,
            },
        }));
    }
    for ed in &awards.editions {
        pages.push(page(P {
            path: routes::awards_edition(ed.id.as_str()),
            title: ed.name.clone(),
            description: &awards.about,
            hashtag: None,
            data_file: AwardsFile::NAME,
            kicker: "WeGO Awards".into(),
            card_title: None,
            subtitle: Some(plural(ed.winners.len(), "winner", "winners")),
            colour: BRAND,
        }));
        for w in &ed.winners {
            let category = ed.categories.iter().position(|c| c.id == w.category);
            let category_name = category.map_or("", |i| ed.categories[i].name.as_str());
            let level = w
                .level
                .as_ref()
                .and_then(|l| ed.levels.iter().find(|x| x.id == *l))
                .map_or("Winner", |l| l.name.as_str());
            let who = match (&w.city, &w.project) {
                (Some(city), Some(project)) => format!("{city}: {project}"),
                (Some(city), None) => city.clone(),
                _ => format!("{category_name} {level}"),
            };
            let fallback;
            let description = match &w.summary {
                Some(s) => s.as_str(),
                None => {
                    fallback = format!(
                        "{level} in {category_name}, {}. The sources we have do not name this winner.",
                        ed.name
                    );
                    &fallback
                }
            };
            pages.push(page(P {
                path: routes::award_winner(ed.id.as_str(), w.id.as_str()),
                title: format!("{who} ({level}, {category_name}, {})", ed.name),
                description,
                hashtag: None,
                data_file: AwardsFile::NAME,
                kicker: ed.name.clone(),
                card_title: Some(who.clone()),
                subtitle: Some(format!("{level} · {category_name}")),
                colour: category_colour(category.unwrap_or(0)),
            }));
        }
    }
    pages
}

/// The absolute URL of an app path: `site_url` is the deploy's public address
/// including any sub-path ("https://example.org/wego10").
pub fn canonical(site_url: &str, path: &str) -> String {
    let base = site_url.trim_end_matches('/');
    if path == "/" {
        format!("{base}/")
    } else {
        format!("{base}{path}")
    }
}

/// index.html with this page's title, description, canonical URL and preview tags.
pub fn render(template: &str, page: &PageMeta, site_url: &str) -> String {
    let title = if page.title.contains("WeGO 10") {
        page.title.clone()
    } else {
        format!("{} · WeGO 10", page.title)
    };
    let url = canonical(site_url, &page.path);
    let image = format!(
        "{}/{}",
        site_url.trim_end_matches('/'),
        card_path(&page.path)
    );
    let (t, d, u, i) = (
        escape(&title),
        escape(&page.description),
        escape(&url),
        escape(&image),
    );
    let alt = escape(&image_alt(page));
    let tags = format!(
        "<link rel=\"preload\" as=\"fetch\" crossorigin href=\"data/{data}\" />\n\
         <link rel=\"canonical\" href=\"{u}\" />\n\
         <meta property=\"og:type\" content=\"website\" />\n\
         <meta property=\"og:site_name\" content=\"WeGO 10\" />\n\
         <meta property=\"og:title\" content=\"{t}\" />\n\
         <meta property=\"og:description\" content=\"{d}\" />\n\
         <meta property=\"og:url\" content=\"{u}\" />\n\
         <meta property=\"og:image\" content=\"{i}\" />\n\
         <meta property=\"og:image:type\" content=\"image/png\" />\n\
         <meta property=\"og:image:width\" content=\"{WIDTH}\" />\n\
         <meta property=\"og:image:height\" content=\"{HEIGHT}\" />\n\
         <meta property=\"og:image:alt\" content=\"{alt}\" />\n\
         <meta name=\"twitter:card\" content=\"summary_large_image\" />\n\
         <meta name=\"twitter:title\" content=\"{t}\" />\n\
         <meta name=\"twitter:description\" content=\"{d}\" />\n\
         <meta name=\"twitter:image\" content=\"{i}\" />\n\
         <meta name=\"twitter:image:alt\" content=\"{alt}\" />\n",
        data = page.data_file,
    );
    let mut html = replace_between(template, "<title>", "</title>", &t);
    html = replace_attr(&html, "<meta name=\"description\" content=\"", &d);
    html.replacen("</head>", &format!("{tags}</head>"), 1)
}

/// What the preview card shows, for screen readers on the sharing site.
pub fn image_alt(page: &PageMeta) -> String {
    let c = &page.card;
    let mut alt = format!("{}: {}", c.kicker, c.title);
    if let Some(sub) = &c.subtitle {
        alt.push_str(&format!(", {sub}"));
    }
    format!("{alt}. {}", c.hashtags)
}

fn replace_between(html: &str, open: &str, close: &str, new: &str) -> String {
    match (html.find(open), html.find(close)) {
        (Some(a), Some(b)) if b > a => format!("{}{open}{new}{}", &html[..a], &html[b..]),
        _ => html.to_owned(),
    }
}

fn replace_attr(html: &str, prefix: &str, new: &str) -> String {
    let Some(a) = html.find(prefix) else {
        return html.to_owned();
    };
    let start = a + prefix.len();
    let Some(len) = html[start..].find('"') else {
        return html.to_owned();
    };
    format!("{}{new}{}", &html[..start], &html[start + len..])
}

/// The bootstrap script Trunk inlines into index.html, as a file of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct BootFile {
    /// "boot-<hash>.js", in the site's root folder.
    pub name: String,
    pub contents: String,
    /// "sha384-…" for the `integrity` attribute.
    pub integrity: String,
}

/// Moves Trunk's inline `<script type=module>…</script>` into a file, so the pages
/// run under a Content-Security-Policy without 'unsafe-inline'. None if there is none.
pub fn externalize_boot(html: &str, public_url: &str) -> Option<(String, BootFile)> {
    use base64::Engine;
    use sha2::{Digest, Sha384};

    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|i| (i, tag.len())))?;
    let body_start = open.0 + open.1;
    let body_len = html[body_start..].find("</script>")?;
    let contents = html[body_start..body_start + body_len].to_owned();
    let digest = Sha384::digest(contents.as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let file = BootFile {
        name: format!("boot-{hex}.js"),
        integrity: format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        ),
        contents,
    };
    let tag = format!(
        "<script type=\"module\" src=\"{}{}\" integrity=\"{}\" crossorigin></script>",
        public_url, file.name, file.integrity
    );
    let end = body_start + body_len + "</script>".len();
    Some((format!("{}{tag}{}", &html[..open.0], &html[end..]), file))
}

/// Trunk's shell, built once for "/", pointed at another public URL ("/wego10/"): its
/// `<base href>` and every reference to a file of the build's root folder (`files`:
/// the hashed scripts, styles and wasm), quoted or not, in attributes and in the
/// bootstrap's imports and template strings. The wasm and its assets are the same for every public URL, so
/// a sub-path deploy needs no second build.
pub fn rebase_shell(html: &str, public_url: &str, files: &[String]) -> String {
    if public_url == "/" {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(i) = rest.find('/') {
        let (before, at) = rest.split_at(i);
        out.push_str(before);
        let after = &at[1..];
        let quoted_or_attr = out.ends_with(['=', '"', '\'', '`']);
        let base_href = out.ends_with("<base href=") || out.ends_with("<base href=\"");
        // A whole file name: "/app.js" but not "/app.js.map" or "/app.json".
        let file = files.iter().find(|f| {
            after.strip_prefix(f.as_str()).is_some_and(|r| {
                !r.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
            })
        });
        match file {
            Some(f) if quoted_or_attr => {
                out.push_str(public_url);
                out.push_str(f);
                rest = &after[f.len()..];
            }
            _ if base_href && after.starts_with(['"', '>', ' ']) => {
                out.push_str(public_url);
                rest = after;
            }
            _ => {
                out.push('/');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The embed view of a section or item page ("/timeline/x" → "/embed/timeline/x");
/// the home page has none.
pub fn embed_path(path: &str) -> Option<String> {
    (path != routes::HOME).then(|| format!("{}{path}", routes::EMBED))
}

/// The page of an embed view: the same tags (its canonical URL is the full page's),
/// kept out of search results.
pub fn render_embed(template: &str, page: &PageMeta, site_url: &str) -> String {
    render(template, page, site_url).replacen(
        "</head>",
        "<meta name=\"robots\" content=\"noindex\" />\n</head>",
        1,
    )
}

/// Where a page goes in the output folder: "/timeline/x" → "timeline/x/index.html".
pub fn output_path(path: &str) -> String {
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "index.html".into()
    } else {
        format!("{trimmed}/index.html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<html><head><title>Old</title><meta name=\"description\" content=\"old\" /></head><body></body></html>";

    fn meta(title: &str, description: &str) -> PageMeta {
        PageMeta {
            path: "/timeline/x".into(),
            title: title.into(),
            description: description.into(),
            hashtag: None,
            data_file: "timeline.json",
            card: Card {
                kicker: "Timeline".into(),
                title: title.into(),
                subtitle: None,
                colour: BRAND,
                hashtags: "#WeGO10".into(),
            },
        }
    }

    #[test]
    fn points_at_the_card_image_with_its_size_and_preloads_the_data() {
        let html = render(TEMPLATE, &meta("GA", "d"), "https://x.org/sub/");
        assert!(html.contains(
            "<meta property=\"og:image\" content=\"https://x.org/sub/cards/timeline/x.png\" />"
        ));
        assert!(html.contains("og:image:width\" content=\"1200\""));
        assert!(html.contains("og:image:height\" content=\"630\""));
        assert!(html.contains("twitter:image\" content=\"https://x.org/sub/cards/timeline/x.png\""));
        assert!(html.contains("og:image:alt\" content=\"Timeline: GA. #WeGO10\""));
        assert!(html.contains(
            "<link rel=\"preload\" as=\"fetch\" crossorigin href=\"data/timeline.json\" />"
        ));
    }

    #[test]
    fn moves_the_inline_bootstrap_into_a_file_with_an_integrity_hash() {
        let page = "<head><script type=module>import init from\"/a.js\";await init();</script><link rel=x></head>";
        let (html, file) = externalize_boot(page, "/sub/").expect("has an inline module");
        assert_eq!(file.contents, "import init from\"/a.js\";await init();");
        assert!(file.name.starts_with("boot-") && file.name.ends_with(".js"));
        assert!(!html.contains("await init"));
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/sub/{}\" integrity=\"{}\" crossorigin></script>",
            file.name, file.integrity
        )));
        assert!(file.integrity.starts_with("sha384-"));
        // sha384 of the contents, base64: 48 bytes → 64 characters.
        assert_eq!(file.integrity.len(), "sha384-".len() + 64);
        assert!(externalize_boot("<head><script src=a.js></script></head>", "/").is_none());
    }

    #[test]
    fn renders_title_description_canonical_and_cards() {
        let html = render(
            TEMPLATE,
            &meta("Inaugural GA", "Founded in Seoul"),
            "https://example.org/wego10/",
        );
        assert!(html.contains("<title>Inaugural GA · WeGO 10</title>"));
        assert!(html.contains("<meta name=\"description\" content=\"Founded in Seoul\" />"));
        assert!(html
            .contains("<link rel=\"canonical\" href=\"https://example.org/wego10/timeline/x\" />"));
        assert!(html.contains("<meta property=\"og:title\" content=\"Inaugural GA · WeGO 10\" />"));
        assert!(html.contains("twitter:card\" content=\"summary_large_image\""));
        assert!(!html.contains("Old"));
    }

    #[test]
    fn escapes_everything_from_the_data() {
        let html = render(
            TEMPLATE,
            &meta("<script>alert(1)</script>", "\"quoted\" & 'single'"),
            "https://x.org",
        );
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"));
    }

    #[test]
    fn clips_long_descriptions_at_a_word() {
        let long = "word ".repeat(100);
        let c = clip(&long);
        assert!(c.chars().count() <= MAX_DESCRIPTION);
        assert!(c.ends_with("word…"));
        assert_eq!(clip("  short   text "), "short text");
    }

    #[test]
    fn output_paths_and_canonicals() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(
            output_path("/awards/4th/jeju"),
            "awards/4th/jeju/index.html"
        );
        assert_eq!(canonical("https://x.org/", "/"), "https://x.org/");
        assert_eq!(
            canonical("https://x.org/sub", "/offices"),
            "https://x.org/sub/offices"
        );
    }

    #[test]
    fn rebases_the_shell_to_a_sub_path() {
        let files = [
            "app-1.js".to_owned(),
            "app-1_bg.wasm".to_owned(),
            "s-2.css".to_owned(),
        ];
        let shell = "<base href=/><link rel=stylesheet href=/s-2.css integrity=x>\
<link rel=modulepreload href=\"/app-1.js\"><script type=module>import init from\"/app-1.js\";\
await init({module_or_path:`/app-1_bg.wasm`})</script><a href=/timeline>t</a><link href=/s-2.css.map>";
        let sub = rebase_shell(shell, "/wego10/", &files);
        assert_eq!(
            sub,
            "<base href=/wego10/><link rel=stylesheet href=/wego10/s-2.css integrity=x>\
<link rel=modulepreload href=\"/wego10/app-1.js\"><script type=module>import init from\"/wego10/app-1.js\";\
await init({module_or_path:`/wego10/app-1_bg.wasm`})</script><a href=/timeline>t</a><link href=/s-2.css.map>"
        );
        assert_eq!(rebase_shell(shell, "/", &files), shell);
        assert!(rebase_shell("<base href=\"/\">", "/x/", &files).contains("<base href=\"/x/\">"));
    }
}
