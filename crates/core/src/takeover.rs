//! What the app checks before it takes a prerendered page over. Hydration walks the
//! nodes under the app's root in document order and expects each to be of the kind the
//! build wrote; a page changed by others first (the browser's translation wraps every
//! text in `<font>` elements, an extension adds an element) would make it panic. The
//! build writes the kinds of those nodes into the boot block; the app compares them
//! with the live page and, where they differ, renders the root afresh instead.

/// The id of the element the app takes over (never `<body>` as a whole: what
/// extensions add around it is ignored).
pub const ROOT_ID: &str = "app";

/// A text node's kind.
pub const TEXT: char = '.';
/// A comment's kind (Leptos' markers are comments).
pub const COMMENT: char = '!';

/// An element's kind: a letter that stands for its tag name (case aside), so that an
/// element another one replaced, or one added in the middle, is found where it is.
pub fn element(tag: &str) -> char {
    const LETTERS: &[u8; 52] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let hash = tag.bytes().fold(7u32, |h, b| {
        h.wrapping_mul(31)
            .wrapping_add(u32::from(b.to_ascii_lowercase()))
    });
    char::from(LETTERS[(hash % 52) as usize])
}

/// Elements whose content the HTML parser reads as one text node.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];
/// Elements whose first newline the HTML parser drops.
const LEADING_NEWLINE: &[&str] = &["pre", "listing", "textarea"];

/// The kinds of the nodes the HTML parser makes of `html` (the content of the app's
/// root as Leptos renders it), in document order: a letter for an element (`element`),
/// `.` for a text, `!` for a comment. Leptos' output is well formed (no implied
/// elements), so the parser's tree has exactly these nodes.
pub fn node_kinds(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut in_text = false;
    // Inside <svg> (foreign content) <title> and <style> hold elements, not raw text.
    let mut svg_depth = 0usize;
    while !rest.is_empty() {
        let markup = rest.starts_with('<')
            && rest[1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '/');
        if !markup {
            let first = rest.chars().next().map_or(1, char::len_utf8);
            let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
            if !in_text {
                out.push(TEXT);
                in_text = true;
            }
            rest = &rest[next..];
            continue;
        }
        in_text = false;
        if let Some(after) = rest.strip_prefix("<!--") {
            out.push(COMMENT);
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
        } else if rest.starts_with("<!") {
            out.push(COMMENT);
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
        } else if let Some(end_tag) = rest.strip_prefix("</") {
            if end_tag
                .get(..3)
                .is_some_and(|t| t.eq_ignore_ascii_case("svg"))
            {
                svg_depth = svg_depth.saturating_sub(1);
            }
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
        } else {
            let name_end = rest[1..]
                .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                .map_or(rest.len(), |i| i + 1);
            let name = rest[1..name_end].to_ascii_lowercase();
            out.push(element(&name));
            let end = tag_end(rest);
            let self_closed = rest[..end].ends_with("/>");
            rest = &rest[end..];
            if name == "svg" && !self_closed {
                svg_depth += 1;
            }
            if LEADING_NEWLINE.contains(&name.as_str()) {
                rest = rest.strip_prefix('\n').unwrap_or(rest);
            }
            if svg_depth == 0 && RAW_TEXT.contains(&name.as_str()) {
                let close = format!("</{name}");
                let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                if end > 0 {
                    out.push(TEXT);
                }
                rest = &rest[end..];
            }
        }
    }
    out
}

/// The byte just after a start tag's `>`, skipping quoted attribute values.
fn tag_end(tag: &str) -> usize {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    tag.len()
}

/// Where the live page's kinds first differ from the build's: the index of the first
/// live node that is not what the build wrote (or the length of the shorter one when
/// one ends early). None when the page is as the build wrote it.
pub fn first_difference(built: &str, live: &str) -> Option<usize> {
    let at = built
        .bytes()
        .zip(live.bytes())
        .position(|(b, l)| b != l)
        .unwrap_or_else(|| built.len().min(live.len()));
    (built.len() != live.len() || at < built.len()).then_some(at)
}

/// True when `<html>`'s classes say the browser has translated the page (Chrome adds
/// `translated-ltr` or `translated-rtl`).
pub fn is_translated(html_classes: &str) -> bool {
    html_classes
        .split_ascii_whitespace()
        .any(|c| c == "translated-ltr" || c == "translated-rtl")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds written with `e` for every element, `t` for a text and `c` for a comment.
    fn plain(html: &str) -> String {
        node_kinds(html)
            .chars()
            .map(|c| match c {
                TEXT => 't',
                COMMENT => 'c',
                _ => 'e',
            })
            .collect()
    }

    #[test]
    fn kinds_of_leptos_output() {
        assert_eq!(plain(""), "");
        assert_eq!(plain("<main><h1>Events</h1></main>"), "eet");
        // Leptos' markers between pieces of text are comments that split the text.
        assert_eq!(plain("<p>Likes<!>: <!>3<!></p>"), "etctctc");
        assert_eq!(plain("<!--hk=1--><p>a</p>"), "cet");
        // Attributes may hold '>' and quotes of the other kind.
        assert_eq!(plain("<a href=\"/x?a>b\" title='say \"hi\"'>go</a>"), "et");
        // Void and self-closed elements have no children.
        assert_eq!(plain("<p>a<br>b<img src=x /></p>"), "etete");
        assert_eq!(
            plain("<svg><path d=\"M0 0\"/><circle r=\"1\"></circle></svg>"),
            "eee"
        );
        // Entities, a lone '<' and any script are text.
        assert_eq!(plain("<p>a &lt; b < c</p>"), "et");
        assert_eq!(plain("<p>São Paulo · 서울</p>é<b>x</b>"), "ettet");
    }

    #[test]
    fn elements_are_told_apart_by_their_tag() {
        assert_eq!(
            node_kinds("<p></p><P></P>"),
            format!("{0}{0}", element("p"))
        );
        assert_ne!(element("p"), element("div"));
        assert_ne!(element("font"), element("span"));
        assert!(element("svg").is_ascii_alphabetic());
    }

    #[test]
    fn raw_text_and_leading_newlines() {
        assert_eq!(plain("<textarea><p>x</p></textarea>"), "et");
        assert_eq!(plain("<textarea></textarea><p></p>"), "ee");
        assert_eq!(plain("<textarea>\n</textarea>"), "e");
        assert_eq!(plain("<pre>\nx</pre>"), "et");
        assert_eq!(plain("<pre>\n</pre>"), "e");
        assert_eq!(plain("<SCRIPT type=x>a<b</script ><p>"), "ete");
        // In SVG a <title> is an element like any other: Leptos' markers are comments there.
        assert_eq!(
            plain("<svg><g><title>Seoul<!>: Secretariat</title></g></svg><title>a<!>b</title>"),
            "eeetctet"
        );
        assert_eq!(plain("<svg/><title>a<!>b</title>"), "eet");
    }

    #[test]
    fn finds_the_first_changed_node() {
        assert_eq!(first_difference("eetet", "eetet"), None);
        // a translated text: the text became an element (the <font>)
        assert_eq!(first_difference("eetet", "eeeetet"), Some(2));
        // an element added at the end, or a node removed
        assert_eq!(first_difference("eet", "eete"), Some(3));
        assert_eq!(first_difference("eete", "eet"), Some(3));
    }

    #[test]
    fn knows_a_translated_page() {
        assert!(is_translated("no-app translated-ltr"));
        assert!(is_translated("translated-rtl"));
        assert!(!is_translated("no-app embed"));
    }
}
