//! Stepping through a list of ids (previous/next in a filtered set).

/// The ids before and after `current` in `ids`.
pub fn neighbours<'a>(ids: &[&'a str], current: &str) -> (Option<&'a str>, Option<&'a str>) {
    match ids.iter().position(|id| *id == current) {
        Some(i) => (i.checked_sub(1).map(|p| ids[p]), ids.get(i + 1).copied()),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_neighbours() {
        let ids = ["a", "b", "c"];
        assert_eq!(neighbours(&ids, "a"), (None, Some("b")));
        assert_eq!(neighbours(&ids, "b"), (Some("a"), Some("c")));
        assert_eq!(neighbours(&ids, "c"), (Some("b"), None));
        assert_eq!(neighbours(&ids, "zzz"), (None, None));
        assert_eq!(neighbours(&[], "a"), (None, None));
    }
}
