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
