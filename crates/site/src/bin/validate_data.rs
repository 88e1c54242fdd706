//! `cargo run --bin validate-data [FILE…]`
//!
//! Checks the data files in public/data (or the files given, which replace the shipped
//! file of the same kind: a name containing "site", "timeline", "offices", "awards",
//! "members", "partners" or "team") and prints every problem as
//! `file:line:column: field.path: message`. Warnings (a source with neither a URL nor a
//! publication) are printed as `warning: file:line:column: …` and do not fail the run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wego10_core::data::validate::{
    check_file, check_references, parse_shape, source_warnings, Dataset, Problem, SerdeFile,
};
use wego10_core::data::{
    AwardsFile, MembersFile, OfficesFile, PartnersFile, Site, TeamFile, TimelineFile,
};

/// The kinds of file, in the order of `wego10_core::data::DATA_FILES`.
const KINDS: [&str; 7] = [
    "site", "timeline", "offices", "awards", "members", "partners", "team",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: validate-data [FILE…]\n\nChecks public/data/*.json; a FILE replaces the shipped file of its kind (by name: site, timeline, offices, awards, members, partners, team).");
        return ExitCode::SUCCESS;
    }
    let data_dir = wego10_site::project_root().join("public/data");
    let mut paths: Vec<PathBuf> = KINDS
        .iter()
        .map(|k| data_dir.join(format!("{k}.json")))
        .collect();
    for arg in &args {
        let name = Path::new(arg)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        match KINDS.iter().position(|k| name.contains(k)) {
            Some(i) => paths[i] = PathBuf::from(arg),
            None => {
                eprintln!("{arg}: cannot tell which data file this is: its name must contain one of {KINDS:?}");
                return ExitCode::from(2);
            }
        }
    }
    let report = validate(&paths);
    for w in &report.warnings {
        println!("warning: {w}");
    }
    for p in &report.problems {
        println!("{p}");
    }
    if report.problems.is_empty() {
        println!("ok: {} files, {}", paths.len(), report.summary);
        ExitCode::SUCCESS
    } else {
        println!(
            "{} problem{} found",
            report.problems.len(),
            if report.problems.len() == 1 { "" } else { "s" }
        );
        ExitCode::FAILURE
    }
}

struct Report {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    summary: String,
}

fn read<T: SerdeFile>(
    path: &Path,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Option<(T, String)> {
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem {
                file: shown,
                line: 1,
                column: 1,
                path: "(file)".into(),
                message: format!("cannot read: {e}"),
            });
            return None;
        }
    };
    warnings.extend(source_warnings(&shown, &text));
    match parse_shape::<T>(&shown, &text) {
        Ok(v) => {
            problems.extend(check_file(&shown, &text, &v));
            Some((v, text))
        }
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    }
}

fn validate(paths: &[PathBuf]) -> Report {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let (p, w) = (&mut problems, &mut warnings);
    let site = read::<Site>(&paths[0], p, w);
    let timeline = read::<TimelineFile>(&paths[1], p, w);
    let offices = read::<OfficesFile>(&paths[2], p, w);
    let awards = read::<AwardsFile>(&paths[3], p, w);
    let members = read::<MembersFile>(&paths[4], p, w);
    let partners = read::<PartnersFile>(&paths[5], p, w);
    let team = read::<TeamFile>(&paths[6], p, w);
    let mut summary = String::new();
    if let (Some(s), Some(t), Some(o), Some(a), Some(m), Some(pa), Some(te)) = (
        &site, &timeline, &offices, &awards, &members, &partners, &team,
    ) {
        let dataset = Dataset {
            site: &s.0,
            timeline: &t.0,
            offices: &o.0,
            awards: &a.0,
            members: &m.0,
            partners: &pa.0,
            team: &te.0,
        };
        let texts = [&s.1, &t.1, &o.1, &a.1, &m.1, &pa.1, &te.1];
        for (file, findings) in check_references(&dataset) {
            let i = KINDS
                .iter()
                .position(|k| file == format!("{k}.json"))
                .expect("a known data file");
            problems.extend(findings.into_problems(&paths[i].display().to_string(), texts[i]));
        }
        let winners: usize = a.0.editions.iter().map(|e| e.winners.len()).sum();
        summary = format!(
            "{} events, {} offices, {} award editions, {} winners, {} members, {} partners, {} people",
            t.0.events.len(),
            o.0.offices.len(),
            a.0.editions.len(),
            winners,
            m.0.members.len(),
            pa.0.partners.len(),
            te.0.people.len()
        );
    }
    Report {
        problems,
        warnings,
        summary,
    }
}
