//! The words of the interface: those the page's behaviours write in the browser, and the
//! shared controls' that the build renders (the header, the bar of an open item, Share,
//! the filters, the Embed dialog, the not-found view). One table, so a translation has
//! one place to go. (The sections' own words are in `sections` and each section's page.)

/// After the Share button copied the page's link (`ok`), or could not (then the link
/// is shown to copy by hand).
pub fn link_copied(ok: bool, url: &str) -> String {
    if ok {
        "Link copied to the clipboard.".to_owned()
    } else {
        format!("Copy this link: {url}")
    }
}

/// After a copy button of the Embed dialog copied its snippet (`kind`: "script" or
/// "iframe"), or could not.
pub fn snippet_copied(ok: bool, kind: &str) -> String {
    if ok {
        format!("The {kind} snippet is copied to the clipboard.")
    } else {
        format!("Select the {kind} snippet and copy it.")
    }
}

/// A filter bar's count of the shown items: "12 members", or with a filter on,
/// "Showing 3 of 12 members". `noun` is (singular, plural).
pub fn shown_count(shown: usize, total: usize, filtered: bool, noun: (&str, &str)) -> String {
    let plural = crate::text::plural;
    if filtered {
        format!("Showing {shown} of {}", plural(total, noun.0, noun.1))
    } else {
        plural(shown, noun.0, noun.1)
    }
}

/// The accessible name of Previous or Next (`which`) in an open item's bar: the item it
/// opens, or that there is none.
pub fn step_label(which: &str, noun: &str, target: Option<&str>) -> String {
    match target {
        Some(name) => format!("{which} {noun}: {name}"),
        None => format!("No {} {noun}", which.to_lowercase()),
    }
}

/// The Share button's accessible name.
pub fn share_label(title: &str) -> String {
    format!("Share “{title}”")
}

/// The timeline's "Show more" button: `next` more of the `rest` matching events not shown.
pub fn show_more(next: usize, rest: usize) -> String {
    format!("Show {next} more of {rest} further events")
}

/// A year of the timeline's axis: it jumps to its first matching event, or has none.
pub fn year_label(year: u16, has_match: bool) -> String {
    if has_match {
        format!("Jump to {year}")
    } else {
        format!("{year}: no matching events")
    }
}

/// The offices' count under the year control: "9 offices", or in an earlier year
/// than the latest, "3 offices in 2012".
pub fn office_count(n: usize, earlier_year: Option<u16>) -> String {
    let count = crate::text::plural(n, "office", "offices");
    match earlier_year {
        Some(y) => format!("{count} in {y}"),
        None => count,
    }
}

/// After an office that opened later than the year shown.
pub fn not_yet_open(year: u16) -> String {
    format!(" Not yet open in {year}")
}

/// The heading of the member layer's list.
pub fn member_cities_on_map(n: usize) -> String {
    format!("Member cities on the map ({n})")
}

/// The link that skips the header.
pub const SKIP_TO_CONTENT: &str = "Skip to content";
/// The header: the home link's name for screen readers, the navigation's name, its
/// first link and the menu button (phones).
pub const HOME_LINK_NAME: &str = "WeGO 10 home";
pub const MAIN_NAVIGATION: &str = "Main";
pub const HOME: &str = "Home";
pub const MENU: &str = "Menu";

/// The bar of an open item.
pub const PREVIOUS: &str = "← Previous";
pub const NEXT: &str = "Next →";
pub const CLOSE: &str = "✕ Close";

/// Close's accessible name in the bar of an open `noun` ("event").
pub fn close_label(noun: &str) -> String {
    format!("Close the {noun} details")
}

/// The Share button, and each network's link.
pub const SHARE: &str = "Share";

/// A share link's accessible name ("Share on X (opens a new tab)").
pub fn share_on(network: &str) -> String {
    format!("Share on {network} (opens a new tab)")
}

/// A filter bar with no matching items: what it says (`plural`: "events") and its way out.
pub fn no_match(plural: &str) -> String {
    format!("No {plural} match these filters.")
}
pub const CLEAR_FILTERS: &str = "Clear the filters";

/// The Embed button and its dialog (`what`: "the timeline").
pub const EMBED: &str = "Embed";
pub fn embed_heading(what: &str) -> String {
    format!("Embed {what} on your site")
}
pub const EMBED_OPTIONS: &str = "Options";
/// Before and after the open item's name.
pub const EMBED_ON_ITEM: (&str, &str) = (" Open on this item (", ")");
pub const EMBED_COMPACT: &str = "Compact";
pub const EMBED_TRANSPARENT: &str = "Transparent background";
pub const EMBED_THEME: &str = "Theme ";
/// The theme's choices: value and label.
pub const EMBED_THEMES: [(&str, &str); 3] = [
    ("auto", "The visitor's (light or dark)"),
    ("light", "Light"),
    ("dark", "Dark"),
];
pub const EMBED_SCRIPT: &str = "With embed.js: loads when scrolled to, fits its content, and keeps the open item in your page's address";
pub const EMBED_IFRAME: &str =
    "Without script: a plain iframe, 640 pixels high, for sites that allow no JavaScript";
/// A copy button's text (`kind`: "script" or "iframe").
pub fn copy_snippet(kind: &str) -> String {
    format!("Copy the {kind} snippet")
}
pub const CLOSE_DIALOG: &str = "Close";

/// The not-found view.
pub const NOT_FOUND: &str = "Not found";
pub const PAGE_NOT_FOUND: &str = "Page not found";
pub const NO_PAGE_HERE: &str = "There is no page at this address.";
pub const MAYBE_MOVED: &str = "The link may be mistyped, or the item may have moved.";
pub const GO_HOME: &str = "Go to the #WeGO10 home page";
pub const EXPLORE_TIMELINE: &str = "Explore the timeline of WeGO's first decade";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_that_could_not_be_copied_is_shown() {
        assert_eq!(link_copied(true, "u"), "Link copied to the clipboard.");
        assert_eq!(
            link_copied(false, "https://x/y"),
            "Copy this link: https://x/y"
        );
    }

    #[test]
    fn a_year_without_a_match_says_so() {
        assert_eq!(year_label(2010, true), "Jump to 2010");
        assert_eq!(year_label(2011, false), "2011: no matching events");
        assert_eq!(show_more(200, 250), "Show 200 more of 250 further events");
    }

    #[test]
    fn the_office_count_names_an_earlier_year() {
        assert_eq!(office_count(1, None), "1 office");
        assert_eq!(office_count(3, Some(2012)), "3 offices in 2012");
    }
}
