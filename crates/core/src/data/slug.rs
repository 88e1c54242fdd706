//! Stable ids used in deep links: lower-case words joined by single hyphens.

use std::fmt;

use serde::{Deserialize, Serialize};

pub const MAX_SLUG_LEN: usize = 80;

/// A validated slug such as `general-assembly-2017-ulyanovsk` or `4th`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a string is not a slug, or `None` when it is one.
pub fn slug_problem(s: &str) -> Option<String> {
    if s.is_empty() {
        return Some("empty slug".into());
    }
    if s.len() > MAX_SLUG_LEN {
        return Some(format!(
            "slug \"{s}\" is longer than {MAX_SLUG_LEN} characters"
        ));
    }
    let ok_chars = s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok_chars || s.starts_with('-') || s.ends_with('-') || s.contains("--") {
        return Some(format!(
            "malformed slug \"{s}\": use lower-case letters, digits and single hyphens"
        ));
    }
    None
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        match slug_problem(&s) {
            Some(problem) => Err(problem),
            None => Ok(Slug(s)),
        }
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> String {
        s.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Slug {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Slug {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_kebab_case() {
        for s in [
            "a",
            "4th",
            "general-assembly-2017-ulyanovsk",
            "seoul-secretariat",
        ] {
            assert_eq!(slug_problem(s), None, "{s}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        for s in [
            "",
            "Upper",
            "two--hyphens",
            "-lead",
            "trail-",
            "spa ce",
            "ünï",
            "a_b",
            "a/b",
        ] {
            assert!(slug_problem(s).is_some(), "{s}");
        }
        assert!(slug_problem(&"a".repeat(81)).is_some());
    }

    #[test]
    fn deserializing_checks_the_form() {
        assert!(serde_json::from_str::<Slug>("\"ok-slug\"").is_ok());
        let err = serde_json::from_str::<Slug>("\"Bad Slug\"").unwrap_err();
        assert!(err.to_string().contains("malformed slug"), "{err}");
    }
}
