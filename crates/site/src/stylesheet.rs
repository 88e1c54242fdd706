//! One stylesheet per page instead of Trunk's one per file in style/ (ten small
//! render-blocking requests before the first paint), with a fallback for browsers
//! that do not know `light-dark()`.

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
    let value = &tag[start..];
    match value.chars().next()? {
        q @ ('"' | '\'') => value[1..].split(q).next(),
        _ => value
            .split(|c: char| c.is_ascii_whitespace() || c == '>')
            .next(),
    }
}

/// The one stylesheet that replaces Trunk's: its file name and contents, and the shell
/// with one link to it where the first link was.
pub struct Merged {
    pub html: String,
    pub file: String,
    pub css: String,
}

/// Merges the stylesheets `links` names (their contents from `read`, in order) into
/// one file, with the light-dark fallback. None when the shell links one stylesheet or
/// none.
pub fn merge(
    html: &str,
    public_url: &str,
    links: &[Link],
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Option<Merged>, String> {
    if links.len() < 2 {
        return Ok(None);
    }
    let mut css = String::new();
    for link in links {
        css.push_str(&read(&link.file)?);
        css.push('\n');
    }
    let css = with_light_fallback(&css);
    let file = hashed_name("style", "css", css.as_bytes());
    let tag = format!(
        "<link rel=stylesheet href={public_url}{file} integrity={}>",
        integrity(css.as_bytes())
    );
    let mut out = html.replacen(&links[0].tag, &tag, 1);
    for link in &links[1..] {
        out = out.replacen(&link.tag, "", 1);
    }
    Ok(Some(Merged {
        html: out,
        file,
        css,
    }))
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
    fn merges_them_into_one_hashed_file_in_their_order() {
        let found = links(SHELL, "/x/");
        let read = |f: &str| Ok(format!("/*{f}*/"));
        let merged = merge(SHELL, "/x/", &found, read).unwrap().unwrap();
        assert_eq!(
            merged.css,
            "/*tokens-1.css*/\n/*base-2.css*/\n/*print-3.css*/\n"
        );
        assert!(merged.file.starts_with("style-") && merged.file.ends_with(".css"));
        assert_eq!(links(&merged.html, "/x/").len(), 1);
        assert!(merged.html.contains(&format!(
            "rel=icon><link rel=stylesheet href=/x/{} integrity=sha384-",
            merged.file
        )));
        assert!(merged.html.contains("https://cdn.example/y.css"));
        // Once merged, there is nothing left to merge.
        assert!(
            merge(&merged.html, "/x/", &links(&merged.html, "/x/"), read)
                .unwrap()
                .is_none()
        );
        let missing = merge(SHELL, "/x/", &found, |f| Err(format!("{f}: gone")));
        assert_eq!(missing.err().as_deref(), Some("tokens-1.css: gone"));
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
