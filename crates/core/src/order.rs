//! Sorting with one key type. Every order of the app (events by date, members by name,
//! partners by first appearance…) sorts by a `Rank`, so the browser's wasm holds one copy
//! of the sort instead of one per order (each copy costs about 3 KB).

use crate::data::date::PartialDate;

/// A sort key: a number first (a date, a year, a position; `NONE` sorts last), then a text.
pub type Rank = (u32, String);

/// The number of a missing date, year or position: after every other.
pub const NONE: u32 = u32::MAX;

/// Sorts `v` by `key`, stably: items with equal keys keep their order.
pub fn sort_by_rank<T>(v: &mut Vec<T>, key: impl Fn(&T) -> Rank) {
    let keys: Vec<(Rank, usize)> = v.iter().map(key).zip(0usize..).collect();
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        sorted_indices(keys)
            .into_iter()
            .filter_map(|i| slots[i].take()),
    );
}

/// Sorts `v` by a number alone (a date, a year, a position), stably.
pub fn sort_by_number<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u32) {
    sort_by_rank(v, |t| (key(t), String::new()));
}

/// The indices of `keys` in key order; equal keys by index, so the order is stable.
fn sorted_indices(mut keys: Vec<(Rank, usize)>) -> Vec<usize> {
    // The (key, index) pairs are all different: an unstable sort gives the stable order.
    keys.sort_unstable();
    keys.into_iter().map(|(_, i)| i).collect()
}

/// A date as a number in its chronological order ("2010" before "2010-01" before
/// "2010-01-01"); none sorts last.
pub fn date(d: Option<PartialDate>) -> u32 {
    d.map_or(NONE, |d| {
        u32::from(d.year) * 10_000
            + u32::from(d.month.unwrap_or(0)) * 100
            + u32::from(d.day.unwrap_or(0))
    })
}

/// A year; none sorts last.
pub fn year(y: Option<u16>) -> u32 {
    y.map_or(NONE, u32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn dates_rank_in_their_chronological_order_and_none_last() {
        let mut dates = vec![None, d("2010-09-06"), d("2010"), d("2009-12"), d("2010-09")];
        let mut by_ord = dates.clone();
        by_ord.sort_by_key(|x| (x.is_none(), *x));
        sort_by_rank(&mut dates, |x| (date(*x), String::new()));
        assert_eq!(dates, by_ord);
        assert_eq!(dates.last(), Some(&None));
    }

    #[test]
    fn equal_keys_keep_their_order_and_the_text_breaks_ties() {
        let mut v = vec![
            (2, "b", 1),
            (1, "z", 2),
            (2, "a", 3),
            (2, "b", 4),
            (1, "z", 5),
        ];
        sort_by_rank(&mut v, |(n, s, _)| (*n, (*s).to_owned()));
        let ids: Vec<i32> = v.iter().map(|x| x.2).collect();
        assert_eq!(ids, [2, 5, 3, 1, 4]);
    }

    #[test]
    fn missing_years_sort_last() {
        let mut v = vec![None, Some(2015), Some(2010)];
        sort_by_rank(&mut v, |y| (year(*y), String::new()));
        assert_eq!(v, [Some(2010), Some(2015), None]);
    }
}
