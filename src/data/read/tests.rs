//! The reader against serde, on serde_json's values: every shipped file reads the same
//! both ways, and a broken file gets serde's words at serde's paths.

use serde_json::Value;
use wego10_core::boot::{hex_fingerprint, Boot};
use wego10_core::data::model::*;
use wego10_core::data::validate::{parse, Problem, SerdeFile};

use super::*;

impl Json for Value {
    fn kind(&self) -> Kind<Self> {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(b) => Kind::Bool(*b),
            Value::Number(n) => Kind::Number(n.as_f64().unwrap()),
            Value::String(s) => Kind::Str(s.clone()),
            Value::Array(items) => Kind::Array(items.clone()),
            Value::Object(map) => Kind::Object(map.clone().into_iter().collect()),
        }
    }

    fn is_null(&self) -> bool {
        Value::is_null(self)
    }

    fn number_text(n: f64) -> String {
        n.to_string()
    }
}

fn read<T: DataFile + FromJson>(text: &str) -> Result<T, Vec<Problem>> {
    file(text, |t| {
        serde_json::from_str::<Value>(t).map_err(|e| e.to_string())
    })
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn same_as_serde<T: SerdeFile + FromJson + PartialEq + std::fmt::Debug>() {
    let text = shipped(T::NAME);
    let serde = parse::<T>(&text);
    assert!(serde.is_ok(), "{}: {serde:?}", T::NAME);
    assert_eq!(read::<T>(&text), serde, "{}", T::NAME);
}

#[test]
fn every_shipped_file_reads_as_serde_reads_it() {
    same_as_serde::<Site>();
    same_as_serde::<TimelineFile>();
    same_as_serde::<OfficesFile>();
    same_as_serde::<AwardsFile>();
    same_as_serde::<MembersFile>();
    same_as_serde::<PartnersFile>();
    same_as_serde::<TeamFile>();
}

const EVENTS: &str = r#"{
  "categories": [{"id": "ga", "label": "General Assembly"}],
  "events": [
    {"id": "one", "title": "One", "category": "ga", "summary": "S", "date": "2010", "sources": [{"label": "x"}]},
    {"id": "two", "title": "Two", "category": "ga", "summary": "S", "sources": [{"label": "x"}],
     "members": [{"id": "seoul", "role": "host"}]}
  ]
}"#;

const AWARDS: &str = r#"{"established": 2011, "about": "A", "editions": [{"id": "1st", "number": 1,
  "name": "1st", "year": 2012, "categories": [{"id": "c", "name": "C"}], "levels": [],
  "sources": [{"label": "x"}]}]}"#;

/// (path, message) of each problem.
fn shown(problems: Vec<Problem>) -> Vec<(String, String)> {
    problems.into_iter().map(|p| (p.path, p.message)).collect()
}

/// Every problem serde reports for `text`, the reader reports too (it may find more: it
/// goes on past the first problem of an item).
fn reports_what_serde_does<T: SerdeFile + FromJson + std::fmt::Debug>(
    text: &str,
) -> Vec<(String, String)> {
    let serde = shown(parse::<T>(text).unwrap_err());
    let ours = shown(read::<T>(text).unwrap_err());
    for p in &serde {
        assert!(ours.contains(p), "serde: {p:?}\nreader: {ours:?}");
    }
    ours
}

#[test]
fn broken_items_get_serde_words_and_paths() {
    let events = |from: &str, to: &str| {
        assert!(EVENTS.contains(from), "{from}");
        reports_what_serde_does::<TimelineFile>(&EVENTS.replace(from, to))
    };
    events("\"date\": \"2010\"", "\"date\": \"2010-13\"");
    events("\"title\": \"Two\", ", "");
    events("\"id\": \"two\"", "\"id\": \"Two Words\"");
    events("\"title\": \"Two\"", "\"title\": 5");
    events("\"title\": \"Two\"", "\"title\": 1.5");
    events("\"title\": \"Two\"", "\"title\": null");
    events("\"title\": \"Two\"", "\"title\": {}");
    events("\"title\": \"Two\"", "\"title\": [true]");
    events("\"title\": \"Two\"", "\"title\": \"Two\", \"body\": null");
    events("\"role\": \"host\"", "\"role\": \"hoster\"");
    events("[{\"label\": \"x\"}]}", "[[]]}");
    events("[{\"label\": \"x\"}]}", "[5]}");
    events("\"date\": \"2010\"", "\"date\": null, \"titel\": \"x\"");
    let awards = |from: &str, to: &str| {
        assert!(AWARDS.contains(from), "{from}");
        reports_what_serde_does::<AwardsFile>(&AWARDS.replace(from, to))
    };
    awards("\"number\": 1", "\"number\": 300");
    awards("\"number\": 1", "\"number\": -1");
    awards("\"year\": 2012", "\"year\": \"2012\"");
    awards("\"year\": 2012", "\"year\": 2012.5");
}

#[test]
fn every_broken_item_is_reported() {
    let text = EVENTS
        .replace("\"date\": \"2010\"", "\"date\": \"2010-13\"")
        .replace("\"title\": \"Two\", ", "");
    let p = read::<TimelineFile>(&text).unwrap_err();
    assert_eq!(
        shown(p.clone()),
        vec![
            (
                "events[0].date".to_owned(),
                "bad date \"2010-13\": month must be 01 to 12".to_owned()
            ),
            ("events[1]".to_owned(), "missing field `title`".to_owned()),
        ]
    );
    assert_eq!((p[0].line, p[0].column), (4, 77));
    assert_eq!(p[1].line, 5);
}

#[test]
fn the_wrong_shape_at_the_top_is_named() {
    let top = reports_what_serde_does::<TimelineFile>("[]");
    assert_eq!(
        top,
        vec![(
            "(top level)".to_owned(),
            "invalid length 0, expected struct TimelineFile with 2 elements".to_owned()
        )]
    );
    let list = reports_what_serde_does::<TimelineFile>("{\"events\": 5}");
    assert_eq!(
        list,
        vec![
            (
                "(top level)".to_owned(),
                "missing field `categories`".to_owned()
            ),
            (
                "events".to_owned(),
                "invalid type: integer `5`, expected a sequence".to_owned()
            ),
        ]
    );
}

#[test]
fn an_unknown_field_is_named_with_the_known_ones() {
    let p = shown(read::<OfficesFile>("{\"offices\": [], \"notes\": \"x\"}").unwrap_err());
    assert_eq!(
        p,
        vec![(
            "notes".to_owned(),
            "unknown field `notes`, expected `note` or `offices`".to_owned()
        )]
    );
}

#[test]
fn syntax_errors_and_empty_files_are_top_level_problems() {
    let p = read::<TimelineFile>("{\n  \"events\": [,]\n}").unwrap_err();
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].line, p[0].path.as_str()), (2, "(top level)"));
    assert!(p[0].message.starts_with("not valid JSON: "), "{}", p[0]);
    for empty in ["", " \n "] {
        let p = read::<TimelineFile>(empty).unwrap_err();
        assert_eq!(p[0].message, "the file is empty");
    }
}

#[test]
fn checks_run_once_the_file_is_read() {
    let p =
        read::<TimelineFile>(&EVENTS.replace("\"id\": \"two\"", "\"id\": \"one\"")).unwrap_err();
    assert_eq!(
        shown(p),
        vec![(
            "events[1].id".to_owned(),
            "duplicate event id \"one\"".to_owned()
        )]
    );
}

#[test]
fn reads_the_boot_block_the_site_build_writes() {
    let boot = Boot {
        path: "/wego10/x</script>".into(),
        year: 2026,
        data: vec![("a.json".into(), hex_fingerprint(1))],
        nodes: "eetc".into(),
    };
    let value: Value = serde_json::from_str(&boot.to_script_text()).unwrap();
    let mut out = Findings::default();
    assert_eq!(Boot::read(&value, &At::Root, &mut out), Some(boot));
    // A key it does not know is ignored; a missing one is not.
    let newer: Value =
        serde_json::from_str(r#"{"path": "/", "year": 2026, "data": [], "nodes": "e", "new": 1}"#)
            .unwrap();
    assert!(Boot::read(&newer, &At::Root, &mut out).is_some() && out.0.is_empty());
    let older: Value = serde_json::from_str(r#"{"path": "/", "data": []}"#).unwrap();
    assert_eq!(Boot::read(&older, &At::Root, &mut out), None);
}
