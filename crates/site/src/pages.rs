//! The static page of every route and item, written at build time by the native
//! `site-pages` command: each copy of index.html carries its own title, description,
//! canonical URL and share-preview tags, so crawlers (which run no wasm) and plain
//! static hosts both get the right page at the app's own URL.

use crate::cards::{card_path, HEIGHT, WIDTH};
pub use wego10_core::meta::{all_pages, clip, full_title, PageMeta};
use wego10_core::routes;
pub use wego10_core::text::escape_html as escape;

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
    let title = full_title(&page.title);
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
        "<link rel=\"canonical\" href=\"{u}\" />\n\
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
    );
    let mut html = replace_between(template, "<title>", "</title>", &t);
    html = without_meta_description(&html);
    html.replacen(
        "</head>",
        &format!("<meta name=\"description\" content=\"{d}\" />\n{tags}</head>"),
        1,
    )
}

/// The id of the element that holds the page's content, the only child of `<body>`.
const ROOT_ID: &str = "app";

/// The page with the rendered `body` in its root element (the only child of `<body>`),
/// the `head` tags (what the page does when the app does not run, an embed's options)
/// before `</head>`, and `classes` on `<html>` ("no-app" until the islands have started).
pub fn with_body(html: &str, body: &str, classes: &[&str], head: &str) -> String {
    let mut out = html.replacen("</head>", &format!("{head}</head>"), 1);
    if let (Some(open), Some(close)) = (out.find("<body"), out.rfind("</body>")) {
        if let Some(end) = out[open..].find('>').map(|i| open + i + 1) {
            if end <= close {
                out.replace_range(end..close, &format!("<div id=\"{ROOT_ID}\">{body}</div>"));
            }
        }
    }
    if let Some(open) = out.find("<html") {
        let end = open + "<html".len();
        out.insert_str(end, &format!(" class=\"{}\"", classes.join(" ")));
    }
    out
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

/// The page without its `<meta name=description>` tags, however written (Trunk's
/// minifier writes `<meta content="…" name=description>`).
fn without_meta_description(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<meta") {
        let end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = &rest[i..end];
        out.push_str(&rest[..i]);
        if !(tag.contains("name=description") || tag.contains("name=\"description\"")) {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
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

/// A file name that changes with its contents: "boot-1a2b3c4d5e6f7a8b.js" for
/// `stem` "boot" and `ext` "js" (16 hex digits of its SHA-384).
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha384};
    let hex: String = Sha384::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{stem}-{hex}.{ext}")
}

/// The `integrity` value of a file: "sha384-" and the base64 of its SHA-384.
pub fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// What a page does when the app does not run, at the deploy's `public_url`: without
/// JavaScript, the `<noscript>` stylesheet public/nojs.css (`css`, hashed for its
/// integrity); with JavaScript but no app (its wasm blocked or broken), public/no-app.js
/// (`js`), which applies the same stylesheet.
pub fn no_app_tags(public_url: &str, css: &[u8], js: &[u8]) -> String {
    format!(
        "<noscript><link rel=\"stylesheet\" href=\"{public_url}nojs.css\" integrity=\"{}\" crossorigin /></noscript>\
         <script defer src=\"{public_url}no-app.js\" integrity=\"{}\" crossorigin data-nojs=\"{public_url}nojs.css\"></script>",
        integrity(css),
        integrity(js)
    )
}

/// The script of 404.html (public/not-found.js, `js`) that opens the page listing an
/// unknown item in its place, with the pages that list items (`lists`, see
/// `wego10_core::routes::item_list_pages`).
pub fn not_found_tag(public_url: &str, js: &[u8], lists: &[String]) -> String {
    format!(
        "<script defer src=\"{public_url}not-found.js\" integrity=\"{}\" crossorigin data-lists=\"{}\"></script>",
        integrity(js),
        escape(&lists.join(" "))
    )
}

/// The script that puts an embed's options on its `<html>` before the first paint
/// (public/embed-options.js, `js`): in the head of embed pages, not deferred.
pub fn embed_options_tag(public_url: &str, js: &[u8]) -> String {
    format!(
        "<script src=\"{public_url}embed-options.js\" integrity=\"{}\" crossorigin></script>",
        integrity(js)
    )
}

/// Moves Trunk's inline `<script type=module>…</script>` into a file, so the pages
/// run under a Content-Security-Policy without 'unsafe-inline'. None if there is none.
pub fn externalize_boot(html: &str, public_url: &str) -> Option<(String, BootFile)> {
    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|i| (i, tag.len())))?;
    let body_start = open.0 + open.1;
    let body_len = html[body_start..].find("</script>")?;
    let contents = html[body_start..body_start + body_len].to_owned();
    let file = BootFile {
        name: hashed_name("boot", "js", contents.as_bytes()),
        integrity: integrity(contents.as_bytes()),
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

/// The islands build's shell with its loader (public/islands.js, `js`), deferred, in
/// front of the app's module, so it listens before the islands build starts.
pub fn with_islands_loader(html: &str, public_url: &str, js: &[u8]) -> String {
    let tag = format!(
        "<script defer src=\"{public_url}islands.js\" integrity=\"{}\" crossorigin></script>",
        integrity(js)
    );
    match html.find("<script type=\"module\"") {
        Some(i) => format!("{}{tag}{}", &html[..i], &html[i..]),
        None => html.replacen("</head>", &format!("{tag}</head>"), 1),
    }
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

/// 404.html: the not-found page's title and description (the ones the app sets there),
/// kept out of search results; no canonical URL or preview, as it has no address.
pub fn render_not_found(template: &str, page: &PageMeta) -> String {
    let html = replace_between(
        template,
        "<title>",
        "</title>",
        &escape(&full_title(&page.title)),
    );
    without_meta_description(&html).replacen(
        "</head>",
        &format!(
            "<meta name=\"description\" content=\"{}\" />\n<meta name=\"robots\" content=\"noindex\" />\n</head>",
            escape(&page.description)
        ),
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
    use wego10_core::meta::{Card, BRAND, MAX_DESCRIPTION};

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
    fn points_at_the_card_image_with_its_size_and_preloads_no_data() {
        let html = render(TEMPLATE, &meta("GA", "d"), "https://x.org/sub/");
        assert!(html.contains(
            "<meta property=\"og:image\" content=\"https://x.org/sub/cards/timeline/x.png\" />"
        ));
        assert!(html.contains("og:image:width\" content=\"1200\""));
        assert!(html.contains("og:image:height\" content=\"630\""));
        assert!(html.contains("twitter:image\" content=\"https://x.org/sub/cards/timeline/x.png\""));
        assert!(html.contains("og:image:alt\" content=\"Timeline: GA. #WeGO10\""));
        assert!(!html.contains("rel=\"preload\""), "{html}");
    }

    #[test]
    fn the_islands_loader_runs_before_the_app() {
        let shell = "<head><script type=\"module\" src=\"/boot-1.js\"></script></head>";
        let html = with_islands_loader(shell, "/sub/", b"/* js */");
        let loader = html.find("<script defer src=\"/sub/islands.js\" integrity=\"sha384-");
        let module = html.find("<script type=\"module\"");
        assert!(loader.is_some() && loader < module, "{html}");
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
    fn replaces_the_description_trunk_minified() {
        let shell = "<head><meta content=\"old\" name=description><title>x</title></head>";
        let html = render(shell, &meta("T", "new"), "https://x.org");
        assert!(!html.contains("old"), "{html}");
        assert_eq!(html.matches("name=\"description\"").count(), 1, "{html}");
        assert!(html.contains("<meta name=\"description\" content=\"new\" />"));
    }

    #[test]
    fn the_not_found_page_says_so_and_is_not_indexed() {
        let shell = "<head><title>Home</title><meta content=\"home\" name=description></head>";
        let html = render_not_found(
            shell,
            &wego10_core::meta::page_meta("/404", &wego10_core::meta::Loaded::default()),
        );
        assert!(
            html.contains("<title>Not found · WeGO 10</title>"),
            "{html}"
        );
        assert!(!html.contains("home"), "{html}");
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\" />"));
        assert!(!html.contains("canonical"));
    }

    #[test]
    fn the_not_found_script_names_the_pages_that_list_items() {
        let lists = ["/timeline".to_owned(), "/awards/4th".to_owned()];
        let tag = not_found_tag("/sub/", b"/* js */", &lists);
        assert!(tag.starts_with("<script defer src=\"/sub/not-found.js\" integrity=\"sha384-"));
        assert!(
            tag.ends_with("data-lists=\"/timeline /awards/4th\"></script>"),
            "{tag}"
        );
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

    #[test]
    fn puts_the_rendered_body_the_head_tags_and_the_classes_in() {
        let shell = "<!doctype html><html lang=en><head><title>x</title></head><body><noscript>old</noscript></body></html>";
        let nojs = no_app_tags("/sub/", b".no-app button { display: none }", b"/* js */");
        let html = with_body(shell, "<main>Events</main>", &["no-app", "embed"], &nojs);
        assert!(
            html.starts_with("<!doctype html><html class=\"no-app embed\" lang=en>"),
            "{html}"
        );
        assert!(
            html.contains("<body><div id=\"app\"><main>Events</main></div></body>"),
            "{html}"
        );
        assert!(!html.contains("old"));
        assert!(html.contains(&format!("{nojs}</head>")));
        assert!(nojs.starts_with(
            "<noscript><link rel=\"stylesheet\" href=\"/sub/nojs.css\" integrity=\"sha384-"
        ));
        assert!(nojs.contains("<script defer src=\"/sub/no-app.js\" integrity=\"sha384-"));
        assert!(nojs.ends_with("crossorigin data-nojs=\"/sub/nojs.css\"></script>"));
    }
}
