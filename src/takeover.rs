//! The takeover of a prerendered page: the app's root, whether others changed its nodes
//! since the build wrote them (see `wego10_core::takeover`), and the marks on `<html>`
//! that tell the page, public/no-app.js and the tests how the app is doing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the app takes over (`wego10_core::takeover::ROOT_ID`), created at the
/// end of `<body>` where the page has none (Trunk's own shell, in development).
pub fn root() -> web_sys::HtmlElement {
    let doc = document();
    doc.get_element_by_id(wego10_core::takeover::ROOT_ID)
        .or_else(|| {
            let root = doc.create_element("div").ok()?;
            root.set_id(wego10_core::takeover::ROOT_ID);
            doc.body()?.append_child(&root).ok()?;
            Some(root)
        })
        .and_then(|root| root.dyn_into().ok())
        .expect("a page has a <body>")
}

/// Empties the app's root (the prerendered page, when the app renders afresh).
pub fn clear(root: &web_sys::Element) {
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
}

/// The nodes under `root` in document order, `root` excluded.
fn descendants(root: &web_sys::Node) -> impl Iterator<Item = web_sys::Node> {
    let root = root.clone();
    let mut next = root.first_child();
    std::iter::from_fn(move || {
        let node = next.take()?;
        next = node.first_child().or_else(|| {
            let mut up = Some(node.clone());
            while let Some(n) = up {
                if n.is_same_node(Some(&root)) {
                    return None;
                }
                if let Some(sibling) = n.next_sibling() {
                    return Some(sibling);
                }
                up = n.parent_node();
            }
            None
        });
        Some(node)
    })
}

/// How the nodes under `root` differ from what the build wrote there (`built`, see
/// `wego10_core::takeover`): None when they do not; else a description of the first
/// node that differs, for the console.
pub fn changed_since_build(root: &web_sys::Element, built: &str) -> Option<String> {
    use wego10_core::takeover::{element, first_difference, COMMENT, TEXT};
    let live: String = descendants(root)
        .map(|n| match n.dyn_ref::<web_sys::Element>() {
            Some(el) => element(&el.tag_name()),
            None => match n.node_type() {
                web_sys::Node::TEXT_NODE => TEXT,
                web_sys::Node::COMMENT_NODE => COMMENT,
                _ => '?',
            },
        })
        .collect();
    let at = first_difference(built, &live)?;
    Some(match descendants(root).nth(at) {
        Some(node) => {
            let inside = node
                .parent_element()
                .map(|p| describe(&p))
                .unwrap_or_default();
            format!("{} in {inside}", describe(&node))
        }
        None => format!("{} node(s) missing at the end", built.len() - live.len()),
    })
}

/// "<h2 class=\"title\">", "text \"Events\"" or "comment": a node, for the console.
fn describe(node: &web_sys::Node) -> String {
    match node.dyn_ref::<web_sys::Element>() {
        Some(el) => {
            let class = el.get_attribute("class").unwrap_or_default();
            let id = el.id();
            let mut out = format!("<{}", el.tag_name().to_lowercase());
            if !id.is_empty() {
                out.push_str(&format!(" id=\"{id}\""));
            }
            if !class.is_empty() {
                out.push_str(&format!(" class=\"{class}\""));
            }
            out + ">"
        }
        None if node.node_type() == web_sys::Node::TEXT_NODE => {
            let text: String = node
                .text_content()
                .unwrap_or_default()
                .chars()
                .take(40)
                .collect();
            format!("text {text:?}")
        }
        None => "comment".to_owned(),
    }
}

/// True when `<html>`'s classes say the browser has translated the page.
pub fn is_translated() -> bool {
    document()
        .document_element()
        .is_some_and(|html| wego10_core::takeover::is_translated(&html.class_name()))
}

/// The app has taken the page over: the controls that need it show (style/base.css
/// hides them under `html.no-app`), and `html[data-app=ready]` tells tests and the bench.
pub fn started() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1("no-app");
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The app has stopped (a panic): `<html data-app=stopped>`, on which public/no-app.js
/// turns the page into its no-JavaScript form.
pub fn stopped() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "stopped");
    }
}
