use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wego10_core::strings;

use crate::routes;

/// "Embed": a modal dialog that writes the snippet for this section (or the open
/// item), with embed.js or as a plain iframe, and copies it. Not shown in embeds. The
/// build writes the dialog; `islands::EmbedBehaviour` opens it, writes the snippets as
/// the options change and copies them.
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
    // The open item, from the route's parameters: "x" or "4th/jeju".
    let item = {
        let p = use_params_map().read_untracked();
        [p.get("edition"), p.get("slug")]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("/")
    };
    // A snippet with its label and copy button: the script one, or the plain iframe.
    let snippet = move |script: bool, label: &'static str| {
        let kind = if script { "script" } else { "iframe" };
        let id = format!("embed-{kind}");
        view! {
            <label class="embed-dialog__label" for=id.clone()>{label}</label>
            <textarea id=id.clone() class="embed-dialog__code" readonly rows=if script { "5" } else { "3" } spellcheck="false"
                data-testid=id></textarea>
            <button type="button" class="button" data-testid=format!("embed-copy-{kind}") data-copy=kind>
                {strings::copy_snippet(kind)}
            </button>
        }
    };
    let check = |label: &'static str, testid: &'static str| {
        view! {
            <label class="embed-dialog__option">
                <input type="checkbox" data-testid=testid/>
                " "{label}
            </label>
        }
    };
    view! {
        <crate::islands::EmbedBehaviour>
            <button type="button" class="button button--ghost embed-open" aria-haspopup="dialog" data-testid="embed-open">
                {strings::EMBED}
            </button>
            <dialog class="embed-dialog" aria-labelledby="embed-dialog-title" data-testid="embed-dialog"
                data-path=routes::href(path) data-section=section data-title=title data-site=routes::absolute_url("")>
                <h2 id="embed-dialog-title">{strings::embed_heading(title)}</h2>
                <fieldset class="embed-dialog__options">
                    <legend>{strings::EMBED_OPTIONS}</legend>
                    // Shown (with the item's name) while an item is open.
                    <label class="embed-dialog__option" data-item-option hidden=item.is_empty()>
                        <input type="checkbox" checked data-testid="embed-with-item"/>
                        {strings::EMBED_ON_ITEM.0}<span data-item-name>{item.clone()}</span>{strings::EMBED_ON_ITEM.1}
                    </label>
                    {check(strings::EMBED_COMPACT, "embed-compact")}
                    {check(strings::EMBED_TRANSPARENT, "embed-transparent")}
                    <label class="embed-dialog__option">
                        {strings::EMBED_THEME}
                        <select data-testid="embed-theme">
                            {strings::EMBED_THEMES.map(|(value, label)| view! {
                                <option value=value selected=value == "auto">{label}</option>
                            })}
                        </select>
                    </label>
                </fieldset>
                {snippet(true, strings::EMBED_SCRIPT)}
                {snippet(false, strings::EMBED_IFRAME)}
                <p class="embed-dialog__status" role="status" data-testid="embed-status"></p>
                <button type="button" class="button button--ghost embed-dialog__close">{strings::CLOSE_DIALOG}</button>
            </dialog>
        </crate::islands::EmbedBehaviour>
    }
    .into_any()
}
