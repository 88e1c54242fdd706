//! One stylesheet per page instead of Trunk's one per file in style/ (ten small
//! render-blocking requests before the first paint): the shared files and the page's
//! section's (`wego10_core::sections`), with a fallback for browsers that do not know
//! `light-dark()`.

use crate::pages::{hashed_name, integrity};

/// A stylesheet link of Trunk's shell.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The whole `<link …>` tag.
    pub tag: String,
    /// The file it names, relative to the site's root folder ("tokens-1a2b.css").
    pub file: String,
}

/// The stylesheet links of `html`, in order, whose files are in the site's root folder
/// (`href` is `public_url` and a file name).
pub fn links(html: &str, public_url: &str) -> Vec<Link> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<link") {
        let tag_len = rest[i..].find('>').map_or(rest.len() - i, |j| j + 1);
        let tag = &rest[i..i + tag_len];
        let is_sheet = tag.contains("rel=stylesheet") || tag.contains("rel=\"stylesheet\"");
        if let Some(file) = is_sheet
            .then(|| attribute(tag, "href"))
            .flatten()
            .and_then(|href| href.strip_prefix(public_url).map(str::to_owned))
            .filter(|f| !f.contains('/') && f.ends_with(".css"))
        {
            out.push(Link {
                tag: tag.to_owned(),
                file,
            });
        }
        rest = &rest[i + tag_len..];
    }
    out
}

/// An attribute's value in a tag, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}="))? + name.len() + 2;
    value_at(&tag[start..])
}

/// The attribute value `text` starts with (what follows its `=`), quoted or not.
fn value_at(text: &str) -> Option<&str> {
    match text.chars().next()? {
        q @ ('"' | '\'') => text[1..].split(q).next(),
        _ => text
            .split(|c: char| c.is_ascii_whitespace() || c == '>')
            .next(),
    }
}

/// Where a page's one stylesheet link goes in the shell (see `take`).
pub const PLACE: &str = "<!--wego10:stylesheet-->";

/// A stylesheet of Trunk's shell: its name in style/ ("items"), its contents and its
/// selectors with the classes each has.
pub struct Sheet {
    pub name: String,
    pub css: String,
    selectors: Vec<(String, Vec<String>)>,
}

impl Sheet {
    pub fn new(name: &str, css: String) -> Self {
        Self {
            name: name.to_owned(),
            selectors: selectors(&css),
            css,
        }
    }
}

/// The shell with its stylesheet `links` taken out, the first one's place marked with
/// `PLACE`, and the sheets they named in order (their contents from `read`).
pub fn take(
    html: &str,
    links: &[Link],
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(String, Vec<Sheet>), String> {
    let mut out = html.to_owned();
    let mut sheets = Vec::new();
    for (i, link) in links.iter().enumerate() {
        out = out.replacen(&link.tag, if i == 0 { PLACE } else { "" }, 1);
        // Trunk names a file "<name>-<hash>.css".
        let name = link.file.rsplit_once('-').map_or(&*link.file, |(n, _)| n);
        sheets.push(Sheet::new(name, read(&link.file)?));
    }
    Ok((out, sheets))
}

/// A page's one stylesheet: the sheets named `names`, merged in the shell's order with
/// the light-dark fallback, as its file name and contents.
pub fn page_sheet(sheets: &[Sheet], names: &[&str]) -> Result<(String, String), String> {
    if let Some(name) = names.iter().find(|n| !sheets.iter().any(|s| s.name == **n)) {
        return Err(format!(
            "style/{name}.css is not a stylesheet of index.html (crates/core/src/sections.rs names it)"
        ));
    }
    let mut css = String::new();
    for sheet in sheets.iter().filter(|s| names.contains(&s.name.as_str())) {
        css.push_str(&sheet.css);
        css.push('\n');
    }
    let css = with_light_fallback(&css);
    Ok((hashed_name("style", "css", css.as_bytes()), css))
}

/// The link to a page's stylesheet `file` whose contents are `css`.
pub fn link_tag(public_url: &str, file: &str, css: &str) -> String {
    format!(
        "<link rel=stylesheet href={public_url}{file} integrity={}>",
        integrity(css.as_bytes())
    )
}

/// The rules of the sheets not in `names` that would style `html` as the build writes it
/// (every class of the selector is on the page), each with its sheet: the page would
/// miss them. (Classes the behaviours add later are not seen.)
pub fn missed_rules(html: &str, sheets: &[Sheet], names: &[&str]) -> Vec<(String, String)> {
    let used = used_classes(html);
    let mut out = Vec::new();
    for sheet in sheets.iter().filter(|s| !names.contains(&s.name.as_str())) {
        for (selector, classes) in &sheet.selectors {
            if !classes.is_empty() && classes.iter().all(|c| used.contains(c)) {
                out.push((selector.clone(), sheet.name.clone()));
            }
        }
    }
    out
}

/// The classes of `class="…"` (or unquoted) attributes in `html`.
fn used_classes(html: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for part in html.split(" class=").skip(1) {
        let value = value_at(part).unwrap_or_default();
        out.extend(value.split_ascii_whitespace().map(str::to_owned));
    }
    out
}

/// Each selector of `css` (not at-rules) with the class names it has.
fn selectors(css: &str) -> Vec<(String, Vec<String>)> {
    let css = without_comments(css);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                let prelude = css[start..i].trim();
                if !prelude.starts_with('@') {
                    for selector in prelude.split(',') {
                        let classes = selector
                            .split('.')
                            .skip(1)
                            .map(|piece| {
                                piece
                                    .chars()
                                    .take_while(|c| {
                                        c.is_ascii_alphanumeric() || *c == '-' || *c == '_'
                                    })
                                    .collect::<String>()
                            })
                            .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
                            .collect();
                        out.push((selector.trim().to_owned(), classes));
                    }
                }
                start = i + 1;
            }
            '}' | ';' => start = i + 1,
            _ => {}
        }
    }
    out
}

/// `css` without its `/* … */` comments.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// `css` and, where its custom properties use `light-dark(light, dark)`, a block that
/// gives them their light value in browsers without `light-dark()` (before 2024): they
/// would otherwise hold a value nothing can use, and the page would lose its colours.
pub fn with_light_fallback(css: &str) -> String {
    let mut fallback = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("--") {
        let decl = &rest[i..];
        let end = top_level_end(decl);
        let (name, value) = decl[..end].split_once(':').unwrap_or((&decl[..end], ""));
        let is_property = !name.contains(|c: char| c.is_ascii_whitespace() || c == '(');
        if is_property && value.contains("light-dark(") {
            fallback.push_str(&format!("{}:{};", name.trim(), light_values(value).trim()));
        }
        rest = &decl[end.max(2)..];
    }
    if fallback.is_empty() {
        return css.to_owned();
    }
    format!("{css}@supports not (color:light-dark(#000,#fff)){{:root{{color-scheme:light;{fallback}}}}}\n")
}

/// Where a declaration that starts `decl` ends: its `;` or `}` outside parentheses.
fn top_level_end(decl: &str) -> usize {
    let mut depth = 0i32;
    for (i, c) in decl.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' | '}' if depth <= 0 => return i,
            _ => {}
        }
    }
    decl.len()
}

/// `value` with each `light-dark(a, b)` replaced by `a`.
fn light_values(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find("light-dark(") {
        out.push_str(&rest[..i]);
        let args = &rest[i + "light-dark(".len()..];
        let (mut depth, mut comma, mut close) = (0i32, None, args.len());
        for (j, c) in args.char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    close = j;
                    break;
                }
                ')' => depth -= 1,
                ',' if depth == 0 && comma.is_none() => comma = Some(j),
                _ => {}
            }
        }
        out.push_str(args[..comma.unwrap_or(close)].trim());
        rest = args.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<head><link href=/x/favicon-1.svg integrity=sha384-a rel=icon>\
<link href=/x/tokens-1.css integrity=sha384-b rel=stylesheet><link href=/x/base-2.css integrity=sha384-c rel=stylesheet>\
<link rel=\"stylesheet\" href=\"/x/print-3.css\"><link rel=stylesheet href=https://cdn.example/y.css></head>";

    #[test]
    fn finds_trunks_stylesheet_links_in_order() {
        let files: Vec<String> = links(SHELL, "/x/").into_iter().map(|l| l.file).collect();
        assert_eq!(files, ["tokens-1.css", "base-2.css", "print-3.css"]);
    }

    #[test]
    fn takes_them_out_and_merges_a_pages_sheets_in_their_order() {
        let found = links(SHELL, "/x/");
        let read = |f: &str| Ok(format!("/*{f}*/"));
        let (html, sheets) = take(SHELL, &found, read).unwrap();
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["tokens", "base", "print"]);
        assert!(links(&html, "/x/").is_empty());
        assert!(html.contains(&format!(
            "rel=icon>{PLACE}<link rel=stylesheet href=https://cdn.example/y.css>"
        )));
        let (file, css) = page_sheet(&sheets, &["print", "tokens"]).unwrap();
        assert_eq!(css, "/*tokens-1.css*/\n/*print-3.css*/\n");
        assert!(file.starts_with("style-") && file.ends_with(".css"));
        assert_ne!(file, page_sheet(&sheets, &["tokens"]).unwrap().0);
        assert!(link_tag("/x/", &file, &css).starts_with(&format!(
            "<link rel=stylesheet href=/x/{file} integrity=sha384-"
        )));
        let unknown = page_sheet(&sheets, &["tokens", "nope"]);
        assert!(unknown.unwrap_err().contains("style/nope.css"));
        let missing = take(SHELL, &found, |f| Err(format!("{f}: gone")));
        assert_eq!(missing.err().as_deref(), Some("tokens-1.css: gone"));
    }

    #[test]
    fn finds_the_rules_a_page_would_miss() {
        let sheet = |name: &str, css: &str| Sheet::new(name, css.into());
        let sheets = [
            sheet("base", "a{color:red}.card,.chip:hover{padding:0.5rem}"),
            sheet(
                "timeline",
                "@media (min-width:900px){.event-card .x{flex:0 0 14rem}}",
            ),
            sheet(
                "awards",
                "@media print{.lightbox,/* not .lightbox */.filters{display:none}}html.embed .card{top:.5em}",
            ),
        ];
        let html = r#"<li class="event-card card"><b class=x>1</b><i class="filters">"#;
        // the print rule for .filters in awards' sheet would apply (its comment is no
        // selector); html.embed's would not
        assert_eq!(
            missed_rules(html, &sheets, &["base", "timeline"]),
            [(".filters".to_owned(), "awards".to_owned())]
        );
        assert!(missed_rules(html, &sheets, &["base", "timeline", "awards"]).is_empty());
        assert_eq!(
            missed_rules(html, &sheets, &["base", "awards"]),
            [(".event-card .x".to_owned(), "timeline".to_owned())]
        );
    }

    #[test]
    fn tokens_in_light_dark_get_their_light_value_where_it_is_unknown() {
        let css = ":root{color-scheme:light dark;--a:light-dark(#fff,#000);--b:4px;\
--s:0 1px light-dark(rgb(1 2 3/.5),rgb(0 0 0/.4)),0 2px light-dark(red , blue)}.x{color:var(--a)}";
        assert_eq!(
            with_light_fallback(css),
            format!(
                "{css}@supports not (color:light-dark(#000,#fff)){{:root{{color-scheme:light;\
--a:#fff;--s:0 1px rgb(1 2 3/.5),0 2px red;}}}}\n"
            )
        );
        assert_eq!(with_light_fallback(".x{color:red}"), ".x{color:red}");
    }
}
