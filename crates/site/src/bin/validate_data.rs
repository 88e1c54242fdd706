//! `cargo run --bin validate-data [FILE…]`
//!
//! Checks the data files in public/data (or the files given, which replace the shipped
//! file of the same kind: a name containing "site", "timeline", "offices" or "awards")
//! and prints every problem as `file:line:column: field.path: message`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wego10_core::data::validate::{
    check_file, check_references, parse_shape, DataFile, Dataset, Problem,
};
use wego10_core::data::{AwardsFile, OfficesFile, Site, TimelineFile};

const KINDS: [&str; 4] = ["site", "timeline", "offices", "awards"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: validate-data [FILE…]\n\nChecks public/data/*.json; a FILE replaces the shipped file of its kind (by name: site, timeline, offices, awards).");
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
    summary: String,
}

fn read<T: DataFile>(path: &Path, problems: &mut Vec<Problem>) -> Option<(T, String)> {
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
    let site = read::<Site>(&paths[0], &mut problems);
    let timeline = read::<TimelineFile>(&paths[1], &mut problems);
    let offices = read::<OfficesFile>(&paths[2], &mut problems);
    let awards = read::<AwardsFile>(&paths[3], &mut problems);
    let mut summary = String::new();
    if let (Some(s), Some(t), Some(o), Some(a)) = (&site, &timeline, &offices, &awards) {
        let dataset = Dataset {
            site: &s.0,
            timeline: &t.0,
            offices: &o.0,
            awards: &a.0,
        };
        for (file, findings) in check_references(&dataset) {
            let (path, text) = match file {
                "site.json" => (&paths[0], &s.1),
                "timeline.json" => (&paths[1], &t.1),
                _ => (&paths[3], &a.1),
            };
            problems.extend(findings.into_problems(&path.display().to_string(), text));
        }
        let winners: usize = a.0.editions.iter().map(|e| e.winners.len()).sum();
        summary = format!(
            "{} events, {} offices, {} award editions, {} winners",
            t.0.events.len(),
            o.0.offices.len(),
            a.0.editions.len(),
            winners
        );
    }
    Report { problems, summary }
}
