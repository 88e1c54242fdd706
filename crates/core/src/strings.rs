//! The words of the interface: those the page's behaviours write in the browser, the
//! shared controls' that the build renders (the header, the bar of an open item, Share,
//! the filters, the Embed dialog, the not-found view), and each section's labels and
//! headings (a module each). One table, so a translation has one place to go. The
//! sections' names, titles and descriptions are their row in `sections`; what the site
//! says about WeGO is in the data and the footer.

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

/// The accessible name of Previous or Next (`which`: its row of `STEPS`) in an open
/// item's bar: the item it opens, or that there is none.
pub fn step_label(which: (&str, &str), noun: &str, target: Option<&str>) -> String {
    match target {
        Some(name) => format!("{} {noun}: {name}", which.0),
        None => format!("{} {noun}", which.1),
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

/// The bar of an open item: Previous and Next as `step_label` names them (and when there
/// is none that way), and their buttons' text.
pub const STEPS: [(&str, &str); 2] = [("Previous", "No previous"), ("Next", "No next")];
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

/// What an item's detail calls its parts, in every section.
pub mod detail {
    pub const SOURCES: &str = "Sources";
    pub const RELATED: &str = "Related";
    pub const NOTE: &str = "Note: ";
    pub const PROGRAMME: &str = "Programme";
    pub const KEY_FIGURES: &str = "Key figures";
    pub const ON_THE_TIMELINE: &str = "On the timeline";
    pub const JUDGED: &str = "Judged";

    /// The "Related" links: an office, an event, an edition, a member (with its part),
    /// a partner, a person.
    pub fn on_the_map(office: &str) -> String {
        format!("On the map: {office}")
    }
    pub fn on_the_timeline(event: &str) -> String {
        format!("On the timeline: {event}")
    }
    pub fn in_the_gallery(edition: &str) -> String {
        format!("In the gallery: {edition}")
    }
    pub fn member(name: &str, part: Option<&str>) -> String {
        match part {
            Some(p) => format!("Member: {name} ({})", p.to_lowercase()),
            None => format!("Member: {name}"),
        }
    }
    pub fn partner(name: &str) -> String {
        format!("Partner: {name}")
    }
    pub fn person(name: &str) -> String {
        format!("Team: {name}")
    }
}

/// The timeline's words (#BACKTRACK).
pub mod timeline {
    pub const SEARCH: (&str, &str) = ("Search events", "Title, place or summary");
    pub const FILTER_BY_CATEGORY: &str = "Filter by category";
    pub const ALL: &str = "All";
    pub const EVENTS: &str = "Events, oldest first";
    pub const YEAR_AXIS: &str = "Jump to a year";

    /// An address under /timeline that is no event.
    pub fn missing(slug: &str) -> String {
        format!("There is no event \"{slug}\" in the timeline.")
    }
}

/// The offices' words (the map and the cards).
pub mod offices {
    pub const SECRETARIAT: &str = "Secretariat";
    pub const REGIONAL_OFFICE: &str = "Regional Office";
    pub const HOST: &str = "Host";
    pub const FORMERLY: &str = "Formerly";
    pub const APPROVED: &str = "Approved";
    pub const OPENED: &str = "Opened";
    pub const NOT_KNOWN: &str = "Not known";
    pub const ADDRESS: &str = "Address";
    pub const NETWORK_IN: &str = "The network in ";
    pub const BY_REGION: &str = "Offices by region";
    pub const SHOW_MEMBER_CITIES: &str = " Show member cities";
    pub const ZOOM_IN: &str = "Zoom in";
    pub const ZOOM_OUT: &str = "Zoom out";
    pub const FIT: &str = "Fit to offices";
    pub const MAP: &str = "World map of the WeGO offices. Plus and minus zoom, arrow keys pan. The list of offices has the same content.";

    /// An address under /offices that is no office.
    pub fn missing(slug: &str) -> String {
        format!("There is no office \"{slug}\".")
    }
}

/// The WeGO Awards' words.
pub mod awards {
    pub const EDITIONS: &str = "Editions";
    pub const WINNERS: &str = "Winners";
    pub const SEARCH: (&str, &str) = ("Search winners", "City, country or project");
    pub const FILTER_BY_CATEGORY: &str = "Filter by category";
    pub const ALL_CATEGORIES: &str = "All categories";
    pub const FILTER_BY_LEVEL: &str = "Filter by level";
    pub const ALL_LEVELS: &str = "All levels";
    /// The winner dialog's Close.
    pub const CLOSE: &str = "Close";
    pub const CATEGORIES: &str = "Categories";
    pub const JUDGES: &str = "Judges";
    pub const PRIZES: &str = "Prizes";
    pub const WHO_CAN_APPLY: &str = "Who can apply";
    pub const KEY_DATES: &str = "Key dates";
    pub const WINNER_NOT_NAMED: &str =
        "The sources we have name the category and the level of this award, but not the winner.";

    pub fn about(edition: &str) -> String {
        format!("About the {edition}")
    }
    pub fn presented(at: &str) -> String {
        format!("Presented: {at}. ")
    }
    /// An address under /awards that is no edition, or under an edition no winner.
    pub fn missing_edition(slug: &str) -> String {
        format!("There is no edition \"{slug}\" of the WeGO Awards.")
    }
    pub fn missing_winner(slug: &str, edition: &str) -> String {
        format!("There is no winner \"{slug}\" in the {edition}.")
    }
}

/// The list sections' words: members, partners, team (search label and placeholder,
/// the list's name, an address that is no item).
pub mod lists {
    pub const MEMBERS_SEARCH: (&str, &str) = ("Search members", "City, country or region");
    pub const MEMBERS_LIST: &str = "Members by region";
    pub fn no_member(slug: &str) -> String {
        format!("There is no member \"{slug}\" in WeGO's story as we have it.")
    }
    pub const PARTNERS_SEARCH: (&str, &str) = ("Search partners", "Name or what it did");
    pub const PARTNERS_LIST: &str = "Partners, by their first year with WeGO";
    pub fn no_partner(slug: &str) -> String {
        format!("There is no partner \"{slug}\".")
    }
    pub const TEAM_SEARCH: (&str, &str) = ("Search people", "Name or role");
    pub const TEAM_LIST: &str = "People, by group";
    pub fn no_person(slug: &str) -> String {
        format!("There is no person \"{slug}\" in the team.")
    }

    pub const FILTER_BY_REGION: (&str, &str) = ("Filter by region", "All regions");
    pub const FILTER_BY_ROLE: (&str, &str) = ("Filter by role", "All roles");
    pub const FILTER_BY_KIND: (&str, &str) = ("Filter by kind", "All kinds");
    pub const FILTER_BY_GROUP: (&str, &str) = ("Filter by group", "Everyone");
    pub const REGION_NOT_GIVEN: &str = "Region not given";
    pub const ON_THE_MAP: &str = "On the map of member cities";
    pub const IN_THE_STORY: &str = "In WeGO's story";
    pub const NO_APPEARANCES: &str =
        "Our sources name this member, but none of the events, awards or offices in this app.";
    pub const COORDINATES: &str = "Coordinates: ";
    pub const ALSO_A_MEMBER: &str = "Also a member of WeGO";
    pub const WEBSITE: &str = "Website";
}

/// The home page's headings, and the embed bar's link.
pub mod home {
    pub const TITLE: &str = "Ten years of WeGO";
    pub const EXPLORE: &str = "Explore the decade";
    pub const FIGURES: &str = "The decade in figures";
    pub const MEMBERS_AND_PARTNERS: &str = "Loyal members & partners";
    pub const TESTIMONIALS: &str = "Testimonials";
    /// The embed bar: its link to the full site, and what screen readers hear after it.
    pub const OPEN_FULL_SITE: (&str, &str) = (" · open the full site", " (opens a new tab)");
}

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
