use leptos::prelude::*;

use crate::data::Source;

/// True for the only links a data file may turn into links: http(s).
pub fn is_web_link(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The sources of an item; only http(s) URLs become links.
#[component]
pub fn SourceList(
    /// The sources to list.
    #[prop(into)]
    sources: Signal<Vec<Source>>,
) -> impl IntoView {
    view! {
        <div class="sources" data-testid="sources">
            <h3>{wego10_core::strings::detail::SOURCES}</h3>
            <ul>
                {move || sources.get().into_iter().map(|s| match s.url.filter(|u| is_web_link(u)) {
                    Some(url) => view! { <li><a href=url rel="noopener noreferrer" target="_blank">{s.label}</a></li> }.into_any(),
                    None => view! { <li>{s.label}</li> }.into_any(),
                }).collect_view()}
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_links_are_links() {
        assert!(is_web_link("https://we-gov.org/"));
        assert!(is_web_link("http://we-gov.org/"));
        assert!(!is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("data:text/html,x"));
        assert!(!is_web_link("//evil.example"));
    }
}
