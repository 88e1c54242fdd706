use leptos::prelude::*;

/// Sources and credits.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "WeGO 10: the 10th anniversary of WeGO, the World Smart Sustainable Cities Organization "
                "(founded in Seoul in 2010 as the World e-Governments Organization of Cities and Local Governments). "
                "Join the campaign with "<strong>"#WeGO10"</strong>"."
            </p>
            <p>
                "Sources: "
                <a href="http://we-gov.org/wego-10th-anniversary/" rel="noopener">"WeGO: 10th anniversary"</a>", "
                <a href="http://we-gov.org/wego-awards/4th-wego-awards/" rel="noopener">"WeGO: 4th WeGO Awards"</a>", "
                <a href="http://wego.ulregion.ru/news/95.html" rel="noopener">"WeGO Eurasia Regional Office: 4th General Assembly"</a>
                " and the sources named with each item. Where sources disagree, the item says so."
            </p>
            <p>"World map: Natural Earth (public domain). Made with Rust and Leptos; no cookies, no trackers."</p>
        </footer>
    }
}
