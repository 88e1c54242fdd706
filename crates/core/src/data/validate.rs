//! Parsing and validation of the data files, shared by the app and the
//! `validate-data` command. Every problem names its file, line:column and field path.

use std::collections::HashSet;
use std::fmt;

use serde::de::DeserializeOwned;

use super::model::*;
use super::slug::Slug;
use super::spans::{array_items, line_col, locate, offset_of, JsonPath};

/// One thing wrong with a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.path, self.message
        )
    }
}

/// A data file the app knows: its name and the checks that need the whole file. How the
/// file is read is up to the reader: serde here (`SerdeFile`), `JSON.parse` in the browser.
pub trait DataFile {
    const NAME: &'static str;
    /// Checks that need the whole file (ids, references inside the file, ranges).
    fn check(&self, out: &mut Findings);
}

/// A data file as the native tools read it, with serde.
pub trait SerdeFile: DataFile + DeserializeOwned {
    /// Arrays of items (dotted paths), each with the check of its item type, so that a
    /// shape error in one item does not hide the others.
    const ITEMS: &'static [(&'static str, ItemCheck)];
}

/// Deserializes one item and returns its error, if any: its path and the error.
pub type ItemCheck = fn(&str) -> Option<(String, serde_json::Error)>;

/// Problems found by a check, as (path, message) before they are located in the text.
#[derive(Default)]
pub struct Findings(pub Vec<(JsonPath, String)>);

impl Findings {
    pub fn add(&mut self, path: JsonPath, message: impl Into<String>) {
        self.0.push((path, message.into()));
    }

    /// Locates every finding in `text` and turns it into a `Problem`.
    pub fn into_problems(self, file: &str, text: &str) -> Vec<Problem> {
        self.0
            .into_iter()
            .map(|(path, message)| {
                let (line, column) = line_col(text, locate(text, &path).0);
                Problem {
                    file: file.to_owned(),
                    line,
                    column,
                    path: path.to_string(),
                    message,
                }
            })
            .collect()
    }
}

/// Reads a data file: parses it, checks it, and reports every problem found.
pub fn parse<T: SerdeFile>(text: &str) -> Result<T, Vec<Problem>> {
    parse_named(T::NAME, text)
}

/// As `parse`, with the file name to report (e.g. a path given to the validator).
pub fn parse_named<T: SerdeFile>(file: &str, text: &str) -> Result<T, Vec<Problem>> {
    checked(file, text, parse_shape::<T>(file, text)?)
}

/// A file read from `text` (by either reader), once its whole-file checks pass.
pub fn checked<T: DataFile>(file: &str, text: &str, value: T) -> Result<T, Vec<Problem>> {
    let problems = check_file(file, text, &value);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

/// Parses the JSON into the model: syntax and shape (fields, types, slugs, dates).
pub fn parse_shape<T: SerdeFile>(file: &str, text: &str) -> Result<T, Vec<Problem>> {
    match deserialize_tracked::<T>(text) {
        Ok(value) => Ok(value),
        Err((path, err)) => Err(shape_problems::<T>(file, text, &path, &err)),
    }
}

/// Deserializes `text` as `I`, returning the error with its field path (tracked with
/// serde_path_to_error; the browser reads with `JSON.parse` and tracks its own).
pub fn deserialize_tracked<I: DeserializeOwned>(
    text: &str,
) -> Result<I, (String, serde_json::Error)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize::<_, I>(&mut *de)
        .map_err(|e| (e.path().to_string(), e.into_inner()))?;
    de.end().map_err(|e| (String::new(), e))?;
    Ok(value)
}

/// The checks that need the whole file: unique ids, references inside it, ranges.
pub fn check_file<T: DataFile>(file: &str, text: &str, value: &T) -> Vec<Problem> {
    let mut findings = Findings::default();
    value.check(&mut findings);
    findings.into_problems(file, text)
}

fn serde_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    }
}

fn top_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "(top level)".to_owned()
    } else {
        path.to_owned()
    }
}

fn shape_problems<T: SerdeFile>(
    file: &str,
    text: &str,
    path: &str,
    err: &serde_json::Error,
) -> Vec<Problem> {
    let message = if text.trim().is_empty() {
        "the file is empty".to_owned()
    } else if err.is_syntax() || err.is_eof() {
        format!("not valid JSON: {}", serde_message(err))
    } else {
        serde_message(err)
    };
    let first = Problem {
        file: file.to_owned(),
        line: err.line().max(1),
        column: err.column().max(1),
        path: top_path(path),
        message,
    };
    if err.is_syntax() || err.is_eof() {
        return vec![first];
    }
    // Check items one by one to report every broken item, not just the first.
    let mut problems = Vec::new();
    for (array, item_error) in T::ITEMS {
        let array_path = JsonPath::parse(array);
        for (index, (start, end)) in array_items(text, &array_path).into_iter().enumerate() {
            let item = &text[start..end];
            if let Some((inner_path, e)) = item_error(item) {
                let offset = start + offset_of(item, e.line().max(1), e.column());
                let (line, column) = line_col(text, offset);
                let mut path = format!("{array_path}[{index}]");
                if !inner_path.is_empty() && inner_path != "." {
                    path.push('.');
                    path.push_str(&inner_path);
                }
                problems.push(Problem {
                    file: file.to_owned(),
                    line,
                    column,
                    path,
                    message: serde_message(&e),
                });
            }
        }
    }
    if problems.is_empty() {
        problems.push(first);
    }
    problems
}

/// Deserializes one item as `I`, returning the error path and error.
pub fn item_error_of<I: DeserializeOwned>(item: &str) -> Option<(String, serde_json::Error)> {
    deserialize_tracked::<I>(item).err()
}

impl SerdeFile for Site {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[
        ("key_figures", item_error_of::<KeyFigure>),
        ("campaign.sections", item_error_of::<CampaignSection>),
    ];
}

impl SerdeFile for TimelineFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[
        ("categories", item_error_of::<Category>),
        ("events", item_error_of::<Event>),
    ];
}

impl SerdeFile for OfficesFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[("offices", item_error_of::<Office>)];
}

impl SerdeFile for AwardsFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[("editions", item_error_of::<Edition>)];
}

impl SerdeFile for MembersFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[("members", item_error_of::<Member>)];
}

impl SerdeFile for PartnersFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[("partners", item_error_of::<Partner>)];
}

impl SerdeFile for TeamFile {
    const ITEMS: &'static [(&'static str, ItemCheck)] = &[("people", item_error_of::<TeamMember>)];
}

// ------------------------------------------------------------------ checks

fn unique_ids<'a>(
    out: &mut Findings,
    base: &JsonPath,
    ids: impl IntoIterator<Item = &'a Slug>,
    what: &str,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.into_iter().enumerate() {
        if !seen.insert(id.as_str()) {
            out.add(
                base.index(i).key("id"),
                format!("duplicate {what} id \"{id}\""),
            );
        }
    }
    seen
}

fn check_sources(out: &mut Findings, path: &JsonPath, sources: &[Source]) {
    if sources.is_empty() {
        out.add(path.key("sources"), "at least one source is required");
    }
    for (i, s) in sources.iter().enumerate() {
        if let Some(membership) = &s.membership {
            check_text(
                out,
                path.key("sources").index(i).key("membership"),
                membership,
            );
        }
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                out.add(
                    path.key("sources").index(i).key("url"),
                    format!("source URL \"{url}\" must start with http:// or https://"),
                );
            }
        }
    }
}

/// Template filler of the source pages, which is never content. (Built with `concat!`
/// so that a search of the sources for shipped filler does not find this list.)
const TEMPLATE_FILLER: [&str; 3] = [
    concat!("Lorem", " ipsum"),
    concat!("I am", " text block"),
    concat!("Dummy", " Image"),
];

fn check_text(out: &mut Findings, path: JsonPath, text: &str) {
    if text.trim().is_empty() {
        out.add(path, "must not be empty");
    } else if TEMPLATE_FILLER.iter().any(|f| text.contains(f)) {
        out.add(path, "template filler is not content");
    }
}

impl DataFile for Site {
    const NAME: &'static str = "site.json";

    fn check(&self, out: &mut Findings) {
        let root = JsonPath::root();
        check_text(out, root.key("name"), &self.name);
        check_text(out, root.key("tagline"), &self.tagline);
        for (i, p) in self.campaign.intro.iter().enumerate() {
            check_text(out, root.key("campaign").key("intro").index(i), p);
        }
        let figures = root.key("key_figures");
        unique_ids(
            out,
            &figures,
            self.key_figures.iter().map(|f| &f.id),
            "key figure",
        );
        for (i, f) in self.key_figures.iter().enumerate() {
            check_sources(out, &figures.index(i), &f.sources);
        }
        let sections = root.key("campaign").key("sections");
        unique_ids(
            out,
            &sections,
            self.campaign.sections.iter().map(|s| &s.id),
            "section",
        );
        for (i, s) in self.campaign.sections.iter().enumerate() {
            if let Some(route) = &s.route {
                // a campaign section may open any of the app's sections
                if crate::sections::by_id(route).is_none() {
                    out.add(
                        sections.index(i).key("route"),
                        format!("unknown route \"{route}\""),
                    );
                }
            }
            for (j, h) in s.hashtags.iter().enumerate() {
                if !h.starts_with('#') {
                    out.add(
                        sections.index(i).key("hashtags").index(j),
                        "a hashtag starts with #",
                    );
                }
            }
        }
        check_sources(out, &root, &self.sources);
    }
}

impl DataFile for TimelineFile {
    const NAME: &'static str = "timeline.json";

    fn check(&self, out: &mut Findings) {
        let cats = JsonPath::root().key("categories");
        let known = unique_ids(
            out,
            &cats,
            self.categories.iter().map(|c| &c.id),
            "category",
        );
        let events = JsonPath::root().key("events");
        unique_ids(out, &events, self.events.iter().map(|e| &e.id), "event");
        for (i, e) in self.events.iter().enumerate() {
            let p = events.index(i);
            check_text(out, p.key("title"), &e.title);
            check_text(out, p.key("summary"), &e.summary);
            for (j, b) in e.body.iter().enumerate() {
                check_text(out, p.key("body").index(j), b);
            }
            if !known.contains(e.category.as_str()) {
                out.add(
                    p.key("category"),
                    format!("unknown category \"{}\"", e.category),
                );
            }
            match (&e.date, &e.end_date) {
                (None, Some(_)) => out.add(p.key("end_date"), "end_date without a date"),
                (Some(start), Some(end)) if end < start => out.add(
                    p.key("end_date"),
                    format!("end_date {end} is before date {start}"),
                ),
                _ => {}
            }
            for (j, h) in e.hashtags.iter().enumerate() {
                if !h.starts_with('#') {
                    out.add(p.key("hashtags").index(j), "a hashtag starts with #");
                }
            }
            check_sources(out, &p, &e.sources);
        }
    }
}

impl DataFile for OfficesFile {
    const NAME: &'static str = "offices.json";

    fn check(&self, out: &mut Findings) {
        let offices = JsonPath::root().key("offices");
        unique_ids(out, &offices, self.offices.iter().map(|o| &o.id), "office");
        for (i, o) in self.offices.iter().enumerate() {
            let p = offices.index(i);
            check_text(out, p.key("name"), &o.name);
            check_text(out, p.key("city"), &o.city);
            if !(-90.0..=90.0).contains(&o.lat) || o.lat.is_nan() {
                out.add(
                    p.key("lat"),
                    format!("latitude {} is outside -90..90", o.lat),
                );
            }
            if !(-180.0..=180.0).contains(&o.lon) || o.lon.is_nan() {
                out.add(
                    p.key("lon"),
                    format!("longitude {} is outside -180..180", o.lon),
                );
            }
            if let (Some(a), Some(op)) = (&o.approved, &o.opened) {
                if op.year < a.year {
                    out.add(
                        p.key("opened"),
                        format!("opened {op} before it was approved {a}"),
                    );
                }
            }
            check_sources(out, &p, &o.sources);
        }
        if self
            .offices
            .iter()
            .filter(|o| o.kind == OfficeKind::Secretariat)
            .count()
            != 1
        {
            out.add(offices, "exactly one office must be the secretariat");
        }
    }
}

impl DataFile for AwardsFile {
    const NAME: &'static str = "awards.json";

    fn check(&self, out: &mut Findings) {
        let editions = JsonPath::root().key("editions");
        unique_ids(
            out,
            &editions,
            self.editions.iter().map(|e| &e.id),
            "edition",
        );
        for (i, ed) in self.editions.iter().enumerate() {
            let p = editions.index(i);
            let cats = unique_ids(
                out,
                &p.key("categories"),
                ed.categories.iter().map(|c| &c.id),
                "category",
            );
            let levels = unique_ids(
                out,
                &p.key("levels"),
                ed.levels.iter().map(|l| &l.id),
                "level",
            );
            let winners = p.key("winners");
            unique_ids(out, &winners, ed.winners.iter().map(|w| &w.id), "winner");
            for (j, w) in ed.winners.iter().enumerate() {
                let wp = winners.index(j);
                if !cats.contains(w.category.as_str()) {
                    out.add(
                        wp.key("category"),
                        format!("unknown category \"{}\"", w.category),
                    );
                }
                if let Some(level) = &w.level {
                    if !levels.contains(level.as_str()) {
                        out.add(wp.key("level"), format!("unknown level \"{level}\""));
                    }
                }
                for (k, d) in w.description.iter().enumerate() {
                    check_text(out, wp.key("description").index(k), d);
                }
                check_sources(out, &wp, &w.sources);
            }
            check_sources(out, &p, &ed.sources);
        }
    }
}

fn check_coordinates(out: &mut Findings, p: &JsonPath, lat: f64, lon: f64) {
    if !(-90.0..=90.0).contains(&lat) || lat.is_nan() {
        out.add(p.key("lat"), format!("latitude {lat} is outside -90..90"));
    }
    if !(-180.0..=180.0).contains(&lon) || lon.is_nan() {
        out.add(
            p.key("lon"),
            format!("longitude {lon} is outside -180..180"),
        );
    }
}

impl DataFile for MembersFile {
    const NAME: &'static str = "members.json";

    fn check(&self, out: &mut Findings) {
        let members = JsonPath::root().key("members");
        unique_ids(out, &members, self.members.iter().map(|m| &m.id), "member");
        for (i, m) in self.members.iter().enumerate() {
            let p = members.index(i);
            check_text(out, p.key("name"), &m.name);
            if let Some(note) = &m.note {
                check_text(out, p.key("note"), note);
            }
            match (m.lat, m.lon) {
                (Some(lat), Some(lon)) => {
                    check_coordinates(out, &p, lat, lon);
                    match &m.coordinates_source {
                        Some(s) => check_sources(
                            out,
                            &p.key("coordinates_source"),
                            std::slice::from_ref(s),
                        ),
                        None => out.add(
                            p.key("lat"),
                            "coordinates need a coordinates_source (the gazetteer they come from)",
                        ),
                    }
                }
                (Some(_), None) => out.add(p.key("lat"), "latitude without a longitude"),
                (None, Some(_)) => out.add(p.key("lon"), "longitude without a latitude"),
                (None, None) => {
                    if m.kind == MemberKind::City && m.coordinates_note.is_none() {
                        out.add(
                            p.key("kind"),
                            "a city needs coordinates (lat, lon) to be on the map, or a coordinates_note saying why it has none",
                        );
                    }
                    if m.coordinates_source.is_some() {
                        out.add(
                            p.key("coordinates_source"),
                            "coordinates_source without coordinates",
                        );
                    }
                }
            }
            if m.region.is_some() && m.country.is_none() {
                out.add(p.key("region"), "a region without a country");
            }
            check_sources(out, &p, &m.sources);
            if !m.sources.iter().any(|s| s.membership.is_some()) {
                out.add(
                    p.key("sources"),
                    "no source states that this is a WeGO member: give the source that does a \"membership\" field saying what it states",
                );
            }
        }
    }
}

impl DataFile for PartnersFile {
    const NAME: &'static str = "partners.json";

    fn check(&self, out: &mut Findings) {
        let partners = JsonPath::root().key("partners");
        unique_ids(
            out,
            &partners,
            self.partners.iter().map(|m| &m.id),
            "partner",
        );
        for (i, m) in self.partners.iter().enumerate() {
            let p = partners.index(i);
            check_text(out, p.key("name"), &m.name);
            check_text(out, p.key("summary"), &m.summary);
            if let Some(url) = &m.url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    out.add(
                        p.key("url"),
                        format!("URL \"{url}\" must start with http:// or https://"),
                    );
                }
            }
            check_sources(out, &p, &m.sources);
        }
    }
}

impl DataFile for TeamFile {
    const NAME: &'static str = "team.json";

    fn check(&self, out: &mut Findings) {
        let people = JsonPath::root().key("people");
        unique_ids(out, &people, self.people.iter().map(|m| &m.id), "person");
        for (i, m) in self.people.iter().enumerate() {
            let p = people.index(i);
            check_text(out, p.key("name"), &m.name);
            for (j, r) in m.roles.iter().enumerate() {
                let rp = p.key("roles").index(j);
                check_text(out, rp.key("title"), &r.title);
                if let (Some(from), Some(to)) = (r.from, r.to) {
                    if to < from {
                        out.add(rp.key("to"), format!("to {to} is before from {from}"));
                    }
                }
                for (k, y) in r.years.iter().enumerate() {
                    if !(1900..=2100).contains(y) {
                        out.add(
                            rp.key("years").index(k),
                            format!("year {y} is not plausible"),
                        );
                    }
                }
                if let Some(note) = &r.note {
                    check_text(out, rp.key("note"), note);
                }
            }
            check_sources(out, &p, &m.sources);
        }
    }
}

/// All the files, for the checks that cross from one file to another.
pub struct Dataset<'a> {
    pub site: &'a Site,
    pub timeline: &'a TimelineFile,
    pub offices: &'a OfficesFile,
    pub awards: &'a AwardsFile,
    pub members: &'a MembersFile,
    pub partners: &'a PartnersFile,
    pub team: &'a TeamFile,
}

fn refs(out: &mut Findings, path: JsonPath, ids: &[Slug], known: &HashSet<&str>, what: &str) {
    for (i, id) in ids.iter().enumerate() {
        if !known.contains(id.as_str()) {
            out.add(
                path.index(i),
                format!("dangling reference: no {what} \"{id}\""),
            );
        }
    }
}

fn one_ref(
    out: &mut Findings,
    path: JsonPath,
    id: &Option<Slug>,
    known: &HashSet<&str>,
    what: &str,
) {
    if let Some(id) = id {
        if !known.contains(id.as_str()) {
            out.add(path, format!("dangling reference: no {what} \"{id}\""));
        }
    }
}

/// Cross-file references, as (file, findings). Run by the validator, not by the app:
/// in the app each section must work even when another file failed to load.
pub fn check_references(d: &Dataset) -> Vec<(&'static str, Findings)> {
    let events: HashSet<&str> = d.timeline.events.iter().map(|e| e.id.as_str()).collect();
    let offices: HashSet<&str> = d.offices.offices.iter().map(|o| o.id.as_str()).collect();
    let editions: HashSet<&str> = d.awards.editions.iter().map(|e| e.id.as_str()).collect();
    let members: HashSet<&str> = d.members.members.iter().map(|m| m.id.as_str()).collect();
    let partners: HashSet<&str> = d.partners.partners.iter().map(|p| p.id.as_str()).collect();
    let people: HashSet<&str> = d.team.people.iter().map(|p| p.id.as_str()).collect();
    // Members that something names: each member must appear somewhere.
    let mut named: HashSet<&str> = HashSet::new();

    let mut timeline = Findings::default();
    for (i, e) in d.timeline.events.iter().enumerate() {
        let p = JsonPath::root().key("events").index(i);
        refs(
            &mut timeline,
            p.key("offices"),
            &e.offices,
            &offices,
            "office in offices.json",
        );
        refs(
            &mut timeline,
            p.key("awards"),
            &e.awards,
            &editions,
            "edition in awards.json",
        );
        let mut seen = HashSet::new();
        for (j, m) in e.members.iter().enumerate() {
            let mp = p.key("members").index(j).key("id");
            named.insert(m.id.as_str());
            if !members.contains(m.id.as_str()) {
                timeline.add(
                    mp,
                    format!("dangling reference: no member in members.json \"{}\"", m.id),
                );
            } else if !seen.insert((m.id.as_str(), m.role)) {
                timeline.add(
                    mp,
                    format!("member \"{}\" is named twice as {}", m.id, m.role.as_str()),
                );
            }
        }
        refs(
            &mut timeline,
            p.key("partners"),
            &e.partners,
            &partners,
            "partner in partners.json",
        );
        refs(
            &mut timeline,
            p.key("people"),
            &e.people,
            &people,
            "person in team.json",
        );
    }

    let mut awards = Findings::default();
    for (i, ed) in d.awards.editions.iter().enumerate() {
        let ep = JsonPath::root().key("editions").index(i);
        for (j, w) in ed.winners.iter().enumerate() {
            let p = ep.key("winners").index(j);
            refs(
                &mut awards,
                p.key("events"),
                &w.events,
                &events,
                "event in timeline.json",
            );
            refs(
                &mut awards,
                p.key("offices"),
                &w.offices,
                &offices,
                "office in offices.json",
            );
            one_ref(
                &mut awards,
                p.key("member"),
                &w.member,
                &members,
                "member in members.json",
            );
            named.extend(w.member.as_ref().map(Slug::as_str));
        }
        for (j, judge) in ed.judges.iter().enumerate() {
            one_ref(
                &mut awards,
                ep.key("judges").index(j).key("person"),
                &judge.person,
                &people,
                "person in team.json",
            );
        }
    }

    let mut offices_out = Findings::default();
    for (i, o) in d.offices.offices.iter().enumerate() {
        one_ref(
            &mut offices_out,
            JsonPath::root().key("offices").index(i).key("host_member"),
            &o.host_member,
            &members,
            "member in members.json",
        );
        named.extend(o.host_member.as_ref().map(Slug::as_str));
    }

    let mut team = Findings::default();
    for (i, person) in d.team.people.iter().enumerate() {
        for (j, r) in person.roles.iter().enumerate() {
            one_ref(
                &mut team,
                JsonPath::root()
                    .key("people")
                    .index(i)
                    .key("roles")
                    .index(j)
                    .key("office"),
                &r.office,
                &offices,
                "office in offices.json",
            );
        }
    }

    let mut members_out = Findings::default();
    for (i, m) in d.members.members.iter().enumerate() {
        if !named.contains(m.id.as_str()) {
            members_out.add(
                JsonPath::root().key("members").index(i).key("id"),
                format!(
                    "member \"{}\" appears nowhere: no event, office or award winner names it",
                    m.id
                ),
            );
        }
    }

    let mut site = Findings::default();
    for (i, f) in d.site.key_figures.iter().enumerate() {
        let p = JsonPath::root().key("key_figures").index(i);
        one_ref(
            &mut site,
            p.key("event"),
            &f.event,
            &events,
            "event in timeline.json",
        );
        one_ref(
            &mut site,
            p.key("edition"),
            &f.edition,
            &editions,
            "edition in awards.json",
        );
    }
    vec![
        ("timeline.json", timeline),
        ("awards.json", awards),
        ("site.json", site),
        ("offices.json", offices_out),
        ("team.json", team),
        ("members.json", members_out),
    ]
}

/// Warnings (not errors) about a data file's text: every source, wherever it sits
/// (`sources` lists, a member's `coordinates_source`), should give a URL or at least
/// the publication it comes from.
pub fn source_warnings(file: &str, text: &str) -> Vec<Problem> {
    fn walk(v: &serde_json::Value, path: &JsonPath, out: &mut Findings) {
        let is_bare = |s: &serde_json::Value| {
            s.is_object() && s.get("url").is_none() && s.get("publication").is_none()
        };
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let p = path.key(k);
                    match (k.as_str(), child) {
                        ("sources", serde_json::Value::Array(items)) => {
                            for (i, s) in items.iter().enumerate() {
                                if is_bare(s) {
                                    out.add(p.index(i), "source with neither url nor publication");
                                }
                            }
                        }
                        ("coordinates_source", s) if is_bare(s) => {
                            out.add(p, "source with neither url nor publication")
                        }
                        _ => walk(child, &p, out),
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &path.index(i), out);
                }
            }
            _ => {}
        }
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut out = Findings::default();
    walk(&value, &JsonPath::root(), &mut out);
    out.into_problems(file, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENTS: &str = r#"{
  "categories": [{"id": "ga", "label": "General Assembly"}],
  "events": [
    {"id": "one", "title": "One", "category": "ga", "summary": "S", "date": "2010", "sources": [{"label": "x"}]},
    {"id": "two", "title": "Two", "category": "ga", "summary": "S", "sources": [{"label": "x"}]}
  ]
}"#;

    fn problems(text: &str) -> Vec<Problem> {
        parse::<TimelineFile>(text).unwrap_err()
    }

    #[test]
    fn valid_file_parses() {
        let t = parse::<TimelineFile>(EVENTS).unwrap();
        assert_eq!(t.events.len(), 2);
        assert_eq!(t.events[0].date.unwrap().year, 2010);
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let p = problems("{\n  \"events\": [,]\n}");
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].file.as_str(), p[0].line), ("timeline.json", 2));
        assert!(p[0].message.starts_with("not valid JSON"), "{}", p[0]);
    }

    #[test]
    fn empty_file_is_reported_as_empty() {
        assert_eq!(problems("")[0].message, "the file is empty");
    }

    #[test]
    fn every_broken_item_is_reported_with_its_path() {
        let text = EVENTS
            .replace("\"date\": \"2010\"", "\"date\": \"2010-13\"")
            .replace("\"title\": \"Two\", ", "");
        let p = problems(&text);
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[0].path, "events[0].date");
        assert!(p[0].message.contains("month must be 01 to 12"));
        assert_eq!(p[0].line, 4);
        assert_eq!(p[1].path, "events[1]");
        assert!(p[1].message.contains("missing field `title`"));
        assert_eq!(p[1].line, 5);
    }

    #[test]
    fn semantic_problems_are_all_reported_and_located() {
        let text = EVENTS
            .replace("\"id\": \"two\"", "\"id\": \"one\"")
            .replace(
                "\"category\": \"ga\", \"summary\": \"S\", \"sources\"",
                "\"category\": \"nope\", \"summary\": \"S\", \"sources\"",
            );
        let p = problems(&text);
        let shown: Vec<String> = p
            .iter()
            .map(|p| format!("{}:{} {}", p.line, p.path, p.message))
            .collect();
        assert!(
            shown.contains(&"5:events[1].id duplicate event id \"one\"".to_owned()),
            "{shown:?}"
        );
        assert!(
            shown.contains(&"5:events[1].category unknown category \"nope\"".to_owned()),
            "{shown:?}"
        );
    }

    #[test]
    fn malformed_slug_and_unknown_field_are_rejected() {
        let p = problems(&EVENTS.replace("\"id\": \"two\"", "\"id\": \"Two Words\""));
        assert_eq!(p[0].path, "events[1].id");
        assert!(p[0].message.contains("malformed slug"));
        let p = problems(&EVENTS.replace("\"id\": \"two\"", "\"id\": \"two\", \"titel\": \"x\""));
        assert!(p[0].message.contains("unknown field `titel`"), "{}", p[0]);
    }

    #[test]
    fn template_filler_is_rejected() {
        let filler = TEMPLATE_FILLER[0];
        let p = problems(&EVENTS.replace(
            "\"summary\": \"S\", \"date\"",
            &format!("\"summary\": \"{filler} dolor\", \"date\""),
        ));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].path, "events[0].summary");
        assert_eq!(p[0].message, "template filler is not content");
    }

    #[test]
    fn coordinates_out_of_range_are_reported() {
        let text = r#"{"offices": [{"id": "s", "kind": "secretariat", "name": "S", "city": "Seoul",
          "country": "K", "region": "Global", "role": "r", "lat": 97.5, "lon": -181,
          "sources": [{"label": "x"}]}]}"#;
        let p = parse::<OfficesFile>(text).unwrap_err();
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, vec!["offices[0].lat", "offices[0].lon"]);
    }

    #[test]
    fn only_http_links_are_accepted_as_sources() {
        let p = problems(&EVENTS.replace(
            "{\"label\": \"x\"}]}",
            "{\"label\": \"x\", \"url\": \"javascript:alert(1)\"}]}",
        ));
        assert!(p[0].message.contains("must start with http"), "{}", p[0]);
    }

    const MEMBERS: &str = r#"{"members": [
  {"id": "seoul", "name": "Seoul", "kind": "city", "country": "Republic of Korea", "region": "Asia",
   "lat": 37.5, "lon": 127.0, "coordinates_source": {"label": "GeoNames", "url": "https://g.example/"},
   "sources": [{"label": "x", "url": "https://x.example/", "membership": "Lists Seoul as a member."}]},
  {"id": "jeju", "name": "Jeju", "kind": "region", "sources": [{"label": "x", "url": "https://x.example/", "membership": "m"}]}
]}"#;

    #[test]
    fn every_member_has_a_source_that_states_membership() {
        let award_only = MEMBERS.replace(", \"membership\": \"m\"", "");
        let p = parse::<MembersFile>(&award_only).unwrap_err();
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].path.as_str(), p[0].line), ("members[1].sources", 5));
        assert!(p[0].message.contains("\"membership\""), "{}", p[0]);
        let empty = MEMBERS.replace("\"membership\": \"m\"", "\"membership\": \" \"");
        let p = parse::<MembersFile>(&empty).unwrap_err();
        assert_eq!(p[0].path, "members[1].sources[0].membership");
    }

    #[test]
    fn a_city_needs_cited_coordinates_or_a_reason() {
        assert!(parse::<MembersFile>(MEMBERS).is_ok());
        let no_coords = MEMBERS.replace("\"kind\": \"region\"", "\"kind\": \"city\"");
        let p = parse::<MembersFile>(&no_coords).unwrap_err();
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].path.as_str(), p[0].line), ("members[1].kind", 5));
        assert!(p[0].message.contains("coordinates_note"), "{}", p[0]);
        let with_reason = no_coords.replace(
            "\"kind\": \"city\", \"sources\"",
            "\"kind\": \"city\", \"coordinates_note\": \"none\", \"sources\"",
        );
        assert!(parse::<MembersFile>(&with_reason).is_ok());
        let uncited = MEMBERS.replace(
            ", \"coordinates_source\": {\"label\": \"GeoNames\", \"url\": \"https://g.example/\"}",
            "",
        );
        let p = parse::<MembersFile>(&uncited).unwrap_err();
        assert_eq!(p[0].path, "members[0].lat");
        let half = MEMBERS.replace("\"lat\": 37.5, ", "");
        let p = parse::<MembersFile>(&half).unwrap_err();
        assert_eq!(p[0].message, "longitude without a latitude");
        let bad_kind = MEMBERS.replace("\"kind\": \"region\"", "\"kind\": \"county\"");
        let p = parse::<MembersFile>(&bad_kind).unwrap_err();
        assert_eq!(p[0].path, "members[1].kind");
    }

    #[test]
    fn sources_without_url_or_publication_are_warned_about() {
        let text = r#"{"a": {"sources": [{"label": "x", "url": "https://x.example/"}, {"label": "y"},
  {"label": "z", "publication": "El Día"}]},
  "members": [{"coordinates_source": {"label": "w"}}]}"#;
        let w: Vec<String> = source_warnings("f.json", text)
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            w,
            vec![
                "f.json:1:65: a.sources[1]: source with neither url nor publication",
                "f.json:3:38: members[0].coordinates_source: source with neither url nor publication",
            ]
        );
        assert!(source_warnings("f.json", "not json").is_empty());
    }

    #[test]
    fn cross_references_to_members_partners_and_people_resolve() {
        let site = parse::<Site>(
            r##"{"name": "WeGO", "full_name": "F", "tagline": "T", "campaign": {"hashtag": "#WeGO10", "title": "T",
              "intro": ["I"], "call_to_action": "C", "sections": []}, "key_figures": [], "sources": [{"label": "x"}]}"##,
        )
        .unwrap();
        let timeline = parse::<TimelineFile>(
            r#"{"categories": [{"id": "ga", "label": "GA"}], "events": [
  {"id": "ga", "title": "GA", "category": "ga", "summary": "S",
   "members": [{"id": "seoul", "role": "host"}, {"id": "seoul", "role": "host"}, {"id": "paris", "role": "host"}],
   "partners": ["nia", "fmdv"], "people": ["oh-se-hoon", "nobody"], "sources": [{"label": "x"}]}]}"#,
        )
        .unwrap();
        let offices = parse::<OfficesFile>(
            r#"{"offices": [{"id": "s", "kind": "secretariat", "name": "S", "city": "Seoul", "country": "K",
              "region": "Global", "role": "r", "lat": 1, "lon": 1, "host_member": "busan", "sources": [{"label": "x"}]}]}"#,
        )
        .unwrap();
        let awards = parse::<AwardsFile>(
            r#"{"established": 2011, "about": "A", "editions": [{"id": "1st", "number": 1, "name": "1st", "year": 2012,
              "categories": [{"id": "c", "name": "C"}], "levels": [],
              "judges": [{"name": "A", "person": "oh-se-hoon"}, {"name": "B", "person": "ghost"}],
              "winners": [{"id": "w", "category": "c", "member": "atlantis", "sources": [{"label": "x"}]}],
              "sources": [{"label": "x"}]}]}"#,
        )
        .unwrap();
        let members = parse::<MembersFile>(MEMBERS).unwrap();
        let partners = parse::<PartnersFile>(
            r#"{"partners": [{"id": "nia", "name": "NIA", "kind": "government-agency", "summary": "S", "sources": [{"label": "x"}]}]}"#,
        )
        .unwrap();
        let team = parse::<TeamFile>(
            r#"{"people": [{"id": "oh-se-hoon", "name": "Oh Se-hoon",
              "roles": [{"title": "SG", "office": "chengdu"}], "sources": [{"label": "x"}]}]}"#,
        )
        .unwrap();
        let d = Dataset {
            site: &site,
            timeline: &timeline,
            offices: &offices,
            awards: &awards,
            members: &members,
            partners: &partners,
            team: &team,
        };
        let found: Vec<String> = check_references(&d)
            .into_iter()
            .flat_map(|(file, f)| {
                f.0.into_iter()
                    .map(move |(path, message)| format!("{file} {path}: {message}"))
            })
            .collect();
        assert_eq!(
            found,
            vec![
                "timeline.json events[0].members[1].id: member \"seoul\" is named twice as host",
                "timeline.json events[0].members[2].id: dangling reference: no member in members.json \"paris\"",
                "timeline.json events[0].partners[1]: dangling reference: no partner in partners.json \"fmdv\"",
                "timeline.json events[0].people[1]: dangling reference: no person in team.json \"nobody\"",
                "awards.json editions[0].winners[0].member: dangling reference: no member in members.json \"atlantis\"",
                "awards.json editions[0].judges[1].person: dangling reference: no person in team.json \"ghost\"",
                "offices.json offices[0].host_member: dangling reference: no member in members.json \"busan\"",
                "team.json people[0].roles[0].office: dangling reference: no office in offices.json \"chengdu\"",
                "members.json members[1].id: member \"jeju\" appears nowhere: no event, office or award winner names it",
            ]
        );
    }

    #[test]
    fn problem_prints_file_line_column_path_and_message() {
        let p = Problem {
            file: "a.json".into(),
            line: 3,
            column: 7,
            path: "events[2].date".into(),
            message: "bad".into(),
        };
        assert_eq!(p.to_string(), "a.json:3:7: events[2].date: bad");
    }
}
