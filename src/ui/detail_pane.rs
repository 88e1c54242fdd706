use leptos::prelude::*;

use super::item_route::ItemRoute;
use super::share_button::ShareButton;

/// The open item of a list section: Previous/Next among the shown items, Share, Close,
/// its heading (focus moves there) and `children`. It stays mounted while the visitor
/// steps: the heading and the children's fields change in place.
#[component]
pub fn DetailPane(
    route: ItemRoute,
    /// The items' noun ("member"): the names of Previous and Next, and the pane's ids
    /// ("member-card", its heading "member-card-title").
    noun: &'static str,
    /// The campaign hashtag Share adds.
    hashtag: Option<&'static str>,
    /// The item's heading.
    #[prop(into)]
    title: Signal<String>,
    /// The item's app path (what Share shares).
    #[prop(into)]
    path: Signal<String>,
    /// The name of an item by id (for Previous/Next's names).
    name_of: Callback<String, Option<String>>,
    children: Children,
) -> impl IntoView {
    let testid = format!("{noun}-card");
    let title_id = format!("{testid}-title");
    let labelled_by = title_id.clone();
    let neighbours = Memo::new(move |_| {
        let (p, n) = route.neighbours();
        (
            p.and_then(|p| name_of.run(p)),
            n.and_then(|n| name_of.run(n)),
        )
    });
    let step = move |delta: i32, label: &'static str, which: &'static str| {
        let target =
            move || neighbours.with(|(p, n)| if delta < 0 { p.clone() } else { n.clone() });
        view! {
            <button type="button" class="button button--ghost" disabled=move || target().is_none()
                data-testid=if delta < 0 { "prev" } else { "next" }
                aria-label=move || match target() {
                    Some(t) => format!("{which} {noun}: {t}"),
                    None => format!("No {} {noun}", which.to_lowercase()),
                }
                on:click=move |_| route.step(delta)>{label}</button>
        }
    };
    view! {
        <section class="detail" aria-labelledby=labelled_by data-testid=testid>
            <div class="detail__bar">
                {step(-1, "← Previous", "Previous")}
                {step(1, "Next →", "Next")}
                <ShareButton path title hashtag/>
                <button type="button" class="button button--ghost detail__close" data-testid="close"
                    aria-label=format!("Close the {noun} details") on:click=move |_| route.close()>"✕ Close"</button>
            </div>
            <h2 id=title_id class="detail__title" tabindex="-1" node_ref=route.title>{title}</h2>
            {children()}
        </section>
    }
}

/// A titled list of links in a detail pane ("On the timeline", "Judged"); nothing when
/// there are none. `links` are (href, text).
pub fn link_list(
    heading: &'static str,
    testid: &'static str,
    links: Vec<(String, String)>,
) -> Option<impl IntoView + use<>> {
    (!links.is_empty()).then(|| {
        view! {
            <h3>{heading}</h3>
            <ul class="detail__list" data-testid=testid>
                {links.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
            </ul>
        }
    })
}
