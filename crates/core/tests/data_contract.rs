//! The shipped data passes the same validation as the app's.

use wego10_core::data::validate::{check_references, parse, Dataset};
use wego10_core::data::{AwardsFile, OfficesFile, Site, TimelineFile};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../public/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn show(problems: Vec<wego10_core::data::validate::Problem>) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn shipped_data_is_valid_and_consistent() {
    let site = parse::<Site>(&shipped("site.json")).map_err(show).unwrap();
    let timeline = parse::<TimelineFile>(&shipped("timeline.json"))
        .map_err(show)
        .unwrap();
    let offices = parse::<OfficesFile>(&shipped("offices.json"))
        .map_err(show)
        .unwrap();
    let awards = parse::<AwardsFile>(&shipped("awards.json"))
        .map_err(show)
        .unwrap();
    let d = Dataset {
        site: &site,
        timeline: &timeline,
        offices: &offices,
        awards: &awards,
    };
    for (file, findings) in check_references(&d) {
        assert!(findings.0.is_empty(), "{file}: {:?}", findings.0);
    }
}

#[test]
fn shipped_data_is_complete() {
    let timeline = parse::<TimelineFile>(&shipped("timeline.json")).unwrap();
    let offices = parse::<OfficesFile>(&shipped("offices.json")).unwrap();
    let awards = parse::<AwardsFile>(&shipped("awards.json")).unwrap();
    assert!(
        timeline.events.len() >= 30,
        "{} events",
        timeline.events.len()
    );
    for city in ["Seoul", "Chengdu", "Ulyanovsk", "Beyoğlu", "Mexico City"] {
        assert!(
            offices.offices.iter().any(|o| o.city.contains(city)),
            "no office in {city}"
        );
    }
    let fourth = awards
        .editions
        .iter()
        .find(|e| e.id == "4th")
        .expect("4th edition");
    assert_eq!(fourth.categories.len(), 6);
    assert_eq!(fourth.winners.len(), 18);
    assert_eq!(fourth.judges.len(), 6);
    assert_eq!(fourth.applications, Some(52));
    assert!(fourth.categories.iter().all(|c| !c.keywords.is_empty()));
    assert_eq!(awards.editions.len(), 4);
}

#[test]
fn no_template_filler_ships() {
    for name in ["site.json", "timeline.json", "offices.json", "awards.json"] {
        let text = shipped(name);
        for filler in ["Lorem ipsum", "I am text block", "Dummy Image"] {
            assert!(!text.contains(filler), "{name} contains {filler}");
        }
    }
}
