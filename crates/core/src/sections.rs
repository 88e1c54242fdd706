//! The sections of the site, one row each: what the routes, the page metadata and share
//! cards, the embeds, the validation, the home page, the header and the section pages
//! know of a section. Adding a section is a row here and a component.

use crate::data::validate::DataFile;
use crate::data::{AwardsFile, MembersFile, OfficesFile, PartnersFile, TeamFile, TimelineFile};
use crate::routes;

/// The palette's brand and accent colours (as in style/tokens.css), for share cards.
pub const BRAND: &str = "#0b3d91";
pub const ACCENT: &str = "#00796b";

/// One section of the site.
#[derive(Debug, PartialEq)]
pub struct Section {
    /// Its name: the first segment of its path, the embed's name, the host page's
    /// query parameter ("timeline").
    pub id: &'static str,
    /// Its app path ("/timeline").
    pub path: &'static str,
    /// Its link in the header's navigation.
    pub nav: &'static str,
    /// Its page's heading.
    pub heading: &'static str,
    /// Its campaign hashtag without '#', above the heading and in shares, if it has one.
    pub hashtag: Option<&'static str>,
    /// Its page's title (the document's, the share card's, what is shared).
    pub title: &'static str,
    /// Its page's description (meta description, preview).
    pub description: &'static str,
    /// Its data file.
    pub data_file: &'static str,
    /// Its share card's kicker and band colour.
    pub card: (&'static str, &'static str),
    /// Its items' noun, singular and plural (the share card's count).
    pub noun: (&'static str, &'static str),
    /// What it shows, in "Back to the timeline".
    pub what: &'static str,
    /// The iframe's title that embed.js gives its embed (after "WeGO 10: ").
    pub embed_title: &'static str,
    /// Its entry on the home page: kicker, title, text.
    pub entry: (&'static str, &'static str, &'static str),
    /// Its pages' own stylesheets in style/, by name, beyond `SHARED_STYLES`.
    pub styles: &'static [&'static str],
}

/// The stylesheets in style/ every page gets; each page adds its section's `styles`.
pub const SHARED_STYLES: &[&str] = &["tokens", "base", "layout", "items", "print"];
/// The home page's own stylesheets.
pub const HOME_STYLES: &[&str] = &["home"];
/// What an embed view adds to its section's stylesheets.
pub const EMBED_STYLES: &[&str] = &["embed"];

/// The stylesheets of the page at `path` (an app path, "/offices/chengdu"), beyond the
/// shared ones: its section's, the home page's, or none (the not-found page).
pub fn page_styles(path: &str) -> &'static [&'static str] {
    let id = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    match by_id(id) {
        Some(section) => section.styles,
        None if id.is_empty() => HOME_STYLES,
        None => &[],
    }
}

impl Section {
    /// Where a not-found view in it leads back to: its path, and "Back to the timeline".
    pub fn back(&self) -> (&'static str, String) {
        (self.path, format!("Back to {}", self.what))
    }
}

pub const TIMELINE: Section = Section {
    id: "timeline",
    path: routes::TIMELINE,
    nav: "Timeline",
    heading: "A decade of WeGO",
    hashtag: Some("BACKTRACK"),
    title: "#BACKTRACK: the timeline of WeGO",
    description: "Memorable events and successful programs of WeGO, from the founding forums in Seoul to the 5th General Assembly.",
    data_file: TimelineFile::NAME,
    card: ("Timeline", BRAND),
    noun: ("event", "events"),
    what: "the timeline",
    embed_title: "the timeline of WeGO (#BACKTRACK)",
    entry: ("#BACKTRACK", "Timeline", "Memorable events and successful programs of WeGO, from the founding forums to the 5th General Assembly."),
    styles: &["timeline"],
};

pub const OFFICES: Section = Section {
    id: "offices",
    path: routes::OFFICES,
    nav: "Offices",
    heading: "Where WeGO works",
    hashtag: None,
    title: "Offices: where WeGO works",
    description: "The WeGO Secretariat in Seoul and the Regional Offices around the world, on a map and as a list.",
    data_file: OfficesFile::NAME,
    card: ("Offices", ACCENT),
    noun: ("office", "offices"),
    what: "the offices",
    embed_title: "the map of WeGO's offices",
    entry: ("Secretariat & Regional Offices", "Offices", "Where WeGO works: the Secretariat in Seoul and the Regional Offices on a world map."),
    styles: &["offices", "sections"],
};

/// "/awards/3rd" is titled by its edition, as its static page is.
pub const AWARDS: Section = Section {
    id: "awards",
    path: routes::AWARDS,
    nav: "Awards",
    heading: "The WeGO Awards",
    hashtag: None,
    title: "The WeGO Awards",
    description: "The WeGO Awards recognize smart city projects that use ICT to improve citizens' quality of life: winners, categories, judges and prizes.",
    data_file: AwardsFile::NAME,
    card: ("WeGO Awards", BRAND),
    noun: ("edition", "editions"),
    what: "the awards",
    embed_title: "the WeGO Awards gallery",
    entry: ("WeGO Awards", "Awards", "Smart city projects recognized by the WeGO Awards, with the 4th edition in full."),
    styles: &["awards"],
};

pub const MEMBERS: Section = Section {
    id: "members",
    path: routes::MEMBERS,
    nav: "Members",
    heading: "Members who co-created WeGO's history",
    hashtag: Some("WeGOMEMBERS"),
    title: "#WeGOMEMBERS: the members in WeGO's story",
    description: "The member cities, regions and organizations that co-created WeGO's history, and the events, awards and offices each appears in.",
    data_file: MembersFile::NAME,
    card: ("Members", ACCENT),
    noun: ("member", "members"),
    what: "the members",
    embed_title: "the members in WeGO's story (#WeGOMEMBERS)",
    entry: ("#WeGOMEMBERS", "Loyal members", "The member cities, regions and organizations who co-created WeGO's history, and where each appears in it."),
    styles: &["sections"],
};

pub const PARTNERS: Section = Section {
    id: "partners",
    path: routes::PARTNERS,
    nav: "Partners",
    heading: "Partners who worked with WeGO",
    hashtag: Some("WeGOPARTNERS"),
    title: "#WeGOPARTNERS: the partners of WeGO",
    description: "The organizations that worked with WeGO: what each did with it, in which years, and at which events.",
    data_file: PartnersFile::NAME,
    card: ("Partners", BRAND),
    noun: ("partner", "partners"),
    what: "the partners",
    embed_title: "the partners of WeGO (#WeGOPARTNERS)",
    entry: ("#WeGOPARTNERS", "Partners", "The organizations that worked with WeGO: what each did, in which years, at which events."),
    styles: &["sections"],
};

pub const TEAM: Section = Section {
    id: "team",
    path: routes::TEAM,
    nav: "Team",
    heading: "People who made WeGO successful",
    hashtag: Some("WeGOTEAM"),
    title: "#WeGOTEAM: the people who led WeGO",
    description: "The Secretaries General, the heads of the Regional Offices, the presidents and the judges of the WeGO Awards, with their roles and years.",
    data_file: TeamFile::NAME,
    card: ("Team", ACCENT),
    noun: ("person", "people"),
    what: "the team",
    embed_title: "the people who led WeGO (#WeGOTEAM)",
    entry: ("#WeGOTEAM", "Team", "The people who made the Secretariat and the offices successful, and the judges of the WeGO Awards."),
    styles: &["sections"],
};

/// The sections, in the order of the header's navigation and the home page.
pub const SECTIONS: [&Section; 6] = [&TIMELINE, &OFFICES, &AWARDS, &MEMBERS, &PARTNERS, &TEAM];

/// The section named `id` ("timeline").
pub fn by_id(id: &str) -> Option<&'static Section> {
    SECTIONS.into_iter().find(|s| s.id == id)
}

/// The section whose own page is at `path` ("/timeline").
pub fn by_path(path: &str) -> Option<&'static Section> {
    SECTIONS.into_iter().find(|s| s.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gets_its_sections_stylesheets() {
        assert_eq!(page_styles("/"), HOME_STYLES);
        assert!(page_styles("/404").is_empty());
        assert_eq!(page_styles("/timeline"), &["timeline"]);
        assert_eq!(page_styles("/offices/chengdu"), &["offices", "sections"]);
        assert_eq!(page_styles("/awards/4th/x"), &["awards"]);
        assert_eq!(page_styles("/team"), &["sections"]);
    }

    #[test]
    fn each_section_is_one_consistent_row() {
        for s in SECTIONS {
            assert_eq!(s.path, format!("/{}", s.id), "{}", s.id);
            assert_eq!(s.data_file, format!("{}.json", s.id), "{}", s.id);
            assert_eq!(by_id(s.id), Some(s));
            assert_eq!(by_path(s.path), Some(s));
            // a hashtag is in the title and leads the home page's entry
            if let Some(h) = s.hashtag {
                assert!(s.title.contains(&format!("#{h}")), "{}", s.id);
                assert_eq!(s.entry.0, format!("#{h}"));
            }
        }
        assert_eq!(
            TIMELINE.back(),
            ("/timeline", "Back to the timeline".to_owned())
        );
        assert_eq!(by_id("nowhere"), None);
    }
}
