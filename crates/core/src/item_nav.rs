//! The rules of item navigation shared by every section (timeline, offices, awards…):
//! how opening, stepping and closing an item are written to the history, which item a
//! step lands on, what a key does, and the URL of a section's state. The page's
//! behaviour (`islands::ItemsBehaviour`) applies them; they are plain functions so they
//! are tested here.

use crate::routes::with_query;

/// A change of the open item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Opening an item (from the list, the map, the axis…).
    Open,
    /// Stepping to a neighbour, or changing a filter while an item is open.
    Step,
    /// Closing the open item.
    Close,
}

/// What a move does to the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryOp {
    /// A new entry: Back undoes it.
    Push,
    /// The current entry changes: Back never piles up.
    Replace,
    /// Back to the entry before the item was opened.
    Back,
}

/// Opening from the list pushes (Back closes it); opening while an item is open,
/// stepping and filtering replace; closing goes back when the item was opened here
/// (so the list's entry is not duplicated), and replaces when the visit began on it.
pub fn history_op(how: Move, item_open: bool, opened_here: bool) -> HistoryOp {
    match how {
        Move::Open if !item_open => HistoryOp::Push,
        Move::Open | Move::Step => HistoryOp::Replace,
        Move::Close if opened_here => HistoryOp::Back,
        Move::Close => HistoryOp::Replace,
    }
}

/// The id a step of `delta` lands on in `ids` (the shown items, in order). From no
/// item, forwards starts at the first and backwards at the last. None at either end.
pub fn step_target<'a>(ids: &[&'a str], current: Option<&str>, delta: i32) -> Option<&'a str> {
    match current {
        Some(current) => {
            let (prev, next) = crate::sequence::neighbours(ids, current);
            if delta < 0 {
                prev
            } else {
                next
            }
        }
        None if delta < 0 => ids.last().copied(),
        None => ids.first().copied(),
    }
}

/// What a key asks of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    Step(i32),
    First,
    Last,
    Close,
}

/// Which keys a section answers besides Escape.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyMap {
    /// ←/→ step through the shown items.
    pub arrows: bool,
    /// Arrows also work with no item open (they open the first or last).
    pub arrows_without_item: bool,
    /// Home/End open the first/last shown item.
    pub home_end: bool,
}

/// A key press as the keyboard layer sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Press<'a> {
    pub key: &'a str,
    /// Alt, Ctrl or Meta held (those are the browser's or the system's keys).
    pub modified: bool,
    /// From a text field, where arrows, Home and End move the caret.
    pub from_text_field: bool,
}

/// The action of a key press in a section whose item is open or not.
pub fn key_action(map: KeyMap, press: Press<'_>, item_open: bool) -> Option<KeyAction> {
    if press.modified {
        return None;
    }
    let caret_key = press.from_text_field;
    match press.key {
        "Escape" if item_open => Some(KeyAction::Close),
        "ArrowLeft" | "ArrowRight"
            if map.arrows && !caret_key && (item_open || map.arrows_without_item) =>
        {
            Some(KeyAction::Step(if press.key == "ArrowLeft" {
                -1
            } else {
                1
            }))
        }
        "Home" if map.home_end && !caret_key => Some(KeyAction::First),
        "End" if map.home_end && !caret_key => Some(KeyAction::Last),
        _ => None,
    }
}

/// The URL of a section's state: `path` with the section's query `keys` in order, each
/// from `changes` when it is there (an empty value removes it), else from `current`.
pub fn state_url(
    path: &str,
    keys: &[&str],
    current: impl Fn(&str) -> Option<String>,
    changes: &[(&str, &str)],
) -> String {
    let values: Vec<String> = keys
        .iter()
        .map(|k| match changes.iter().find(|(c, _)| c == k) {
            Some((_, v)) => v.trim().to_owned(),
            None => current(k).unwrap_or_default(),
        })
        .collect();
    let pairs: Vec<(&str, &str)> = keys
        .iter()
        .zip(&values)
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    with_query(path, &pairs)
}

/// Whether a listed item passes the filters of a query (`query`: a key's value, if any):
/// for each of `keys` but "q" that has a value, "key=value" must be one of the item's
/// `tags` ("region=asia role=host"), and `search` (the query's "q") must match its
/// `haystack` (`text::haystack`). What a page's behaviour filters by, with no data.
pub fn passes_filters(
    keys: &[&str],
    tags: &str,
    haystack: &str,
    search: &crate::text::Search,
    query: impl Fn(&str) -> Option<String>,
) -> bool {
    keys.iter().filter(|k| **k != "q").all(|k| match query(k) {
        Some(v) => tags
            .split(' ')
            .any(|t| t.split_once('=') == Some((*k, v.as_str()))),
        None => true,
    }) && search.matches(haystack)
}

/// The step a horizontal swipe of (`dx`, `dy`) pixels asks for: Next to the left,
/// Previous to the right; a tap or a mostly vertical move (a scroll) is none.
pub fn swipe_step(dx: i32, dy: i32) -> Option<i32> {
    (dx.abs() > 60 && dy.abs() < dx.abs() / 2).then_some(if dx < 0 { 1 } else { -1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_horizontal_swipe_steps_a_scroll_does_not() {
        assert_eq!(swipe_step(-100, 10), Some(1));
        assert_eq!(swipe_step(100, -10), Some(-1));
        assert_eq!(swipe_step(30, 0), None);
        assert_eq!(swipe_step(-100, 80), None);
    }

    #[test]
    fn an_item_passes_the_filters_its_tags_and_text_have() {
        let keys = ["region", "role", "q"];
        let tags = "region=asia role=host role=founding-member";
        let haystack = crate::text::haystack(["Seoul", "Republic of Korea"]);
        let q = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(x, _)| *x == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let passes = |pairs: &'static [(&'static str, &'static str)]| {
            let query = q(pairs);
            let search = crate::text::Search::new(&query("q").unwrap_or_default());
            passes_filters(&keys, tags, &haystack, &search, query)
        };
        assert!(passes(&[]));
        assert!(passes(&[("region", "asia"), ("role", "host")]));
        assert!(passes(&[("q", "seoul korea")]));
        assert!(!passes(&[("region", "africa")]));
        assert!(!passes(&[("role", "founding")]));
        assert!(!passes(&[("q", "seoul busan")]));
        // a key the section does not filter by is ignored
        assert!(passes(&[("kind", "city")]));
    }

    #[test]
    fn opening_pushes_stepping_replaces_closing_goes_back_when_opened_here() {
        assert_eq!(history_op(Move::Open, false, false), HistoryOp::Push);
        assert_eq!(history_op(Move::Open, true, true), HistoryOp::Replace);
        assert_eq!(history_op(Move::Step, true, true), HistoryOp::Replace);
        assert_eq!(history_op(Move::Step, false, false), HistoryOp::Replace);
        assert_eq!(history_op(Move::Close, true, true), HistoryOp::Back);
        // The visit began on the item (a shared link): closing must not leave the site.
        assert_eq!(history_op(Move::Close, true, false), HistoryOp::Replace);
    }

    #[test]
    fn steps_land_on_neighbours_and_start_at_the_ends() {
        let ids = ["a", "b", "c"];
        assert_eq!(step_target(&ids, Some("b"), 1), Some("c"));
        assert_eq!(step_target(&ids, Some("b"), -1), Some("a"));
        assert_eq!(step_target(&ids, Some("c"), 1), None);
        assert_eq!(step_target(&ids, Some("a"), -1), None);
        assert_eq!(step_target(&ids, None, 1), Some("a"));
        assert_eq!(step_target(&ids, None, -1), Some("c"));
        // The open item was filtered out: no neighbours to step to.
        assert_eq!(step_target(&ids, Some("z"), 1), None);
        assert_eq!(step_target(&[], None, 1), None);
    }

    fn press(key: &str) -> Press<'_> {
        Press {
            key,
            ..Press::default()
        }
    }

    #[test]
    fn keys_map_to_actions() {
        let timeline = KeyMap {
            arrows: true,
            arrows_without_item: true,
            home_end: true,
        };
        let gallery = KeyMap {
            arrows: true,
            ..KeyMap::default()
        };
        let map_only = KeyMap::default();
        assert_eq!(
            key_action(timeline, press("ArrowRight"), false),
            Some(KeyAction::Step(1))
        );
        assert_eq!(
            key_action(timeline, press("ArrowLeft"), true),
            Some(KeyAction::Step(-1))
        );
        assert_eq!(
            key_action(timeline, press("Home"), false),
            Some(KeyAction::First)
        );
        assert_eq!(
            key_action(timeline, press("End"), true),
            Some(KeyAction::Last)
        );
        assert_eq!(key_action(gallery, press("ArrowRight"), false), None);
        assert_eq!(
            key_action(gallery, press("ArrowRight"), true),
            Some(KeyAction::Step(1))
        );
        assert_eq!(key_action(gallery, press("Home"), true), None);
        assert_eq!(key_action(map_only, press("ArrowLeft"), true), None);
        assert_eq!(
            key_action(map_only, press("Escape"), true),
            Some(KeyAction::Close)
        );
        assert_eq!(key_action(map_only, press("Escape"), false), None);
    }

    #[test]
    fn text_fields_and_modifiers_keep_their_keys() {
        let timeline = KeyMap {
            arrows: true,
            arrows_without_item: true,
            home_end: true,
        };
        let typing = |key| Press {
            key,
            from_text_field: true,
            ..Press::default()
        };
        assert_eq!(key_action(timeline, typing("ArrowLeft"), true), None);
        assert_eq!(key_action(timeline, typing("Home"), true), None);
        // Escape still closes the open item from the search box.
        assert_eq!(
            key_action(timeline, typing("Escape"), true),
            Some(KeyAction::Close)
        );
        let alt = Press {
            key: "ArrowLeft",
            modified: true,
            ..Press::default()
        };
        assert_eq!(key_action(timeline, alt, true), None);
    }

    #[test]
    fn state_urls_keep_the_other_keys_and_drop_empty_ones() {
        let current = |k: &str| match k {
            "category" => Some("gov".to_owned()),
            "q" => Some("seoul".to_owned()),
            _ => None,
        };
        let keys = ["category", "level", "q"];
        assert_eq!(
            state_url("/awards/4th", &keys, current, &[]),
            "/awards/4th?category=gov&q=seoul"
        );
        assert_eq!(
            state_url("/awards/4th", &keys, current, &[("level", "gold")]),
            "/awards/4th?category=gov&level=gold&q=seoul"
        );
        assert_eq!(
            state_url("/awards", &keys, current, &[("category", ""), ("q", " ")]),
            "/awards"
        );
        assert_eq!(
            state_url("/x", &["q"], |_| None, &[("q", "São Paulo")]),
            "/x?q=S%C3%A3o%20Paulo"
        );
    }
}
