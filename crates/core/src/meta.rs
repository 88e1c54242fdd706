//! What every page of the site is: its title, description, hashtag, the data file it
//! shows first and its share-preview card. One source for the app (the document's
//! title and description as the route changes) and the site build (the static pages'
//! tags and cards).

use crate::data::validate::DataFile;
use crate::data::{
    AwardsFile, Member, MembersFile, OfficeKind, OfficesFile, Partner, PartnersFile, Site,
    TeamFile, TeamMember, TimelineFile,
};
use crate::routes;
use crate::sections;
use crate::timeline::date_label;

/// What a card says.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The small line above the title: "Timeline · 2010", "Offices", "WeGO Awards".
    pub kicker: String,
    pub title: String,
    /// Date, city or category under the title.
    pub subtitle: Option<String>,
    /// The category colour of the left band, as "#rrggbb".
    pub colour: &'static str,
    /// "#WeGO10" and the section's hashtag.
    pub hashtags: String,
}

/// The same palette as `--cat-1` … `--cat-8` in style/tokens.css.
pub const CATEGORY_COLOURS: [&str; 8] = [
    "#1d4ed8", "#7c3aed", "#b45309", "#047857", "#be123c", "#0e7490", "#4d7c0f", "#a21caf",
];
pub use crate::sections::{ACCENT, BRAND};

pub fn category_colour(index: usize) -> &'static str {
    CATEGORY_COLOURS[index % CATEGORY_COLOURS.len()]
}

/// What one static page says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The app path, e.g. "/timeline/inaugural-general-assembly-2010".
    pub path: String,
    pub title: String,
    pub description: String,
    /// The section hashtag besides #WeGO10 (without "#"), if the section has one.
    pub hashtag: Option<&'static str>,
    /// The data file the page shows first (preloaded with the wasm).
    pub data_file: &'static str,
    /// Its share-preview card.
    pub card: Card,
}

pub const MAX_DESCRIPTION: usize = 200;

/// Shortens to at most `MAX_DESCRIPTION` characters at a word boundary.
pub fn clip(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX_DESCRIPTION {
        return text;
    }
    let cut: String = text.chars().take(MAX_DESCRIPTION - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn hashtags(hashtag: Option<&str>) -> String {
    match hashtag {
        Some(h) => format!("#WeGO10 #{h}"),
        None => "#WeGO10".into(),
    }
}

/// The title as the browser tab and the share preview show it: "… · WeGO 10".
pub fn full_title(title: &str) -> String {
    if title.contains("WeGO 10") {
        title.to_owned()
    } else {
        format!("{title} · WeGO 10")
    }
}

/// The fields of a page before the defaults are filled in.
struct P<'a> {
    path: String,
    title: String,
    description: &'a str,
    hashtag: Option<&'static str>,
    data_file: &'static str,
    kicker: String,
    card_title: Option<String>,
    subtitle: Option<String>,
    colour: &'static str,
}

fn page(p: P) -> PageMeta {
    PageMeta {
        card: Card {
            kicker: p.kicker,
            title: p.card_title.unwrap_or_else(|| p.title.clone()),
            subtitle: p.subtitle,
            colour: p.colour,
            hashtags: hashtags(p.hashtag),
        },
        path: p.path,
        title: p.title,
        description: clip(p.description),
        hashtag: p.hashtag,
        data_file: p.data_file,
    }
}

pub const HOME_TITLE: &str = "#WeGO10: ten years of WeGO";
const HOME_DESCRIPTION: &str = "WeGO, the World Smart Sustainable Cities Organization, turned ten: its history, its offices around the world and the WeGO Awards.";
pub const NOT_FOUND_TITLE: &str = "Not found";

/// The data files that have loaded (None: not yet, or it failed).
#[derive(Clone, Copy, Debug, Default)]
pub struct Loaded<'a> {
    pub timeline: Option<&'a TimelineFile>,
    pub offices: Option<&'a OfficesFile>,
    pub awards: Option<&'a AwardsFile>,
    pub members: Option<&'a MembersFile>,
    pub partners: Option<&'a PartnersFile>,
    pub team: Option<&'a TeamFile>,
}

/// A section's own page. The counts on its card come from the data when it is there.
fn section(path: &str, count: Option<usize>) -> Option<PageMeta> {
    let (title, description, hashtag, data_file, kicker, subtitle, colour) = match path {
        routes::HOME => (
            HOME_TITLE,
            HOME_DESCRIPTION,
            None,
            Site::NAME,
            "World Smart Sustainable Cities Organization",
            Some(HOME_DESCRIPTION.to_owned()),
            BRAND,
        ),
        _ => {
            let s = sections::by_path(path)?;
            (
                s.title,
                s.description,
                s.hashtag,
                s.data_file,
                s.card.0,
                count.map(|n| plural(n, s.noun.0, s.noun.1)),
                s.card.1,
            )
        }
    };
    Some(page(P {
        path: path.into(),
        title: title.into(),
        description,
        hashtag,
        data_file,
        kicker: kicker.into(),
        card_title: None,
        subtitle,
        colour,
    }))
}

fn event_page(timeline: &TimelineFile, e: &crate::data::Event) -> PageMeta {
    let category = timeline
        .categories
        .iter()
        .position(|c| c.id == e.category)
        .unwrap_or(0);
    let when = date_label(e);
    page(P {
        path: routes::timeline_event(e.id.as_str()),
        title: format!("{} ({when})", e.title),
        description: &e.summary,
        hashtag: sections::TIMELINE.hashtag,
        data_file: TimelineFile::NAME,
        kicker: match timeline.categories.get(category) {
            Some(c) => format!("Timeline · {}", c.label),
            None => "Timeline".into(),
        },
        card_title: Some(e.title.clone()),
        subtitle: Some(match &e.place {
            Some(place) => format!("{when} · {place}"),
            None => when,
        }),
        colour: category_colour(category),
    })
}

fn office_page(o: &crate::data::Office) -> PageMeta {
    page(P {
        path: routes::office(o.id.as_str()),
        title: format!("{}, {}: {}", o.city, o.country, o.name),
        description: &o.role,
        hashtag: None,
        data_file: OfficesFile::NAME,
        kicker: format!("Offices · {}", o.region),
        card_title: Some(o.name.clone()),
        subtitle: Some(format!("{}, {}", o.city, o.country)),
        colour: match o.kind {
            OfficeKind::Secretariat => BRAND,
            OfficeKind::Regional => ACCENT,
        },
    })
}

fn edition_page(awards: &AwardsFile, ed: &crate::data::Edition) -> PageMeta {
    page(P {
        path: routes::awards_edition(ed.id.as_str()),
        title: ed.name.clone(),
        description: &awards.about,
        hashtag: None,
        data_file: AwardsFile::NAME,
        kicker: "WeGO Awards".into(),
        card_title: None,
        subtitle: Some(plural(ed.winners.len(), "winner", "winners")),
        colour: BRAND,
    })
}

fn winner_page(ed: &crate::data::Edition, w: &crate::data::Winner) -> PageMeta {
    let category = ed.categories.iter().position(|c| c.id == w.category);
    let category_name = category.map_or("", |i| ed.categories[i].name.as_str());
    let level = w
        .level
        .as_ref()
        .and_then(|l| ed.levels.iter().find(|x| x.id == *l))
        .map_or("Winner", |l| l.name.as_str());
    let who = match (&w.city, &w.project) {
        (Some(city), Some(project)) => format!("{city}: {project}"),
        (Some(city), None) => city.clone(),
        _ => format!("{category_name} {level}"),
    };
    let fallback;
    let description = match &w.summary {
        Some(s) => s.as_str(),
        None => {
            fallback = format!(
                "{level} in {category_name}, {}. The sources we have do not name this winner.",
                ed.name
            );
            &fallback
        }
    };
    page(P {
        path: routes::award_winner(ed.id.as_str(), w.id.as_str()),
        title: format!("{who} ({level}, {category_name}, {})", ed.name),
        description,
        hashtag: None,
        data_file: AwardsFile::NAME,
        kicker: ed.name.clone(),
        card_title: Some(who.clone()),
        subtitle: Some(format!("{level} · {category_name}")),
        colour: category_colour(category.unwrap_or(0)),
    })
}

fn member_page(m: &Member) -> PageMeta {
    let what = crate::members::kind_label(m.kind);
    let fallback = match &m.country {
        Some(c) => format!("{what} in {c}, in WeGO's story."),
        None => format!("{what} in WeGO's story."),
    };
    page(P {
        path: routes::member(m.id.as_str()),
        title: match &m.country {
            Some(c) => format!("{} ({c})", m.name),
            None => m.name.clone(),
        },
        description: m.note.as_deref().unwrap_or(&fallback),
        hashtag: sections::MEMBERS.hashtag,
        data_file: MembersFile::NAME,
        kicker: match &m.region {
            Some(r) => format!("Members · {r}"),
            None => "Members".into(),
        },
        card_title: Some(m.name.clone()),
        subtitle: m.country.clone(),
        colour: ACCENT,
    })
}

fn partner_page(p: &Partner) -> PageMeta {
    page(P {
        path: routes::partner(p.id.as_str()),
        title: crate::partners::display_name(p),
        description: &p.summary,
        hashtag: sections::PARTNERS.hashtag,
        data_file: PartnersFile::NAME,
        kicker: format!("Partners · {}", p.kind.label()),
        card_title: Some(p.name.clone()),
        subtitle: p.short_name.clone(),
        colour: BRAND,
    })
}

fn person_page(person: &TeamMember, awards: Option<&AwardsFile>) -> PageMeta {
    let editions = awards.map_or(&[][..], |a| &a.editions[..]);
    let roles: Vec<String> = crate::team::roles(person, editions)
        .iter()
        .map(|r| r.line(r.organization.as_deref().or(r.edition.as_deref())))
        .collect();
    let description = roles.join("; ");
    page(P {
        path: routes::person(person.id.as_str()),
        title: person.name.clone(),
        description: &description,
        hashtag: sections::TEAM.hashtag,
        data_file: TeamFile::NAME,
        kicker: "Team".into(),
        card_title: Some(person.name.clone()),
        subtitle: roles.first().cloned(),
        colour: ACCENT,
    })
}

/// Every page of the site: the sections and every item of the files given.
pub fn all_pages(files: &Loaded) -> Vec<PageMeta> {
    let sections = [
        (routes::HOME, None),
        (routes::TIMELINE, files.timeline.map(|t| t.events.len())),
        (routes::OFFICES, files.offices.map(|o| o.offices.len())),
        (routes::AWARDS, files.awards.map(|a| a.editions.len())),
        (routes::MEMBERS, files.members.map(|m| m.members.len())),
        (routes::PARTNERS, files.partners.map(|p| p.partners.len())),
        (routes::TEAM, files.team.map(|t| t.people.len())),
    ];
    let mut pages: Vec<PageMeta> = sections
        .iter()
        .filter_map(|(path, n)| section(path, *n))
        .collect();
    if let Some(timeline) = files.timeline {
        pages.extend(timeline.events.iter().map(|e| event_page(timeline, e)));
    }
    if let Some(offices) = files.offices {
        pages.extend(offices.offices.iter().map(office_page));
    }
    if let Some(awards) = files.awards {
        for ed in &awards.editions {
            pages.push(edition_page(awards, ed));
            pages.extend(ed.winners.iter().map(|w| winner_page(ed, w)));
        }
    }
    if let Some(members) = files.members {
        pages.extend(members.members.iter().map(member_page));
    }
    if let Some(partners) = files.partners {
        pages.extend(partners.partners.iter().map(partner_page));
    }
    if let Some(team) = files.team {
        pages.extend(team.people.iter().map(|p| person_page(p, files.awards)));
    }
    pages
}

/// What the page at `path` (an app path, without the deploy's base) is, from the files
/// that have loaded. An item whose file has not loaded is described by its section; an
/// item that is not in its loaded file is "Not found".
pub fn page_meta(path: &str, files: &Loaded) -> PageMeta {
    let path = match path.trim_end_matches('/') {
        "" => routes::HOME,
        p => p,
    };
    if let Some(p) = section(path, None) {
        return p;
    }
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let found = match parts.as_slice() {
        ["timeline", id] => files.timeline.map(|t| {
            t.events
                .iter()
                .find(|e| e.id == *id)
                .map(|e| event_page(t, e))
        }),
        ["offices", id] => files
            .offices
            .map(|f| f.offices.iter().find(|o| o.id == *id).map(office_page)),
        ["awards", ed] => files.awards.map(|a| {
            a.editions
                .iter()
                .find(|e| e.id == *ed)
                .map(|e| edition_page(a, e))
        }),
        ["awards", ed, id] => files.awards.map(|a| {
            a.editions.iter().find(|e| e.id == *ed).and_then(|e| {
                e.winners
                    .iter()
                    .find(|w| w.id == *id)
                    .map(|w| winner_page(e, w))
            })
        }),
        ["members", id] => files
            .members
            .map(|f| f.members.iter().find(|m| m.id == *id).map(member_page)),
        ["partners", id] => files
            .partners
            .map(|f| f.partners.iter().find(|p| p.id == *id).map(partner_page)),
        ["team", id] => files.team.map(|f| {
            f.people
                .iter()
                .find(|p| p.id == *id)
                .map(|p| person_page(p, files.awards))
        }),
        _ => Some(None),
    };
    match found {
        Some(Some(meta)) => meta,
        // The item's file has not loaded: its section speaks for it.
        None => section(&format!("/{}", parts[0]), None).expect("a section path"),
        Some(None) => page(P {
            path: path.into(),
            title: NOT_FOUND_TITLE.into(),
            description: "",
            hashtag: None,
            data_file: Site::NAME,
            kicker: "WeGO 10".into(),
            card_title: None,
            subtitle: None,
            colour: BRAND,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_titles_say_wego_10_once() {
        assert_eq!(full_title("Offices"), "Offices · WeGO 10");
        assert_eq!(full_title("WeGO 10 home"), "WeGO 10 home");
    }

    #[test]
    fn sections_items_and_unknown_paths() {
        let timeline: TimelineFile = serde_json::from_str(
            r#"{"categories":[{"id":"c","label":"C"}],"events":[{"id":"ga-2010","title":"GA","date":"2010-09","category":"c","summary":"The first.","sources":[]}]}"#,
        )
        .unwrap();
        let with_timeline = Loaded {
            timeline: Some(&timeline),
            ..Loaded::default()
        };
        assert_eq!(page_meta("/", &Loaded::default()).title, HOME_TITLE);
        assert_eq!(
            page_meta("/timeline/", &Loaded::default()).title,
            sections::TIMELINE.title
        );
        let ga = page_meta("/timeline/ga-2010", &with_timeline);
        assert_eq!(ga.title, "GA (September 2010)");
        assert_eq!(ga.description, "The first.");
        assert_eq!(ga.hashtag, Some("BACKTRACK"));
        assert_eq!(ga.card.hashtags, "#WeGO10 #BACKTRACK");
        // Not loaded: the section; loaded but absent: not found.
        assert_eq!(
            page_meta("/timeline/x", &Loaded::default()).title,
            sections::TIMELINE.title
        );
        assert_eq!(
            page_meta("/timeline/x", &with_timeline).title,
            NOT_FOUND_TITLE
        );
        assert_eq!(
            page_meta("/no/such/page", &Loaded::default()).title,
            NOT_FOUND_TITLE
        );
    }
}
