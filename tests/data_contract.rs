//! The shipped data passes the same validation as the app's, and the validator
//! command reports broken files with file, line:column and field path.

use std::process::Command;

use wego10::data::validate::{check_references, parse, Dataset};
use wego10::data::{AwardsFile, OfficesFile, Site, TimelineFile};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn show(problems: Vec<wego10::data::validate::Problem>) -> String {
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

fn validator(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate-data"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn validator_command_accepts_the_shipped_files() {
    let (ok, out) = validator(&[]);
    assert!(ok, "{out}");
    assert!(out.starts_with("ok: 4 files"), "{out}");
}

#[test]
fn validator_command_names_file_line_column_and_path() {
    let dir = std::env::temp_dir().join(format!("wego10-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Give the Chengdu office the Secretariat's id: a duplicate, and dangling references.
    let broken =
        shipped("offices.json").replacen("\"id\": \"chengdu\"", "\"id\": \"seoul-secretariat\"", 1);
    let dup_line = broken
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("\"id\": \"seoul-secretariat\""))
        .nth(1)
        .map(|(n, l)| (n + 1, l.find('"').unwrap() + 1))
        .expect("two secretariat ids");
    let path = dir.join("my-offices.json");
    std::fs::write(&path, &broken).unwrap();
    let (ok, out) = validator(&[path.to_str().unwrap()]);
    assert!(!ok, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("duplicate office id"))
        .unwrap_or_else(|| panic!("{out}"));
    // file:line:column: path: message, pointing at the value of the duplicated id
    let prefix = format!("{}:{}:", path.display(), dup_line.0);
    assert!(line.starts_with(&prefix), "{line} (expected {prefix})");
    assert!(
        line.contains(".id: duplicate office id \"seoul-secretariat\""),
        "{line}"
    );
    assert!(
        out.contains("dangling reference: no office in offices.json \"chengdu\""),
        "{out}"
    );
}
