//! The shipped data passes the same validation as the app's, and every cross-reference
//! between the files resolves.

use wego10_core::data::validate::{check_references, parse, source_warnings, Dataset, Problem};
use wego10_core::data::{
    AwardsFile, MemberKind, MembersFile, OfficesFile, PartnersFile, Site, TeamFile, TimelineFile,
    DATA_FILES,
};
use wego10_core::members::{self, Refs};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../public/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn show(problems: Vec<Problem>) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

struct All {
    site: Site,
    timeline: TimelineFile,
    offices: OfficesFile,
    awards: AwardsFile,
    members: MembersFile,
    partners: PartnersFile,
    team: TeamFile,
}

fn all() -> All {
    All {
        site: parse(&shipped("site.json")).map_err(show).unwrap(),
        timeline: parse(&shipped("timeline.json")).map_err(show).unwrap(),
        offices: parse(&shipped("offices.json")).map_err(show).unwrap(),
        awards: parse(&shipped("awards.json")).map_err(show).unwrap(),
        members: parse(&shipped("members.json")).map_err(show).unwrap(),
        partners: parse(&shipped("partners.json")).map_err(show).unwrap(),
        team: parse(&shipped("team.json")).map_err(show).unwrap(),
    }
}

impl All {
    fn refs(&self) -> Refs<'_> {
        Refs {
            events: &self.timeline.events,
            offices: &self.offices.offices,
            editions: &self.awards.editions,
        }
    }
}

#[test]
fn shipped_data_is_valid_and_consistent() {
    let a = all();
    let d = Dataset {
        site: &a.site,
        timeline: &a.timeline,
        offices: &a.offices,
        awards: &a.awards,
        members: &a.members,
        partners: &a.partners,
        team: &a.team,
    };
    for (file, findings) in check_references(&d) {
        assert!(findings.0.is_empty(), "{file}: {:?}", findings.0);
    }
}

#[test]
fn every_cross_reference_resolves() {
    let a = all();
    let member = |id: &str| a.members.members.iter().any(|m| m.id == id);
    let partner = |id: &str| a.partners.partners.iter().any(|p| p.id == id);
    let person = |id: &str| a.team.people.iter().any(|p| p.id == id);
    let office = |id: &str| a.offices.offices.iter().any(|o| o.id == id);
    let (mut n_members, mut n_partners, mut n_people) = (0, 0, 0);
    for e in &a.timeline.events {
        for m in &e.members {
            assert!(member(m.id.as_str()), "{}: member {}", e.id, m.id);
            n_members += 1;
        }
        for p in &e.partners {
            assert!(partner(p.as_str()), "{}: partner {p}", e.id);
            n_partners += 1;
        }
        for p in &e.people {
            assert!(person(p.as_str()), "{}: person {p}", e.id);
            n_people += 1;
        }
    }
    for o in &a.offices.offices {
        if let Some(m) = &o.host_member {
            assert!(member(m.as_str()), "office {}: member {m}", o.id);
        }
    }
    for ed in &a.awards.editions {
        for w in &ed.winners {
            if let Some(m) = &w.member {
                assert!(member(m.as_str()), "winner {}: member {m}", w.id);
            }
            // Only a named winner can be linked to a member (the awards were open to
            // members and non-members alike, so a named one may have none).
            assert!(w.city.is_some() || w.member.is_none(), "winner {}", w.id);
        }
        for j in &ed.judges {
            let p = j
                .person
                .as_ref()
                .unwrap_or_else(|| panic!("judge {} has no team entry", j.name));
            assert!(person(p.as_str()), "judge {}: person {p}", j.name);
        }
    }
    for p in &a.team.people {
        for r in &p.roles {
            if let Some(o) = &r.office {
                assert!(office(o.as_str()), "{}: office {o}", p.id);
            }
        }
    }
    assert!(n_members > 0 && n_partners > 0 && n_people > 0);
    // Every member and partner appears somewhere, every person has a role or a jury seat.
    let refs = a.refs();
    for m in &a.members.members {
        assert!(
            !members::appearances(m.id.as_str(), &refs).is_empty(),
            "member {} appears nowhere",
            m.id
        );
    }
    for p in &a.partners.partners {
        assert!(
            !wego10_core::partners::events_of(p.id.as_str(), &a.timeline.events).is_empty(),
            "partner {} appears in no event",
            p.id
        );
    }
    for p in &a.team.people {
        assert!(
            !wego10_core::team::roles(p, &a.awards.editions).is_empty(),
            "person {} has no role",
            p.id
        );
    }
}

#[test]
fn every_city_member_is_on_the_map_or_says_why_not() {
    let a = all();
    for m in &a.members.members {
        match m.kind {
            MemberKind::City => assert!(
                (m.lat.is_some() && m.lon.is_some() && m.coordinates_source.is_some())
                    || m.coordinates_note.is_some(),
                "city {} has neither cited coordinates nor a reason",
                m.id
            ),
            _ => assert!(
                m.lat.is_none(),
                "{} is not a city but has coordinates",
                m.id
            ),
        }
        if let Some(s) = &m.coordinates_source {
            assert!(s.url.is_some(), "{}: the gazetteer is not linked", m.id);
        }
    }
    let placed = members::on_map(&a.members.members);
    assert!(placed.len() >= 30, "{} cities on the map", placed.len());
    // The year control: by 2010 only few had appeared, by 2021 all placed cities.
    let refs = a.refs();
    let by_2010 = members::on_map_by(&a.members.members, &refs, 2010);
    assert!(by_2010.iter().any(|m| m.id == "seoul"));
    assert!(by_2010.len() < placed.len());
    assert_eq!(
        members::on_map_by(&a.members.members, &refs, 2024).len(),
        placed.len()
    );
}

#[test]
fn every_entry_has_sources_with_a_link_or_a_publication() {
    let a = all();
    assert!(a.members.members.iter().all(|m| !m.sources.is_empty()));
    assert!(a.partners.partners.iter().all(|p| !p.sources.is_empty()));
    assert!(a.team.people.iter().all(|p| !p.sources.is_empty()));
    for name in DATA_FILES {
        let w = source_warnings(name, &shipped(name));
        assert!(w.is_empty(), "{}", show(w));
    }
}

#[test]
fn shipped_data_is_complete() {
    let a = all();
    let timeline = &a.timeline;
    assert!(
        timeline.events.len() >= 30,
        "{} events",
        timeline.events.len()
    );
    for city in ["Seoul", "Chengdu", "Ulyanovsk", "Beyoğlu", "Mexico City"] {
        assert!(
            a.offices.offices.iter().any(|o| o.city.contains(city)),
            "no office in {city}"
        );
    }
    let fourth = a
        .awards
        .editions
        .iter()
        .find(|e| e.id == "4th")
        .expect("4th edition");
    assert_eq!(fourth.categories.len(), 6);
    assert_eq!(fourth.winners.len(), 18);
    assert_eq!(fourth.judges.len(), 6);
    assert_eq!(fourth.applications, Some(52));
    assert!(fourth.categories.iter().all(|c| !c.keywords.is_empty()));
    assert_eq!(a.awards.editions.len(), 4);
    assert!(a.members.members.len() >= 40);
    assert!(a.partners.partners.len() >= 15);
    assert!(a.team.people.len() >= 30);
    for kind in [
        MemberKind::City,
        MemberKind::Region,
        MemberKind::Organization,
        MemberKind::Corporate,
    ] {
        assert!(
            a.members.members.iter().any(|m| m.kind == kind),
            "no {kind:?} member"
        );
    }
}

#[test]
fn no_template_filler_ships() {
    assert_eq!(DATA_FILES.len(), 7);
    for name in DATA_FILES {
        let text = shipped(name);
        for filler in ["Lorem ipsum", "I am text block", "Dummy Image"] {
            assert!(!text.contains(filler), "{name} contains {filler}");
        }
    }
}

#[test]
fn the_team_holds_no_quotes() {
    // The sources hold no testimonials: none may be written.
    let text = shipped("team.json");
    assert!(!text.contains("\"quote\""));
    assert!(all().site.testimonials.is_empty());
}

/// Issue 23: a member is an entry whose membership a source states, never one inferred
/// from an award (the 4th WeGO Awards were open to non-members too).
#[test]
fn every_member_cites_a_source_that_states_membership() {
    let a = all();
    for m in &a.members.members {
        let stated: Vec<&str> = m
            .sources
            .iter()
            .filter_map(|s| s.membership.as_deref())
            .collect();
        assert!(
            !stated.is_empty(),
            "member {} has no source stating membership",
            m.id
        );
        // The statement is about membership, not the award.
        assert!(
            stated.iter().all(|t| !t.to_lowercase().contains("award")
                || t.to_lowercase().contains("member")),
            "member {}: {stated:?}",
            m.id
        );
    }
    // The ten that only an award used to support: each now cites its membership or is gone.
    for id in [
        "surrey",
        "taipei",
        "new-taipei-city",
        "george-town",
        "belo-horizonte",
        "istanbul",
        "mashhad",
        "jeju",
        "sao-paulo",
        "sejong",
    ] {
        if let Some(m) = a.members.members.iter().find(|m| m.id == id) {
            let awards_only = m.sources.iter().all(|s| {
                s.membership.is_none() || s.url.as_deref().is_some_and(|u| u.contains("award"))
            });
            assert!(
                !awards_only,
                "member {id} is supported by an award page only"
            );
        }
    }
}
