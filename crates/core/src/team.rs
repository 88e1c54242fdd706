//! Team logic as plain functions: a person's roles with their years (the roles of
//! team.json plus the award juries of awards.json, found through `Judge::person`),
//! the events and editions they appear in, and who worked at an office.

use crate::data::{Edition, Event, Office, OfficeKind, TeamMember, TeamRole};

/// One role of a person, as shown: a stored role, or a seat on an award jury.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub title: String,
    /// The office (offices.json id) the role is at, if any.
    pub office: Option<String>,
    /// The body the role is in when it is not an office ("WeGO", "4th WeGO Awards").
    pub organization: Option<String>,
    /// The award edition (awards.json id) of a jury seat.
    pub edition: Option<String>,
    /// The person's own title and organization at the time, as the source gives them
    /// (for judges: "Executive Director, Smart Cities Council").
    pub affiliation: Option<String>,
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub years: Vec<u16>,
    pub note: Option<String>,
}

impl Role {
    fn stored(r: &TeamRole) -> Self {
        Self {
            title: r.title.clone(),
            office: r.office.as_ref().map(|o| o.to_string()),
            organization: r.organization.clone(),
            edition: None,
            affiliation: None,
            from: r.from,
            to: r.to,
            years: r.years.clone(),
            note: r.note.clone(),
        }
    }

    /// "2016–2019", "from 2016", "until 2020", "2012 and 2016", or "" when unknown.
    pub fn years_label(&self) -> String {
        match (self.from, self.to) {
            (Some(f), Some(t)) if f == t => f.to_string(),
            (Some(f), Some(t)) => format!("{f}–{t}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("until {t}"),
            (None, None) => crate::partners::years_label(&self.years),
        }
    }

    /// The earliest year the role is known for (for ordering).
    /// "Secretary General, WeGO Secretariat (2010–2014)": the title, `place` when
    /// known, and the years when known.
    pub fn line(&self, place: Option<&str>) -> String {
        let years = self.years_label();
        let mut line = self.title.clone();
        if let Some(place) = place {
            line.push_str(", ");
            line.push_str(place);
        }
        if !years.is_empty() {
            line.push_str(&format!(" ({years})"));
        }
        line
    }

    pub fn first_year(&self) -> Option<u16> {
        self.from
            .into_iter()
            .chain(self.years.iter().copied())
            .chain(self.to)
            .min()
    }

    /// Where the role is: the office's name, else the organization.
    pub fn place(&self, offices: &[Office]) -> Option<String> {
        self.office
            .as_ref()
            .and_then(|id| offices.iter().find(|o| o.id == id.as_str()))
            .map(|o| o.name.clone())
            .or_else(|| self.organization.clone())
    }
}

/// The award editions `person` judged, in the file's order.
pub fn editions_judged<'a>(person: &str, editions: &'a [Edition]) -> Vec<&'a Edition> {
    editions
        .iter()
        .filter(|ed| {
            ed.judges
                .iter()
                .any(|j| j.person.as_ref().is_some_and(|p| p == person))
        })
        .collect()
}

/// All roles of `person`: the stored ones, then one per jury they sat on, ordered by
/// their first year (roles with no year last).
pub fn roles(person: &TeamMember, editions: &[Edition]) -> Vec<Role> {
    let mut out: Vec<Role> = person.roles.iter().map(Role::stored).collect();
    for ed in editions {
        for j in ed
            .judges
            .iter()
            .filter(|j| j.person.as_ref().is_some_and(|p| *p == person.id))
        {
            let affiliation = [j.title.as_deref(), j.organization.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            out.push(Role {
                title: "Judge".to_owned(),
                office: None,
                organization: Some(ed.name.clone()),
                edition: Some(ed.id.to_string()),
                affiliation: (!affiliation.is_empty()).then_some(affiliation),
                from: Some(ed.year),
                to: Some(ed.year),
                years: Vec::new(),
                note: None,
            });
        }
    }
    crate::order::sort_by_number(&mut out, |r| crate::order::year(r.first_year()));
    out
}

/// The events that name `person`, in chronological order (undated last).
pub fn events_of<'a>(person: &str, events: &'a [Event]) -> Vec<&'a Event> {
    let mut found: Vec<&Event> = events
        .iter()
        .filter(|e| e.people.iter().any(|p| p == person))
        .collect();
    crate::order::sort_by_number(&mut found, |e| crate::order::date(e.date));
    found
}

/// Which part of the team a person belongs to (a person can be in several).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// Secretaries General of the Secretariat.
    Secretariat,
    /// Heads of the regional offices.
    RegionalOffices,
    /// Presidents and Vice Presidents (the mayors of the President cities).
    Leadership,
    /// The award juries.
    Judges,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Self::Secretariat,
        Self::RegionalOffices,
        Self::Leadership,
        Self::Judges,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Secretariat => "secretariat",
            Self::RegionalOffices => "regional-offices",
            Self::Leadership => "leadership",
            Self::Judges => "judges",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Secretariat => "Secretariat",
            Self::RegionalOffices => "Regional offices",
            Self::Leadership => "Presidents",
            Self::Judges => "Award judges",
        }
    }
}

/// The groups of `person`, in `Group::ALL` order.
pub fn groups(person: &TeamMember, offices: &[Office], editions: &[Edition]) -> Vec<Group> {
    let office_kind = |r: &TeamRole| {
        let id = r.office.as_ref()?;
        offices.iter().find(|o| o.id == *id).map(|o| o.kind)
    };
    Group::ALL
        .into_iter()
        .filter(|g| match g {
            Group::Secretariat => person
                .roles
                .iter()
                .any(|r| office_kind(r) == Some(OfficeKind::Secretariat)),
            Group::RegionalOffices => person
                .roles
                .iter()
                .any(|r| office_kind(r) == Some(OfficeKind::Regional)),
            Group::Leadership => person
                .roles
                .iter()
                .any(|r| r.office.is_none() && r.title.contains("President")),
            Group::Judges => !editions_judged(person.id.as_str(), editions).is_empty(),
        })
        .collect()
}

/// The people with a role at `office`, ordered by the first year of that role.
pub fn of_office<'a>(office: &str, people: &'a [TeamMember]) -> Vec<&'a TeamMember> {
    let first = |p: &TeamMember| {
        p.roles
            .iter()
            .filter(|r| r.office.as_ref().is_some_and(|o| o == office))
            .filter_map(|r| Role::stored(r).first_year())
            .min()
    };
    let mut v: Vec<&TeamMember> = people
        .iter()
        .filter(|p| {
            p.roles
                .iter()
                .any(|r| r.office.as_ref().is_some_and(|o| o == office))
        })
        .collect();
    crate::order::sort_by_number(&mut v, |p| crate::order::year(first(p)));
    v
}

/// The people an event names, resolved, in the event's order (unknown ids skipped).
pub fn of_event<'a>(event: &Event, people: &'a [TeamMember]) -> Vec<&'a TeamMember> {
    event
        .people
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id))
        .collect()
}

/// The team entry of a judge, resolved.
pub fn find<'a>(
    people: &'a [TeamMember],
    id: Option<&crate::data::slug::Slug>,
) -> Option<&'a TeamMember> {
    let id = id?;
    people.iter().find(|p| p.id == *id)
}

/// Whether a person passes the section's filter: one of their groups
/// (`Group::as_str`), and the search text in their name or role titles.
pub fn matches(person: &TeamMember, groups: &[Group], group: Option<&str>, query: &str) -> bool {
    group.is_none_or(|g| groups.iter().any(|x| x.as_str() == g))
        && crate::text::matches_query(query, search_fields(person))
}

/// What the search box looks in: the person's name and role titles.
pub fn search_fields(person: &TeamMember) -> impl Iterator<Item = &str> {
    std::iter::once(person.name.as_str()).chain(person.roles.iter().map(|r| r.title.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::parse;
    use crate::data::{AwardsFile, OfficesFile, TeamFile, TimelineFile};
    use crate::routes;

    fn team() -> TeamFile {
        parse::<TeamFile>(
            r#"{"people": [
              {"id": "young-sook-nam", "name": "Young-sook Nam", "roles": [{"title": "Secretary General", "office": "seoul-secretariat", "from": 2016}], "sources": [{"label": "s"}]},
              {"id": "gunso-kim", "name": "Gunso Kim", "roles": [{"title": "Secretary General", "office": "seoul-secretariat", "years": [2014]}], "sources": [{"label": "s"}]},
              {"id": "charlie-wang", "name": "Charlie Wang", "roles": [{"title": "Secretary General", "office": "chengdu", "years": [2014]}], "sources": [{"label": "s"}]},
              {"id": "won-soon-park", "name": "Won-soon Park", "roles": [{"title": "President", "organization": "WeGO", "years": [2012, 2016]}], "sources": [{"label": "s"}]},
              {"id": "jong-sung-hwang", "name": "Jong Sung Hwang", "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn offices() -> OfficesFile {
        parse::<OfficesFile>(
            r#"{"offices": [
              {"id": "seoul-secretariat", "kind": "secretariat", "name": "WeGO Secretariat", "city": "Seoul", "country": "K", "region": "Global", "role": "r", "lat": 37.5, "lon": 127.0, "sources": [{"label": "s"}]},
              {"id": "chengdu", "kind": "regional", "name": "East Asia Regional Office", "city": "Chengdu", "country": "C", "region": "East Asia", "role": "r", "lat": 30.7, "lon": 104.1, "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn awards() -> AwardsFile {
        parse::<AwardsFile>(
            r#"{"established": 2011, "about": "A", "editions": [
              {"id": "1st", "number": 1, "name": "1st WeGO Awards", "year": 2012, "categories": [], "levels": [],
               "judges": [{"name": "Jong Sung Hwang", "title": "Vice President", "organization": "NIA", "person": "jong-sung-hwang"}], "sources": [{"label": "s"}]},
              {"id": "2nd", "number": 2, "name": "2nd WeGO Awards", "year": 2014, "categories": [], "levels": [],
               "judges": [{"name": "Jong Sung Hwang", "person": "jong-sung-hwang"}, {"name": "Someone"}], "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_role_line_has_the_place_and_years_it_knows() {
        let role = Role::stored(&TeamRole {
            title: "Secretary General".into(),
            organization: None,
            office: None,
            from: Some(2010),
            to: Some(2014),
            years: vec![],
            note: None,
        });
        assert_eq!(
            role.line(Some("WeGO Secretariat")),
            "Secretary General, WeGO Secretariat (2010–2014)"
        );
        assert_eq!(role.line(None), "Secretary General (2010–2014)");
    }

    #[test]
    fn the_filter_takes_a_group_and_words() {
        let (t, a, o) = (team(), awards(), offices());
        let hwang = &t.people[4];
        let gs = groups(hwang, &o.offices, &a.editions);
        assert!(gs.contains(&Group::Judges));
        assert!(matches(hwang, &gs, Some("judges"), ""));
        assert!(!matches(hwang, &gs, Some("secretariat"), ""));
        let word = hwang.name.split_whitespace().last().unwrap();
        assert!(matches(hwang, &gs, None, word));
        assert!(!matches(hwang, &gs, None, "zzzz"));
    }

    #[test]
    fn judging_roles_come_from_the_awards_file() {
        let (t, a) = (team(), awards());
        let hwang = &t.people[4];
        let r = roles(hwang, &a.editions);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].title, "Judge");
        assert_eq!(r[0].organization.as_deref(), Some("1st WeGO Awards"));
        assert_eq!(r[0].edition.as_deref(), Some("1st"));
        assert_eq!(r[0].affiliation.as_deref(), Some("Vice President, NIA"));
        assert_eq!(r[0].years_label(), "2012");
        assert_eq!(r[1].affiliation, None);
        assert_eq!(r[1].years_label(), "2014");
        let ids: Vec<&str> = editions_judged("jong-sung-hwang", &a.editions)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, vec!["1st", "2nd"]);
        assert!(roles(&t.people[0], &a.editions)[0].edition.is_none());
    }

    #[test]
    fn years_are_shown_as_the_sources_give_them() {
        let (t, a, o) = (team(), awards(), offices());
        let nam = &roles(&t.people[0], &a.editions)[0];
        assert_eq!(nam.years_label(), "from 2016");
        assert_eq!(nam.place(&o.offices).as_deref(), Some("WeGO Secretariat"));
        let park = &roles(&t.people[3], &a.editions)[0];
        assert_eq!(park.years_label(), "2012 and 2016");
        assert_eq!(park.place(&o.offices).as_deref(), Some("WeGO"));
        assert_eq!(park.first_year(), Some(2012));
        let mut r = park.clone();
        (r.from, r.to) = (Some(2010), Some(2014));
        assert_eq!(r.years_label(), "2010–2014");
        (r.from, r.to, r.years) = (None, None, Vec::new());
        assert_eq!(r.years_label(), "");
    }

    #[test]
    fn groups_people_by_what_they_did() {
        let (t, a, o) = (team(), awards(), offices());
        let g = |i: usize| groups(&t.people[i], &o.offices, &a.editions);
        assert_eq!(g(0), vec![Group::Secretariat]);
        assert_eq!(g(2), vec![Group::RegionalOffices]);
        assert_eq!(g(3), vec![Group::Leadership]);
        assert_eq!(g(4), vec![Group::Judges]);
    }

    #[test]
    fn an_office_lists_its_people_in_order() {
        let t = team();
        let ids: Vec<&str> = of_office("seoul-secretariat", &t.people)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, vec!["gunso-kim", "young-sook-nam"]);
        assert!(of_office("mexico-city", &t.people).is_empty());
    }

    #[test]
    fn events_and_judges_resolve_to_people() {
        let t = team();
        let tl = parse::<TimelineFile>(
            r#"{"categories": [{"id": "x", "label": "X"}], "events": [
              {"id": "b", "title": "B", "date": "2016-01-18", "category": "x", "summary": "S", "people": ["won-soon-park", "young-sook-nam", "ghost"], "sources": [{"label": "s"}]},
              {"id": "a", "title": "A", "date": "2012-03-19", "category": "x", "summary": "S", "people": ["won-soon-park"], "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap();
        let ids: Vec<&str> = events_of("won-soon-park", &tl.events)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, vec!["a", "b"]);
        assert_eq!(of_event(&tl.events[0], &t.people).len(), 2);
        let a = awards();
        let judge = &a.editions[0].judges[0];
        assert_eq!(
            find(&t.people, judge.person.as_ref()).map(|p| p.name.as_str()),
            Some("Jong Sung Hwang")
        );
        assert_eq!(routes::person("gunso-kim"), "/team/gunso-kim");
    }
}
