//! The reader's problems in serde's words, so that the browser and the validator
//! (`validate-data`) describe a broken file the same way.

use std::fmt;

/// What the file holds where something else was expected (serde's `Unexpected`).
pub enum Found {
    Null,
    Bool(bool),
    Integer(i64),
    /// A number that is not an integer, as the browser writes it.
    Float(String),
    Str(String),
    Sequence,
    Map,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Bool(b) => write!(f, "boolean `{b}`"),
            Found::Integer(i) => write!(f, "integer `{i}`"),
            Found::Float(text) => write!(f, "floating point `{text}`"),
            Found::Str(s) => write!(f, "string {s:?}"),
            Found::Sequence => f.write_str("sequence"),
            Found::Map => f.write_str("map"),
        }
    }
}

pub fn invalid_type(found: &Found, expected: &str) -> String {
    format!("invalid type: {found}, expected {expected}")
}

pub fn invalid_value(found: &Found, expected: &str) -> String {
    format!("invalid value: {found}, expected {expected}")
}

pub fn invalid_length(len: usize, expected: &str) -> String {
    format!("invalid length {len}, expected {expected}")
}

pub fn missing_field(field: &str) -> String {
    format!("missing field `{field}`")
}

pub fn unknown_field(field: &str, expected: &[&str]) -> String {
    format!("unknown field `{field}`, expected {}", one_of(expected))
}

pub fn unknown_variant(variant: &str, expected: &[&str]) -> String {
    format!("unknown variant `{variant}`, expected {}", one_of(expected))
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
pub fn one_of(names: &[&str]) -> String {
    match names {
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_was_found_as_serde_does() {
        let shown = |found: Found| invalid_type(&found, "u16");
        assert_eq!(shown(Found::Null), "invalid type: null, expected u16");
        assert_eq!(
            shown(Found::Bool(true)),
            "invalid type: boolean `true`, expected u16"
        );
        assert_eq!(
            shown(Found::Integer(-5)),
            "invalid type: integer `-5`, expected u16"
        );
        assert_eq!(
            shown(Found::Float("1.5".into())),
            "invalid type: floating point `1.5`, expected u16"
        );
        assert_eq!(
            shown(Found::Str("a \"b\"".into())),
            r#"invalid type: string "a \"b\"", expected u16"#
        );
        assert_eq!(
            shown(Found::Sequence),
            "invalid type: sequence, expected u16"
        );
        assert_eq!(shown(Found::Map), "invalid type: map, expected u16");
        assert_eq!(
            invalid_value(&Found::Integer(70000), "u16"),
            "invalid value: integer `70000`, expected u16"
        );
        assert_eq!(
            invalid_length(0, "a tuple of size 2"),
            "invalid length 0, expected a tuple of size 2"
        );
    }

    #[test]
    fn lists_the_expected_names_as_serde_does() {
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["a", "b"]), "`a` or `b`");
        assert_eq!(one_of(&["a", "b", "c"]), "one of `a`, `b`, `c`");
        assert_eq!(
            unknown_field("titel", &["id", "title", "date"]),
            "unknown field `titel`, expected one of `id`, `title`, `date`"
        );
        assert_eq!(
            unknown_variant("embassy", &["secretariat", "regional"]),
            "unknown variant `embassy`, expected `secretariat` or `regional`"
        );
        assert_eq!(missing_field("title"), "missing field `title`");
    }
}
