//! Members logic as plain functions: where a member appears (derived from the
//! references on events, offices and award winners), its roles, grouping by region,
//! the filter that lives in the URL, and which members the map shows by year.

use crate::awards::level_name;
use crate::data::{Edition, Event, EventRole, Member, MemberKind, Office, Winner};
use crate::offices::logic::established;
use crate::routes;
use crate::text::{fold, matches_query};

/// The files a member's appearances are derived from. A file that failed to load is
/// an empty slice: the members section still works, with fewer links.
#[derive(Clone, Copy, Debug, Default)]
pub struct Refs<'a> {
    pub events: &'a [Event],
    pub offices: &'a [Office],
    pub editions: &'a [Edition],
}

/// One place where a member appears in WeGO's story.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Appearance<'a> {
    /// An event that names the member, with its part in it.
    Event { event: &'a Event, role: EventRole },
    /// An award the member won.
    Winner {
        edition: &'a Edition,
        winner: &'a Winner,
    },
    /// An office the member hosts.
    Office { office: &'a Office },
}

impl Appearance<'_> {
    /// The year it happened, when known: the event's (start) year, the edition's year,
    /// or the year the office opened (else was approved).
    pub fn year(&self) -> Option<u16> {
        match self {
            Self::Event { event, .. } => event.date.map(|d| d.year),
            Self::Winner { edition, .. } => Some(edition.year),
            Self::Office { office } => established(office),
        }
    }

    /// What to call it in a list: the event's title, "Gold, Mobility, 4th WeGO
    /// Awards", or the office's name.
    pub fn title(&self) -> String {
        match self {
            Self::Event { event, .. } => event.title.clone(),
            Self::Winner { edition, winner } => {
                let category = edition
                    .categories
                    .iter()
                    .find(|c| c.id == winner.category)
                    .map(|c| c.name.as_str());
                [
                    level_name(edition, winner),
                    category,
                    Some(edition.name.as_str()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
            }
            Self::Office { office } => office.name.clone(),
        }
    }

    /// The member's part: "Host", "Beneficiary", "Award winner", "Office host"...
    pub fn role_label(&self) -> &'static str {
        match self {
            Self::Event { role, .. } => role.label(),
            Self::Winner { .. } => "Award winner",
            Self::Office { .. } => "Office host",
        }
    }

    /// The page it links to (without the deploy base).
    pub fn href(&self) -> String {
        match self {
            Self::Event { event, .. } => routes::timeline_event(event.id.as_str()),
            Self::Winner { edition, winner } => {
                routes::award_winner(edition.id.as_str(), winner.id.as_str())
            }
            Self::Office { office } => routes::office(office.id.as_str()),
        }
    }
}

/// Everywhere `member` appears, in chronological order (undated last, each kind in
/// file order): events naming it, awards it won, offices it hosts.
pub fn appearances<'a>(member: &str, refs: &Refs<'a>) -> Vec<Appearance<'a>> {
    let mut out = Vec::new();
    for event in refs.events {
        for m in event.members.iter().filter(|m| m.id == member) {
            out.push(Appearance::Event {
                event,
                role: m.role,
            });
        }
    }
    for edition in refs.editions {
        for winner in &edition.winners {
            if winner.member.as_ref().is_some_and(|m| m == member) {
                out.push(Appearance::Winner { edition, winner });
            }
        }
    }
    for office in refs.offices {
        if office.host_member.as_ref().is_some_and(|m| m == member) {
            out.push(Appearance::Office { office });
        }
    }
    // Stable: equal years keep the order above.
    crate::order::sort_by_number(&mut out, |a| crate::order::year(a.year()));
    out
}

/// The year a member first appears in WeGO's story (its earliest dated appearance).
pub fn first_year(member: &str, refs: &Refs) -> Option<u16> {
    appearances(member, refs)
        .iter()
        .filter_map(Appearance::year)
        .min()
}

/// A role a member played, derived from the references and its kind; what the
/// role filter offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MemberRole {
    FoundingMember,
    AwardWinner,
    OfficeHost,
    /// Host of a General Assembly or an Executive Committee meeting.
    AssemblyHost,
    /// A city a programme (training, feasibility study) was for.
    Beneficiary,
    CorporateMember,
}

impl MemberRole {
    pub const ALL: [MemberRole; 6] = [
        Self::FoundingMember,
        Self::AwardWinner,
        Self::OfficeHost,
        Self::AssemblyHost,
        Self::Beneficiary,
        Self::CorporateMember,
    ];

    /// The value used in the URL (`?role=award-winner`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FoundingMember => "founding-member",
            Self::AwardWinner => "award-winner",
            Self::OfficeHost => "office-host",
            Self::AssemblyHost => "assembly-host",
            Self::Beneficiary => "beneficiary",
            Self::CorporateMember => "corporate-member",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::FoundingMember => "Founding member",
            Self::AwardWinner => "Award winner",
            Self::OfficeHost => "Office host",
            Self::AssemblyHost => "Assembly or EXCOM host",
            Self::Beneficiary => "Program beneficiary",
            Self::CorporateMember => "Corporate member",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// The timeline categories whose hosts count as assembly or EXCOM hosts.
const ASSEMBLY_CATEGORIES: [&str; 2] = ["general-assembly", "executive-committee"];

/// The roles of `member`, in `MemberRole::ALL` order.
pub fn roles(member: &Member, refs: &Refs) -> Vec<MemberRole> {
    let found = appearances(member.id.as_str(), refs);
    MemberRole::ALL
        .into_iter()
        .filter(|role| match role {
            MemberRole::CorporateMember => member.kind == MemberKind::Corporate,
            MemberRole::AwardWinner => found.iter().any(|a| matches!(a, Appearance::Winner { .. })),
            MemberRole::OfficeHost => found.iter().any(|a| matches!(a, Appearance::Office { .. })),
            MemberRole::FoundingMember => found.iter().any(|a| {
                matches!(
                    a,
                    Appearance::Event {
                        role: EventRole::FoundingMember,
                        ..
                    }
                )
            }),
            MemberRole::Beneficiary => found.iter().any(|a| {
                matches!(
                    a,
                    Appearance::Event {
                        role: EventRole::Beneficiary,
                        ..
                    }
                )
            }),
            MemberRole::AssemblyHost => found.iter().any(|a| match a {
                Appearance::Event {
                    event,
                    role: EventRole::Host,
                } => ASSEMBLY_CATEGORIES.contains(&event.category.as_str()),
                _ => false,
            }),
        })
        .collect()
}

/// "Latin America" → "latin-america": a region as it appears in the URL.
pub fn region_slug(region: &str) -> String {
    let folded = fold(region);
    let mut out = String::new();
    for word in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(word);
        }
    }
    out
}

/// What the search box looks in: the member's name, country, region and note.
pub fn search_fields(m: &Member) -> impl Iterator<Item = &str> {
    [
        Some(m.name.as_str()),
        m.country.as_deref(),
        m.region.as_deref(),
        m.note.as_deref(),
    ]
    .into_iter()
    .flatten()
}

/// What the visitor filters the members by; lives in the URL query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A region slug (`region_slug`).
    pub region: Option<String>,
    /// A `MemberRole::as_str` value.
    pub role: Option<String>,
    pub query: String,
}

impl Filter {
    /// The filter in a URL query (`region`, `role`, `q`); empty values are absent.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let some = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        Self {
            region: some("region"),
            role: some("role"),
            query: get("q").unwrap_or_default(),
        }
    }

    pub fn is_active(&self) -> bool {
        self.region.is_some() || self.role.is_some() || !self.query.trim().is_empty()
    }

    pub fn matches(&self, m: &Member, refs: &Refs) -> bool {
        self.matches_with_roles(m, &roles(m, refs))
    }

    /// As `matches`, with the member's roles already derived (a list filters often).
    pub fn matches_with_roles(&self, m: &Member, member_roles: &[MemberRole]) -> bool {
        if let Some(region) = &self.region {
            if m.region.as_deref().map(region_slug).as_ref() != Some(region) {
                return false;
            }
        }
        if let Some(role) = &self.role {
            match MemberRole::parse(role) {
                Some(role) if member_roles.contains(&role) => {}
                _ => return false,
            }
        }
        matches_query(&self.query, search_fields(m))
    }

    /// The URL of the members section (or of one member) with this filter.
    pub fn url(&self, slug: Option<&str>) -> String {
        let path = match slug {
            Some(s) => routes::member(s),
            None => routes::MEMBERS.to_owned(),
        };
        routes::with_query(
            &path,
            &[
                ("region", self.region.as_deref().unwrap_or("")),
                ("role", self.role.as_deref().unwrap_or("")),
                ("q", self.query.trim()),
            ],
        )
    }
}

/// The members that pass `filter`, in the given order.
pub fn filter<'a>(members: &'a [Member], filter: &Filter, refs: &Refs) -> Vec<&'a Member> {
    members.iter().filter(|m| filter.matches(m, refs)).collect()
}

/// Members grouped by region: regions in alphabetical order, then the members whose
/// region the sources do not give (`None`); members by name within a group.
pub fn by_region<'a>(members: &[&'a Member]) -> Vec<(Option<&'a str>, Vec<&'a Member>)> {
    let mut groups: Vec<(Option<&'a str>, Vec<&'a Member>)> = Vec::new();
    for &m in members {
        let key = m.region.as_deref();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(m),
            None => groups.push((key, vec![m])),
        }
    }
    crate::order::sort_by_rank(&mut groups, |(k, _)| {
        (u32::from(k.is_none()), k.map(fold).unwrap_or_default())
    });
    for (_, v) in &mut groups {
        crate::order::sort_by_rank(v, |m| (0, fold(&m.name)));
    }
    groups
}

/// The regions members use, as (slug, name, count), in alphabetical order.
pub fn regions_in_use(members: &[Member]) -> Vec<(String, String, usize)> {
    let all: Vec<&Member> = members.iter().collect();
    by_region(&all)
        .into_iter()
        .filter_map(|(k, v)| k.map(|r| (region_slug(r), r.to_owned(), v.len())))
        .collect()
}

/// The roles members play, with how many members play each (roles nobody plays left out).
pub fn roles_in_use(members: &[Member], refs: &Refs) -> Vec<(MemberRole, usize)> {
    let per_member: Vec<Vec<MemberRole>> = members.iter().map(|m| roles(m, refs)).collect();
    MemberRole::ALL
        .into_iter()
        .map(|r| (r, per_member.iter().filter(|v| v.contains(&r)).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Where a member is on the map: cities with coordinates.
pub fn map_position(m: &Member) -> Option<(f64, f64)> {
    match (m.kind, m.lat, m.lon) {
        (MemberKind::City, Some(lat), Some(lon)) => Some((lat, lon)),
        _ => None,
    }
}

/// The members the map shows: cities with coordinates, in file order.
pub fn on_map(members: &[Member]) -> Vec<&Member> {
    members
        .iter()
        .filter(|m| map_position(m).is_some())
        .collect()
}

/// The members on the map that had appeared in WeGO's story by `year` (their
/// earliest dated appearance is in or before it).
pub fn on_map_by<'a>(members: &'a [Member], refs: &Refs, year: u16) -> Vec<&'a Member> {
    on_map(members)
        .into_iter()
        .filter(|m| first_year(m.id.as_str(), refs).is_some_and(|y| y <= year))
        .collect()
}

/// The members an event names, resolved, with their part in it (unknown ids skipped).
pub fn of_event<'a>(event: &Event, members: &'a [Member]) -> Vec<(&'a Member, EventRole)> {
    event
        .members
        .iter()
        .filter_map(|r| members.iter().find(|m| m.id == r.id).map(|m| (m, r.role)))
        .collect()
}

/// The member an office or a winner names, resolved.
pub fn find<'a>(members: &'a [Member], id: Option<&crate::data::slug::Slug>) -> Option<&'a Member> {
    let id = id?;
    members.iter().find(|m| m.id == *id)
}

/// What a member is, in a sentence: "A city", "A corporate member"...
pub fn kind_label(kind: MemberKind) -> &'static str {
    match kind {
        MemberKind::City => "A city",
        MemberKind::Region => "A region",
        MemberKind::Organization => "An organization",
        MemberKind::Corporate => "A corporate member",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::parse;
    use crate::data::{AwardsFile, MembersFile, OfficesFile, TimelineFile};

    fn members() -> MembersFile {
        parse::<MembersFile>(
            r#"{"members": [
              {"id": "seoul", "name": "Seoul", "kind": "city", "country": "Republic of Korea", "region": "Asia",
               "lat": 37.5, "lon": 127.0, "coordinates_source": {"label": "g", "url": "https://g.example/1"}, "sources": [{"label": "s", "membership": "m"}]},
              {"id": "quito", "name": "Quito", "kind": "city", "country": "Ecuador", "region": "Latin America",
               "lat": -0.2, "lon": -78.5, "coordinates_source": {"label": "g", "url": "https://g.example/2"}, "sources": [{"label": "s", "membership": "m"}]},
              {"id": "sao-paulo", "name": "São Paulo", "kind": "city", "country": "Brazil", "region": "Latin America",
               "lat": -23.5, "lon": -46.6, "coordinates_source": {"label": "g", "url": "https://g.example/3"}, "sources": [{"label": "s", "membership": "m"}]},
              {"id": "dhaka-north", "name": "Dhaka North", "kind": "city", "coordinates_note": "none found", "sources": [{"label": "s", "membership": "m"}]},
              {"id": "jeju", "name": "Jeju", "kind": "region", "country": "Republic of Korea", "region": "Asia", "sources": [{"label": "s", "membership": "m"}]},
              {"id": "gabotech", "name": "Gabotech", "kind": "corporate", "sources": [{"label": "s", "membership": "m"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn timeline() -> TimelineFile {
        parse::<TimelineFile>(
            r#"{"categories": [{"id": "general-assembly", "label": "GA"}, {"id": "training-and-programs", "label": "T"}, {"id": "partnership-and-events", "label": "P"}],
            "events": [
              {"id": "ga-2010", "title": "Inaugural GA", "date": "2010-09-06", "category": "general-assembly", "summary": "S",
               "members": [{"id": "seoul", "role": "host"}, {"id": "seoul", "role": "founding-member"}], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "training-2011", "title": "Training", "date": "2011", "category": "training-and-programs", "summary": "S",
               "members": [{"id": "quito", "role": "beneficiary"}, {"id": "dhaka-north", "role": "beneficiary"}], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "habitat-2016", "title": "Habitat III", "date": "2016-10-17", "category": "partnership-and-events", "summary": "S",
               "members": [{"id": "quito", "role": "host"}], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "solutions", "title": "Solutions", "category": "training-and-programs", "summary": "S",
               "members": [{"id": "gabotech", "role": "participant"}], "sources": [{"label": "s", "membership": "m"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn offices() -> OfficesFile {
        parse::<OfficesFile>(
            r#"{"offices": [{"id": "seoul-secretariat", "kind": "secretariat", "name": "WeGO Secretariat", "city": "Seoul",
              "country": "K", "region": "Global", "role": "r", "lat": 37.5, "lon": 127.0, "opened": "2014",
              "host_member": "seoul", "sources": [{"label": "s", "membership": "m"}]}]}"#,
        )
        .unwrap()
    }

    fn awards() -> AwardsFile {
        parse::<AwardsFile>(
            r#"{"established": 2011, "about": "A", "editions": [
              {"id": "4th", "number": 4, "name": "4th WeGO Awards", "year": 2020,
               "categories": [{"id": "open", "name": "Open and Inclusive City"}],
               "levels": [{"id": "gold", "name": "Gold"}],
               "winners": [{"id": "sp-fab-lab", "category": "open", "level": "gold", "city": "São Paulo", "member": "sao-paulo", "sources": [{"label": "s", "membership": "m"}]}],
               "sources": [{"label": "s", "membership": "m"}]}]}"#,
        )
        .unwrap()
    }

    struct Files(TimelineFile, OfficesFile, AwardsFile);

    fn files() -> Files {
        Files(timeline(), offices(), awards())
    }

    impl Files {
        fn refs(&self) -> Refs<'_> {
            Refs {
                events: &self.0.events,
                offices: &self.1.offices,
                editions: &self.2.editions,
            }
        }
    }

    #[test]
    fn appearances_are_derived_from_the_references_in_date_order() {
        let f = files();
        let refs = f.refs();
        let seoul = appearances("seoul", &refs);
        let shown: Vec<(String, Option<u16>, &str)> = seoul
            .iter()
            .map(|a| (a.title(), a.year(), a.role_label()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Inaugural GA".into(), Some(2010), "Host"),
                ("Inaugural GA".into(), Some(2010), "Founding member"),
                ("WeGO Secretariat".into(), Some(2014), "Office host"),
            ]
        );
        assert_eq!(seoul[2].href(), "/offices/seoul-secretariat");
        let sp = appearances("sao-paulo", &refs);
        assert_eq!(
            sp[0].title(),
            "Gold, Open and Inclusive City, 4th WeGO Awards"
        );
        assert_eq!(sp[0].href(), "/awards/4th/sp-fab-lab");
        let gabotech = appearances("gabotech", &refs);
        assert_eq!(gabotech[0].year(), None);
        assert!(appearances("nobody", &refs).is_empty());
        assert!(appearances("seoul", &Refs::default()).is_empty());
    }

    #[test]
    fn roles_come_from_references_kind_and_event_category() {
        let (m, f) = (members(), files());
        let refs = f.refs();
        let role_of = |id: &str| {
            let member = m.members.iter().find(|x| x.id == id).unwrap();
            roles(member, &refs)
        };
        assert_eq!(
            role_of("seoul"),
            vec![
                MemberRole::FoundingMember,
                MemberRole::OfficeHost,
                MemberRole::AssemblyHost
            ]
        );
        // Hosting Habitat III is not hosting an assembly.
        assert_eq!(role_of("quito"), vec![MemberRole::Beneficiary]);
        assert_eq!(role_of("sao-paulo"), vec![MemberRole::AwardWinner]);
        assert_eq!(role_of("gabotech"), vec![MemberRole::CorporateMember]);
        assert!(role_of("jeju").is_empty());
        for r in MemberRole::ALL {
            assert_eq!(MemberRole::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn filters_by_region_role_and_text() {
        let (m, f) = (members(), files());
        let refs = f.refs();
        let ids = |flt: &Filter| -> Vec<String> {
            filter(&m.members, flt, &refs)
                .iter()
                .map(|x| x.id.to_string())
                .collect()
        };
        let latam = Filter {
            region: Some("latin-america".into()),
            ..Filter::default()
        };
        assert_eq!(ids(&latam), vec!["quito", "sao-paulo"]);
        let winners = Filter {
            role: Some("award-winner".into()),
            ..Filter::default()
        };
        assert_eq!(ids(&winners), vec!["sao-paulo"]);
        let text = Filter {
            query: "sao".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&text), vec!["sao-paulo"]);
        let by_country = Filter {
            query: "korea".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&by_country), vec!["seoul", "jeju"]);
        let unknown_role = Filter {
            role: Some("emperor".into()),
            ..Filter::default()
        };
        assert!(ids(&unknown_role).is_empty());
        assert_eq!(ids(&Filter::default()).len(), 6);
        assert!(!Filter::default().is_active());
        assert!(latam.is_active());
    }

    #[test]
    fn filter_round_trips_through_the_url() {
        let f = Filter {
            region: Some("latin-america".into()),
            role: Some("award-winner".into()),
            query: " são paulo ".into(),
        };
        let url = f.url(None);
        assert_eq!(
            url,
            "/members?region=latin-america&role=award-winner&q=s%C3%A3o%20paulo"
        );
        assert_eq!(
            f.url(Some("quito")).split('?').next(),
            Some("/members/quito")
        );
        assert_eq!(Filter::default().url(Some("quito")), "/members/quito");
        let query = |k: &str| match k {
            "region" => Some("latin-america".to_owned()),
            "role" => Some(String::new()),
            "q" => Some("são paulo".to_owned()),
            _ => None,
        };
        let back = Filter::from_query(query);
        assert_eq!(back.region.as_deref(), Some("latin-america"));
        assert_eq!(back.role, None);
        assert_eq!(back.query, "são paulo");
        assert_eq!(Filter::from_query(|_| None), Filter::default());
    }

    #[test]
    fn groups_by_region_with_the_unknown_last() {
        let m = members();
        let all: Vec<&Member> = m.members.iter().collect();
        let groups = by_region(&all);
        let shown: Vec<(Option<&str>, Vec<&str>)> = groups
            .iter()
            .map(|(k, v)| (*k, v.iter().map(|x| x.name.as_str()).collect()))
            .collect();
        assert_eq!(
            shown,
            vec![
                (Some("Asia"), vec!["Jeju", "Seoul"]),
                (Some("Latin America"), vec!["Quito", "São Paulo"]),
                (None, vec!["Dhaka North", "Gabotech"]),
            ]
        );
        assert_eq!(
            regions_in_use(&m.members),
            vec![
                ("asia".into(), "Asia".into(), 2),
                ("latin-america".into(), "Latin America".into(), 2)
            ]
        );
        assert_eq!(region_slug("Latin  America"), "latin-america");
        assert_eq!(region_slug("Central Asia"), "central-asia");
    }

    #[test]
    fn counts_roles_in_use() {
        let (m, f) = (members(), files());
        let counts = roles_in_use(&m.members, &f.refs());
        assert_eq!(
            counts,
            vec![
                (MemberRole::FoundingMember, 1),
                (MemberRole::AwardWinner, 1),
                (MemberRole::OfficeHost, 1),
                (MemberRole::AssemblyHost, 1),
                (MemberRole::Beneficiary, 2),
                (MemberRole::CorporateMember, 1),
            ]
        );
    }

    #[test]
    fn the_map_shows_cities_with_coordinates_as_they_appear() {
        let (m, f) = (members(), files());
        let refs = f.refs();
        let placed: Vec<&str> = on_map(&m.members).iter().map(|x| x.id.as_str()).collect();
        assert_eq!(placed, vec!["seoul", "quito", "sao-paulo"]);
        let ids = |year| -> Vec<&str> {
            on_map_by(&m.members, &refs, year)
                .iter()
                .map(|x| x.id.as_str())
                .collect()
        };
        assert!(ids(2009).is_empty());
        assert_eq!(ids(2010), vec!["seoul"]);
        assert_eq!(ids(2011), vec!["seoul", "quito"]);
        assert_eq!(ids(2020), vec!["seoul", "quito", "sao-paulo"]);
        assert_eq!(first_year("quito", &refs), Some(2011));
        assert_eq!(first_year("gabotech", &refs), None);
    }

    #[test]
    fn resolves_the_members_an_event_or_office_names() {
        let (m, f) = (members(), files());
        let named = of_event(&f.0.events[1], &m.members);
        let shown: Vec<(&str, EventRole)> =
            named.iter().map(|(x, r)| (x.name.as_str(), *r)).collect();
        assert_eq!(
            shown,
            vec![
                ("Quito", EventRole::Beneficiary),
                ("Dhaka North", EventRole::Beneficiary)
            ]
        );
        let host = find(&m.members, f.1.offices[0].host_member.as_ref());
        assert_eq!(host.map(|x| x.name.as_str()), Some("Seoul"));
        assert_eq!(find(&m.members, None), None);
    }
}
