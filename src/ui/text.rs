use leptos::prelude::*;

/// Paragraphs of text from the data, as `<p>`s (text, never HTML).
pub fn paragraphs(texts: &[String]) -> impl IntoView + use<> {
    texts
        .iter()
        .map(|p| view! { <p>{p.clone()}</p> })
        .collect_view()
}
