//! Partners logic as plain functions: the events a partner appears in and their years
//! (derived from `Event::partners`), and the partners an event names.

use crate::data::{Event, Member, Partner};

/// The events that name `partner`, in chronological order (undated last).
pub fn events_of<'a>(partner: &str, events: &'a [Event]) -> Vec<&'a Event> {
    let mut found: Vec<&Event> = events
        .iter()
        .filter(|e| e.partners.iter().any(|p| p == partner))
        .collect();
    crate::order::sort_by_number(&mut found, |e| crate::order::date(e.date));
    found
}

/// The years of those events (their start years), each once, in order.
pub fn years(partner: &str, events: &[Event]) -> Vec<u16> {
    let mut ys: Vec<u16> = events_of(partner, events)
        .iter()
        .filter_map(|e| e.date.map(|d| d.year))
        .collect();
    ys.dedup();
    ys
}

/// "2012, 2015 and 2019"; empty when no year is known.
pub fn years_label(years: &[u16]) -> String {
    let shown: Vec<String> = years.iter().map(u16::to_string).collect();
    match shown.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The name to show: "National Information Society Agency (NIA)".
pub fn display_name(p: &Partner) -> String {
    match &p.short_name {
        Some(s) if *s != p.name => format!("{} ({s})", p.name),
        _ => p.name.clone(),
    }
}

/// The partners an event names, resolved, in the event's order (unknown ids skipped).
pub fn of_event<'a>(event: &Event, partners: &'a [Partner]) -> Vec<&'a Partner> {
    event
        .partners
        .iter()
        .filter_map(|id| partners.iter().find(|p| p.id == *id))
        .collect()
}

/// The member entry of a partner that is also a member (a corporate member has the
/// same id in both files).
pub fn as_member<'a>(p: &Partner, members: &'a [Member]) -> Option<&'a Member> {
    members.iter().find(|m| m.id == p.id)
}

/// Partners in the order the section lists them: by the year of their first event,
/// then by name; partners with no dated event last.
pub fn ordered<'a>(partners: &'a [Partner], events: &[Event]) -> Vec<&'a Partner> {
    let first = |p: &Partner| {
        events
            .iter()
            .filter(|e| e.partners.contains(&p.id))
            .filter_map(|e| e.date)
            .min()
    };
    let mut v: Vec<&Partner> = partners.iter().collect();
    crate::order::sort_by_rank(&mut v, |p| {
        (crate::order::date(first(p)), crate::text::fold(&p.name))
    });
    v
}

/// Whether a partner passes the section's filter: its kind (`PartnerKind::as_str`),
/// and the search text in its names or summary.
pub fn matches(p: &Partner, kind: Option<&str>, query: &str) -> bool {
    kind.is_none_or(|k| p.kind.as_str() == k) && crate::text::matches_query(query, search_fields(p))
}

/// What the search box looks in: the partner's names and summary.
pub fn search_fields(p: &Partner) -> impl Iterator<Item = &str> {
    [p.name.as_str(), p.summary.as_str()]
        .into_iter()
        .chain(p.short_name.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::parse;
    use crate::data::{MembersFile, PartnersFile, TimelineFile};
    use crate::routes;

    fn partners() -> PartnersFile {
        parse::<PartnersFile>(
            r#"{"partners": [
              {"id": "nia", "name": "National Information Society Agency", "short_name": "NIA", "kind": "government-agency", "summary": "eGovFrame", "sources": [{"label": "s", "membership": "m"}]},
              {"id": "scewc", "name": "Smart City Expo World Congress", "short_name": "SCEWC", "kind": "other", "summary": "Expo", "sources": [{"label": "s", "membership": "m"}]},
              {"id": "gabotech", "name": "Gabotech", "kind": "company", "summary": "Corporate member", "sources": [{"label": "s", "membership": "m"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn timeline() -> TimelineFile {
        parse::<TimelineFile>(
            r#"{"categories": [{"id": "p", "label": "P"}],
            "events": [
              {"id": "expo", "title": "SCEWC", "date": "2015", "category": "p", "summary": "S", "partners": ["scewc"], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "solutions", "title": "Solutions", "category": "p", "summary": "S", "partners": ["nia", "nobody"], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "ga-2012", "title": "GA 2012", "date": "2012-11", "category": "p", "summary": "S", "partners": ["scewc"], "sources": [{"label": "s", "membership": "m"}]},
              {"id": "expo-2012", "title": "SCEWC 2012", "date": "2012", "category": "p", "summary": "S", "partners": ["scewc"], "sources": [{"label": "s", "membership": "m"}]}
            ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_partner_appears_in_the_events_that_name_it() {
        let t = timeline();
        let ids: Vec<&str> = events_of("scewc", &t.events)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, vec!["expo-2012", "ga-2012", "expo"]);
        assert_eq!(years("scewc", &t.events), vec![2012, 2015]);
        assert_eq!(events_of("nia", &t.events).len(), 1);
        assert!(years("nia", &t.events).is_empty());
        assert!(events_of("gabotech", &t.events).is_empty());
    }

    #[test]
    fn labels_years_and_names() {
        assert_eq!(years_label(&[]), "");
        assert_eq!(years_label(&[2014]), "2014");
        assert_eq!(years_label(&[2012, 2015, 2019]), "2012, 2015 and 2019");
        let p = partners();
        assert_eq!(
            display_name(&p.partners[0]),
            "National Information Society Agency (NIA)"
        );
        assert_eq!(display_name(&p.partners[2]), "Gabotech");
    }

    #[test]
    fn resolves_an_events_partners_and_corporate_members() {
        let (p, t) = (partners(), timeline());
        let named: Vec<&str> = of_event(&t.events[1], &p.partners)
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(named, vec!["nia"]);
        let m = parse::<MembersFile>(
            r#"{"members": [{"id": "gabotech", "name": "Gabotech", "kind": "corporate", "sources": [{"label": "s", "membership": "m"}]}]}"#,
        )
        .unwrap();
        assert!(as_member(&p.partners[2], &m.members).is_some());
        assert!(as_member(&p.partners[0], &m.members).is_none());
    }

    #[test]
    fn orders_partners_by_their_first_event() {
        let (p, t) = (partners(), timeline());
        let ids: Vec<&str> = ordered(&p.partners, &t.events)
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(ids, vec!["scewc", "gabotech", "nia"]);
        let nia = p.partners.iter().find(|x| x.id == "nia").unwrap();
        assert!(matches(nia, None, ""));
        assert!(matches(nia, Some(nia.kind.as_str()), "nia"));
        assert!(!matches(nia, Some("company"), ""));
        assert!(!matches(nia, None, "no such words"));
        assert_eq!(routes::partner("nia"), "/partners/nia");
    }
}
