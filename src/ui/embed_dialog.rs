use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use crate::dom;
use crate::embed::{snippets, SnippetOptions, Theme};
use crate::routes;

/// "Embed": a modal dialog that writes the snippet for this section (or the open
/// item), with embed.js or as a plain iframe, and copies it. Not shown in embeds.
#[component]
pub fn EmbedButton(
    /// "timeline", "offices" or "awards".
    section: &'static str,
) -> impl IntoView {
    if routes::embed().is_some() {
        return ().into_any();
    }
    let title = wego10_core::sections::by_id(section).map_or(section, |s| s.embed_title);
    let path = wego10_core::sections::by_id(section).map_or("", |s| s.path);
    let islands = routes::islands();
    let params = use_params_map();
    // The open item, from the route's parameters: "x" or "4th/jeju".
    let item = Memo::new(move |_| {
        let p = params.read();
        [p.get("edition"), p.get("slug")]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("/")
    });
    let with_item = RwSignal::new(true);
    let compact = RwSignal::new(false);
    let transparent = RwSignal::new(false);
    let theme = RwSignal::new(Theme::Auto);
    let status = RwSignal::new(String::new());
    let snips = Memo::new(move |_| {
        let options = SnippetOptions {
            item: if with_item.get() {
                item.get()
            } else {
                String::new()
            },
            compact: compact.get(),
            transparent: transparent.get(),
            theme: theme.get(),
        };
        snippets(&routes::absolute_url(""), section, title, &options)
    });
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = move |_| {
        status.set(String::new());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = move |script: bool| {
        let (s, i) = snips.get_untracked();
        let text = if script { s } else { i };
        let what = if script { "script" } else { "iframe" };
        spawn_local(async move {
            let ok = dom::copy_text(&text).await;
            status.set(wego10_core::strings::snippet_copied(ok, what));
        });
    };
    // A snippet with its label and copy button: the script one, or the plain iframe.
    let snippet = move |script: bool, label: &'static str| {
        let kind = if script { "script" } else { "iframe" };
        let id = format!("embed-{kind}");
        view! {
            <label class="embed-dialog__label" for=id.clone()>{label}</label>
            <textarea id=id.clone() class="embed-dialog__code" readonly rows=if script { "5" } else { "3" } spellcheck="false"
                prop:value=move || { let (s, i) = snips.get(); if script { s } else { i } } data-testid=id></textarea>
            <button type="button" class="button" on:click=move |_| copy(script) data-testid=format!("embed-copy-{kind}") data-copy=kind>
                {format!("Copy the {kind} snippet")}
            </button>
        }
    };
    let check = |label: &'static str, signal: RwSignal<bool>, testid: &'static str| {
        view! {
            <label class="embed-dialog__option">
                <input type="checkbox" prop:checked=move || signal.get()
                    on:change=move |ev| signal.set(event_target_checked(&ev)) data-testid=testid/>
                " "{label}
            </label>
        }
    };
    let view = view! {
        <button type="button" class="button button--ghost embed-open" aria-haspopup="dialog" on:click=open data-testid="embed-open">
            "Embed"
        </button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-dialog-title" data-testid="embed-dialog"
            data-path=routes::href(path) data-section=section data-title=title data-site=routes::absolute_url("")>
            <h2 id="embed-dialog-title">"Embed " {title} " on your site"</h2>
            <fieldset class="embed-dialog__options">
                <legend>"Options"</legend>
                // On an islands page the build writes it, hidden: its behaviour shows it
                // (and the item's name) when an item is open.
                {move || (islands || !item.get().is_empty()).then(|| view! {
                    <label class="embed-dialog__option" data-item-option hidden=item.get().is_empty()>
                        <input type="checkbox" prop:checked=move || with_item.get() checked
                            on:change=move |ev| with_item.set(event_target_checked(&ev)) data-testid="embed-with-item"/>
                        " Open on this item (" <span data-item-name>{item.get()}</span> ")"
                    </label>
                })}
                {check("Compact", compact, "embed-compact")}
                {check("Transparent background", transparent, "embed-transparent")}
                <label class="embed-dialog__option">
                    "Theme "
                    <select data-testid="embed-theme" on:change=move |ev| theme.set(Theme::parse(&event_target_value(&ev)))>
                        <option value="auto" selected>"The visitor's (light or dark)"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                    </select>
                </label>
            </fieldset>
            {snippet(true, "With embed.js: loads when scrolled to, fits its content, and keeps the open item in your page's address")}
            {snippet(false, "Without script: a plain iframe, 640 pixels high, for sites that allow no JavaScript")}
            <p class="embed-dialog__status" role="status" data-testid="embed-status">{move || status.get()}</p>
            <button type="button" class="button button--ghost embed-dialog__close" on:click=close>"Close"</button>
        </dialog>
    };
    if islands {
        view! { <crate::islands::EmbedBehaviour>{view}</crate::islands::EmbedBehaviour> }.into_any()
    } else {
        view.into_any()
    }
}
