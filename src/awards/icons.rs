use leptos::prelude::*;

/// A small icon for an award category, shipped with the app (no external images).
/// Decorative: the category's name is always written next to it.
#[component]
pub fn CategoryIcon(
    /// The category id.
    id: String,
) -> impl IntoView {
    let d = match id.as_str() {
        // columns of a public building
        "efficient-government" => "M3 9l9-5 9 5v1H3zM5 11h2v7H5zm4 0h2v7H9zm4 0h2v7h-2zm4 0h2v7h-2zM3 19h18v2H3z",
        // a chip
        "emerging-technology" => "M8 4h2v2h4V4h2v2h2v2h2v2h-2v4h2v2h-2v2h-2v2h-2v-2h-4v2H8v-2H6v-2H4v-2h2v-4H4V8h2V6h2zm0 4v8h8V8zm2 2h4v4h-4z",
        // a bus
        "mobility" => "M6 3h12a2 2 0 0 1 2 2v11a2 2 0 0 1-1 1.7V20h-3v-2H8v2H5v-2.3A2 2 0 0 1 4 16V5a2 2 0 0 1 2-2zm0 3v5h12V6zm1 8a1.5 1.5 0 1 0 0 .01zm10 0a1.5 1.5 0 1 0 0 .01z",
        // people
        "open-and-inclusive-city" => "M8 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm8 0a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2 19c0-3.3 2.7-6 6-6s6 2.7 6 6v1H2zm12.5-5.5A6 6 0 0 1 22 19v1h-6v-1c0-2-.6-3.9-1.5-5.5z",
        // a shield
        "safe-city" => "M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5zm-1 13l6-6-1.4-1.4-4.6 4.6-2.1-2.1L7.5 11.5z",
        // a leaf
        "sustainable-city" => "M20 3c0 9-5 15-12 15-1 0-2 0-3-.4L3.4 21 2 19.6l3.2-3.2C4.4 15.3 4 14 4 12.5 4 7 9 3 20 3zM8 15c2-3 5-6 9-8-4 1-8 4-10 7z",
        // a medal, for the categories of earlier editions
        _ => "M7 2h10l-3 6h-4zm5 7a6 6 0 1 1 0 12 6 6 0 0 1 0-12zm0 3l1.2 2.4 2.6.4-1.9 1.8.5 2.6-2.4-1.2-2.4 1.2.5-2.6-1.9-1.8 2.6-.4z",
    };
    view! {
        <svg class="category-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=d fill="currentColor"/>
        </svg>
    }
}
