//! The validator command reports broken files with file, line:column and field path.

use std::process::Command;

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../public/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
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
    assert!(out.starts_with("ok: 7 files"), "{out}");
    assert!(!out.contains("warning:"), "{out}");
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wego10-validate-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn validator_checks_the_members_partners_and_team_references() {
    let dir = temp_dir("refs");
    // A member id no event, office or winner names any more, and a dangling one.
    let members =
        shipped("members.json").replacen("\"id\": \"quito\"", "\"id\": \"quito-city\"", 1);
    let path = dir.join("my-members.json");
    std::fs::write(&path, &members).unwrap();
    let (ok, out) = validator(&[path.to_str().unwrap()]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("dangling reference: no member in members.json \"quito\""),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.contains("\"quito-city\" appears nowhere"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.starts_with(&format!("{}:", path.display())), "{line}");
    // A judge pointing at nobody in team.json.
    let team =
        shipped("team.json").replacen("\"id\": \"david-eaves\"", "\"id\": \"dave-eaves\"", 1);
    let path = dir.join("my-team.json");
    std::fs::write(&path, &team).unwrap();
    let (ok, out) = validator(&[path.to_str().unwrap()]);
    assert!(!ok, "{out}");
    assert!(
        out.contains(
            "judges[0].person: dangling reference: no person in team.json \"david-eaves\""
        ),
        "{out}"
    );
}

#[test]
fn a_source_without_url_or_publication_is_a_warning_not_an_error() {
    let dir = temp_dir("warn");
    let partners = shipped("partners.json");
    let url = "\"url\": \"http://we-gov.org/wego-10th-anniversary/\"";
    let at = partners.find(url).expect("a sourced partner");
    // Drop the first source's URL (and the comma before it).
    let comma = partners[..at].rfind(',').unwrap();
    let broken = format!("{}{}", &partners[..comma], &partners[at + url.len()..]);
    let path = dir.join("my-partners.json");
    std::fs::write(&path, &broken).unwrap();
    let (ok, out) = validator(&[path.to_str().unwrap()]);
    assert!(ok, "{out}");
    let warning = out
        .lines()
        .find(|l| l.starts_with("warning: "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        warning.contains("source with neither url nor publication"),
        "{warning}"
    );
    assert!(out.contains("ok: 7 files"), "{out}");
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
