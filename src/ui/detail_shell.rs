//! The detail shell of an islands page: one bar (Previous, Next, Share, Close) and every
//! item's detail, the open one shown (none: the shell hidden). The page has all a visitor
//! can open in its HTML; its behaviour (`islands::ItemsBehaviour`) shows the one the URL
//! names and moves the heading's id ("<testid>-title", which names the shell) to it.

use leptos::prelude::*;

use super::detail_bar::{DetailBar, Share};
use super::item_route::ItemRoute;
use crate::routes;

/// One item's detail in the shell.
pub struct ShellItem {
    pub id: String,
    pub name: String,
    /// Its app path ("/timeline/<id>").
    pub path: String,
    /// Classes of its `<article>` besides `<block>__item` (the timeline's colour).
    pub class: String,
    /// What comes above its heading (the event's date line), if anything.
    pub head: Option<AnyView>,
    /// What comes under its heading.
    pub body: AnyView,
}

/// The shell: `block` names its classes ("detail", "event-detail"), `testid` its test id
/// and its title's id, `noun` the items (Previous/Next's names), `hashtag` what Share
/// adds; `open` is the index of the item shown by the build. A `modal` shell is a dialog
/// (`<block>__dialog`) on a backdrop (`<block>`, hidden while no item is open).
#[component]
pub fn DetailShell(
    route: ItemRoute,
    block: &'static str,
    testid: String,
    noun: &'static str,
    hashtag: Option<&'static str>,
    items: Vec<ShellItem>,
    open: Option<usize>,
    #[prop(optional)] modal: bool,
    /// Close's accessible name, if not "Close the <noun> details".
    #[prop(optional_no_strip)]
    close_label: Option<&'static str>,
    /// Whether the bar has Previous and Next (the offices' has not).
    #[prop(default = true)]
    steps: bool,
) -> impl IntoView {
    let title_id = format!("{testid}-title");
    let backdrop_testid = format!("{testid}-backdrop");
    let shown = open.and_then(|i| items.get(i));
    let neighbour = |i: Option<usize>| {
        let item = items.get(i?)?;
        Some((item.id.clone(), item.name.clone()))
    };
    let neighbours = steps.then(|| match open {
        Some(i) => (neighbour(i.checked_sub(1)), neighbour(Some(i + 1))),
        None => (None, None),
    });
    let share = Share {
        path: shown.map(|i| i.path.clone()).unwrap_or_default(),
        title: shown.map(|i| i.name.clone()).unwrap_or_default(),
        hashtag,
    };
    let shell = view! {
        <section class=if modal { format!("{block}__dialog") } else { block.to_owned() }
            role=modal.then_some("dialog") aria-modal=modal.then_some("true")
            aria-labelledby=title_id.clone() data-testid=testid data-shell hidden=!modal && open.is_none()>
            <DetailBar route block noun neighbours share close_label/>
            {items.into_iter().enumerate().map(|(n, item)| {
                let shown = open == Some(n);
                let (title, description) = page_identity(&item.path);
                let name = item.name.clone();
                view! {
                    <article class=format!("{block}__item {}", item.class) data-detail=item.id data-name=item.name.clone()
                        data-url=routes::absolute_url(&item.path) data-path=item.path.clone()
                        data-page-title=title data-page-description=description hidden=!shown>
                        {item.head}
                        <h2 id=shown.then(|| title_id.clone()) class=format!("{block}__title") tabindex="-1">{name}</h2>
                        {item.body}
                    </article>
                }
            }).collect_view()}
        </section>
    };
    match modal {
        true => view! {
            <div class=block data-testid=backdrop_testid data-backdrop hidden=open.is_none()>{shell}</div>
        }
        .into_any(),
        false => shell.into_any(),
    }
}

/// The document title and description of the page at app path `path` (written by the
/// build: the page's behaviour sets them when it opens or closes an item in place).
pub fn page_identity(path: &str) -> (String, String) {
    let meta = crate::data::use_site_data().page_meta(path);
    (wego10_core::meta::full_title(&meta.title), meta.description)
}
