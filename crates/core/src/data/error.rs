//! What can go wrong when loading a data file, in words a visitor can read.

use super::validate::Problem;

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DataError {
    #[error("{file} could not be downloaded ({message}). Check your connection.")]
    Network { file: &'static str, message: String },
    #[error("{file} could not be loaded: the server answered {status}{}.", status_hint(*.status))]
    Status { file: &'static str, status: u16 },
    #[error("{file} is missing: the server sent a web page instead of the data file.")]
    NotData { file: &'static str },
    #[error("{file} has {} problem{}.", .problems.len(), if .problems.len() == 1 { "" } else { "s" })]
    Invalid {
        file: &'static str,
        problems: Vec<Problem>,
    },
}

fn status_hint(status: u16) -> &'static str {
    match status {
        404 => " (not found)",
        500..=599 => " (server error)",
        _ => "",
    }
}

impl DataError {
    pub fn file(&self) -> &'static str {
        match self {
            Self::Network { file, .. }
            | Self::Status { file, .. }
            | Self::NotData { file }
            | Self::Invalid { file, .. } => file,
        }
    }

    /// The individual problems to list, each as "line 3, column 7 (events[2].date): ...".
    pub fn details(&self) -> Vec<String> {
        match self {
            Self::Invalid { problems, .. } => problems
                .iter()
                .map(|p| {
                    format!(
                        "Line {}, column {} ({}): {}",
                        p.line, p.column, p.path, p.message
                    )
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_the_problem() {
        let e = DataError::Status {
            file: "offices.json",
            status: 404,
        };
        assert_eq!(
            e.to_string(),
            "offices.json could not be loaded: the server answered 404 (not found)."
        );
        let e = DataError::Status {
            file: "awards.json",
            status: 503,
        };
        assert!(e.to_string().contains("503 (server error)"));
        let p = Problem {
            file: "t.json".into(),
            line: 2,
            column: 5,
            path: "events[0]".into(),
            message: "missing field `title`".into(),
        };
        let e = DataError::Invalid {
            file: "timeline.json",
            problems: vec![p],
        };
        assert_eq!(e.to_string(), "timeline.json has 1 problem.");
        assert_eq!(
            e.details(),
            vec!["Line 2, column 5 (events[0]): missing field `title`"]
        );
    }
}
