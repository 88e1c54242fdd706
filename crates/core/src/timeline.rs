//! Timeline logic as plain functions: order, date labels, filters, neighbours.

use crate::data::date::human_range;
use crate::data::{Event, TimelineFile};
use crate::text::matches_query;

/// Events in chronological order; undated events last, in file order.
pub fn chronological(events: &[Event]) -> Vec<Event> {
    let mut v = events.to_vec();
    // The sort is stable: equal dates keep their file order.
    crate::order::sort_by_number(&mut v, |e| crate::order::date(e.date));
    v
}

/// "6–8 September 2010", "2010–2019", or "Date not given".
pub fn date_label(e: &Event) -> String {
    match &e.date {
        Some(d) => human_range(d, e.end_date.as_ref()),
        None => "Date not given".to_owned(),
    }
}

/// The first and last year the data covers (for the year axis).
pub fn year_span(events: &[Event]) -> Option<(u16, u16)> {
    let years = events.iter().flat_map(|e| {
        e.date
            .iter()
            .chain(e.end_date.iter())
            .map(|d| d.year)
            .collect::<Vec<_>>()
    });
    let (mut lo, mut hi) = (u16::MAX, 0);
    for y in years {
        lo = lo.min(y);
        hi = hi.max(y);
    }
    (hi > 0).then_some((lo, hi))
}

/// What the visitor filters by; lives in the URL query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<String>,
    pub query: String,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        self.category.is_some() || !self.query.trim().is_empty()
    }

    pub fn matches(&self, e: &Event) -> bool {
        if self.category.as_deref().is_some_and(|c| e.category != c) {
            return false;
        }
        matches_query(&self.query, search_fields(e))
    }
}

/// What the search box looks in: the event's title, summary and place.
pub fn search_fields(e: &Event) -> impl Iterator<Item = &str> {
    [
        Some(e.title.as_str()),
        Some(e.summary.as_str()),
        e.place.as_deref(),
    ]
    .into_iter()
    .flatten()
}

impl Filter {
    /// The URL of the timeline (or of one event) with this filter in its query.
    pub fn url(&self, slug: Option<&str>) -> String {
        let path = match slug {
            Some(s) => crate::routes::timeline_event(s),
            None => crate::routes::TIMELINE.to_owned(),
        };
        crate::routes::with_query(
            &path,
            &[
                ("category", self.category.as_deref().unwrap_or("")),
                ("q", self.query.trim()),
            ],
        )
    }
}

/// The years of the axis, each with the first matching event of that year (if any).
pub fn year_marks<'a>(all: &[Event], shown: &[&'a Event]) -> Vec<(u16, Option<&'a str>)> {
    let Some((first, last)) = year_span(all) else {
        return Vec::new();
    };
    let mut marks: Vec<(u16, Option<&'a str>)> = (first..=last).map(|y| (y, None)).collect();
    for e in shown {
        if let Some(d) = e.date {
            if let Some(mark) = marks.get_mut(usize::from(d.year.saturating_sub(first))) {
                mark.1.get_or_insert(e.id.as_str());
            }
        }
    }
    marks
}

/// For each year of `axis`, the first of the `shown` entries (indices into `years`, the
/// entries' years, in list order) that falls in it: what the axis of a page jumps to.
pub fn firsts_by_year(axis: &[u16], years: &[Option<u16>], shown: &[usize]) -> Vec<Option<usize>> {
    axis.iter()
        .map(|&y| {
            shown
                .iter()
                .copied()
                .find(|&i| years.get(i) == Some(&Some(y)))
        })
        .collect()
}

/// Which cards to show: the first `limit` of the matching indices `shown`, and the
/// `open` one whatever its rank.
pub fn visible_mask(n: usize, shown: &[usize], limit: usize, open: Option<usize>) -> Vec<bool> {
    let mut mask = vec![false; n];
    for &i in shown.iter().take(limit) {
        mask[i] = true;
    }
    if let Some(i) = open.filter(|&i| i < n) {
        mask[i] = true;
    }
    mask
}

/// The limit of shown cards that keeps the card at `rank` (among the matching ones) in
/// the list once its item closes: the limit itself when it does already, else raised by
/// whole pages of `page` as "Show more" would, so focus can return to its link.
pub fn limit_showing(rank: usize, limit: usize, page: usize) -> usize {
    if rank < limit || page == 0 {
        limit
    } else {
        (rank / page + 1) * page
    }
}

/// The events that pass `filter`, in the given order.
pub fn filter<'a>(events: &'a [Event], filter: &Filter) -> Vec<&'a Event> {
    events.iter().filter(|e| filter.matches(e)).collect()
}

/// The categories that events use, in the file's order, with their event counts.
pub fn categories_in_use(file: &TimelineFile) -> Vec<(String, String, usize)> {
    file.categories
        .iter()
        .map(|c| {
            let n = file.events.iter().filter(|e| e.category == c.id).count();
            (c.id.to_string(), c.label.clone(), n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect()
}

pub use crate::sequence::neighbours;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_card_past_the_limit_stays_shown() {
        assert_eq!(limit_showing(10, 200, 200), 200);
        assert_eq!(limit_showing(200, 200, 200), 400);
        assert_eq!(limit_showing(450, 200, 200), 600);
        assert_eq!(limit_showing(450, 400, 200), 600);
        assert_eq!(limit_showing(3, 0, 0), 0);
    }
    use crate::data::validate::parse;

    fn file() -> TimelineFile {
        parse::<TimelineFile>(
            r#"{"categories": [{"id": "ga", "label": "General Assembly"}, {"id": "office", "label": "Offices"}, {"id": "unused", "label": "Unused"}],
            "events": [
              {"id": "undated", "title": "e-Government Solutions", "category": "office", "summary": "Tools", "sources": [{"label": "s"}]},
              {"id": "ga-2017", "title": "4th General Assembly", "date": "2017-06-27", "end_date": "2017-06-30", "category": "ga", "summary": "Renamed WeGO", "place": "Ulyanovsk Region, Russia", "sources": [{"label": "s"}]},
              {"id": "ga-2010", "title": "Inaugural General Assembly", "date": "2010-09-06", "end_date": "2010-09-08", "category": "ga", "summary": "Founding", "place": "Seoul", "sources": [{"label": "s"}]},
              {"id": "fs", "title": "Feasibility Studies", "date": "2010", "end_date": "2019", "category": "office", "summary": "12 studies", "sources": [{"label": "s"}]},
              {"id": "beyoglu", "title": "Opening in Turkey", "date": "2017", "category": "office", "summary": "Mediterranean office", "place": "Beyoğlu (Istanbul), Turkey", "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn ids(events: &[Event]) -> Vec<&str> {
        events.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn orders_by_date_with_undated_last() {
        let sorted = chronological(&file().events);
        assert_eq!(
            ids(&sorted),
            vec!["fs", "ga-2010", "beyoglu", "ga-2017", "undated"]
        );
    }

    #[test]
    fn labels_dates_as_precisely_as_known() {
        let f = file();
        assert_eq!(date_label(&f.events[2]), "6–8 September 2010");
        assert_eq!(date_label(&f.events[3]), "2010–2019");
        assert_eq!(date_label(&f.events[0]), "Date not given");
    }

    #[test]
    fn spans_the_years_of_the_data() {
        assert_eq!(year_span(&file().events), Some((2010, 2019)));
        assert_eq!(year_span(&[]), None);
    }

    #[test]
    fn filters_by_category_and_text() {
        let f = file();
        let by_cat = Filter {
            category: Some("ga".into()),
            query: String::new(),
        };
        assert_eq!(filter(&f.events, &by_cat).len(), 2);
        let by_text = Filter {
            category: None,
            query: "beyoglu".into(),
        };
        assert_eq!(filter(&f.events, &by_text)[0].id, "beyoglu");
        let by_summary = Filter {
            category: None,
            query: "renamed".into(),
        };
        assert_eq!(filter(&f.events, &by_summary)[0].id, "ga-2017");
        let both = Filter {
            category: Some("office".into()),
            query: "seoul".into(),
        };
        assert!(filter(&f.events, &both).is_empty());
        assert!(!Filter::default().is_active());
        assert!(both.is_active());
    }

    #[test]
    fn counts_only_categories_in_use() {
        let cats = categories_in_use(&file());
        assert_eq!(
            cats,
            vec![
                ("ga".into(), "General Assembly".into(), 2),
                ("office".into(), "Offices".into(), 3)
            ]
        );
    }

    #[test]
    fn the_mask_shows_the_first_matches_and_the_open_event() {
        assert_eq!(
            visible_mask(5, &[0, 2, 4], 10, None),
            vec![true, false, true, false, true]
        );
        assert_eq!(
            visible_mask(5, &[0, 2, 4], 2, None),
            vec![true, false, true, false, false]
        );
        assert_eq!(
            visible_mask(5, &[0, 2, 4], 2, Some(4)),
            vec![true, false, true, false, true]
        );
        assert_eq!(
            visible_mask(5, &[0], 2, Some(3)),
            vec![true, false, false, true, false]
        );
        assert_eq!(visible_mask(2, &[], 2, Some(9)), vec![false, false]);
    }

    #[test]
    fn a_year_jumps_to_its_first_shown_entry() {
        let years = [Some(2010), Some(2010), None, Some(2012)];
        assert_eq!(
            firsts_by_year(&[2010, 2011, 2012], &years, &[0, 1, 2, 3]),
            vec![Some(0), None, Some(3)]
        );
        // the first of 2010 filtered out: the next one of that year
        assert_eq!(
            firsts_by_year(&[2010, 2011, 2012], &years, &[1, 2]),
            vec![Some(1), None, None]
        );
    }

    #[test]
    fn filter_round_trips_through_the_url() {
        let f = Filter {
            category: Some("general-assembly".into()),
            query: " seoul 2010 ".into(),
        };
        assert_eq!(
            f.url(None),
            "/timeline?category=general-assembly&q=seoul%202010"
        );
        assert_eq!(
            f.url(Some("x")),
            "/timeline/x?category=general-assembly&q=seoul%202010"
        );
        assert_eq!(Filter::default().url(Some("x")), "/timeline/x");
    }

    #[test]
    fn year_marks_point_at_the_first_shown_event_of_each_year() {
        let f = file();
        let sorted = chronological(&f.events);
        let shown = filter(
            &sorted,
            &Filter {
                category: Some("ga".into()),
                query: String::new(),
            },
        );
        let marks = year_marks(&sorted, &shown);
        assert_eq!(marks.len(), 10); // 2010..=2019
        assert_eq!(marks[0], (2010, Some("ga-2010")));
        assert_eq!(marks[1], (2011, None));
        assert_eq!(marks[7], (2017, Some("ga-2017")));
    }
}
