use leptos::prelude::*;

/// A titled list of links in an item's detail ("On the timeline", "Judged"); nothing when
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
