use leptos::prelude::*;

use super::detail_bar::{DetailBar, Share};
use super::item_route::ItemRoute;

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
    view! {
        <section class="detail" aria-labelledby=labelled_by data-testid=testid>
            <DetailBar route block="detail" noun name_of=Some(name_of) share=Share { path, title, hashtag }/>
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
