//! The static page of every route and item, written at build time by the native
//! `site-pages` command: each copy of index.html carries its own title, description,
//! canonical URL and share-preview tags, so crawlers (which run no wasm) and plain
//! static hosts both get the right page at the app's own URL.

use crate::data::{AwardsFile, OfficesFile, Site, TimelineFile};
use crate::routes;
use crate::timeline::logic::date_label;

/// What one static page says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The app path, e.g. "/timeline/inaugural-general-assembly-2010".
    pub path: String,
    pub title: String,
    pub description: String,
    /// The section hashtag besides #WeGO10, if the section has one.
    pub hashtag: Option<&'static str>,
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

/// Every page of the site: the four sections and every event, office and winner.
pub fn all_pages(
    site: &Site,
    timeline: &TimelineFile,
    offices: &OfficesFile,
    awards: &AwardsFile,
) -> Vec<PageMeta> {
    let page = |path: String, title: String, description: &str, hashtag| PageMeta {
        path,
        title,
        description: clip(description),
        hashtag,
    };
    let mut pages = vec![
        page(routes::HOME.into(), "#WeGO10: ten years of WeGO".into(), &site.tagline, None),
        page(
            routes::TIMELINE.into(),
            "#BACKTRACK: the timeline of WeGO".into(),
            "Memorable events and successful programs of WeGO, from the founding forums in Seoul to the 5th General Assembly.",
            Some("#BACKTRACK"),
        ),
        page(
            routes::OFFICES.into(),
            "Offices: where WeGO works".into(),
            "The WeGO Secretariat in Seoul and the Regional Offices around the world, on a map and as a list.",
            None,
        ),
        page(
            routes::AWARDS.into(),
            "The WeGO Awards".into(),
            &awards.about,
            None,
        ),
    ];
    for e in &timeline.events {
        pages.push(page(
            routes::timeline_event(e.id.as_str()),
            format!("{} ({})", e.title, date_label(e)),
            &e.summary,
            Some("#BACKTRACK"),
        ));
    }
    for o in &offices.offices {
        pages.push(page(
            routes::office(o.id.as_str()),
            format!("{}, {}: {}", o.city, o.country, o.name),
            &o.role,
            None,
        ));
    }
    for ed in &awards.editions {
        pages.push(page(
            routes::awards_edition(ed.id.as_str()),
            ed.name.clone(),
            &awards.about,
            None,
        ));
        for w in &ed.winners {
            let category = ed
                .categories
                .iter()
                .find(|c| c.id == w.category)
                .map_or("", |c| c.name.as_str());
            let level = w
                .level
                .as_ref()
                .and_then(|l| ed.levels.iter().find(|x| x.id == *l))
                .map_or("Winner", |l| l.name.as_str());
            let who = match (&w.city, &w.project) {
                (Some(city), Some(project)) => format!("{city}: {project}"),
                (Some(city), None) => city.clone(),
                _ => format!("{category} {level}"),
            };
            let description = w.summary.clone().unwrap_or_else(|| {
                format!(
                    "{level} in {category}, {}. The sources we have do not name this winner.",
                    ed.name
                )
            });
            pages.push(page(
                routes::award_winner(ed.id.as_str(), w.id.as_str()),
                format!("{who} ({level}, {category}, {})", ed.name),
                &description,
                None,
            ));
        }
    }
    pages
}

/// Escapes text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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
    let (t, d, u) = (escape(&title), escape(&page.description), escape(&url));
    let tags = format!(
        "<link rel=\"canonical\" href=\"{u}\" />\n\
         <meta property=\"og:type\" content=\"website\" />\n\
         <meta property=\"og:site_name\" content=\"WeGO 10\" />\n\
         <meta property=\"og:title\" content=\"{t}\" />\n\
         <meta property=\"og:description\" content=\"{d}\" />\n\
         <meta property=\"og:url\" content=\"{u}\" />\n\
         <meta name=\"twitter:card\" content=\"summary_large_image\" />\n\
         <meta name=\"twitter:title\" content=\"{t}\" />\n\
         <meta name=\"twitter:description\" content=\"{d}\" />\n"
    );
    let mut html = replace_between(template, "<title>", "</title>", &t);
    html = replace_attr(&html, "<meta name=\"description\" content=\"", &d);
    html.replacen("</head>", &format!("{tags}</head>"), 1)
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
        }
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
}
