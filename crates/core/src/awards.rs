//! Awards gallery logic as plain functions: which edition, filters, counts, neighbours.

use crate::data::{AwardsFile, Edition, Winner};
use crate::routes;
use crate::text::matches_query;

/// The edition shown when the URL names none: the latest.
pub fn default_edition(file: &AwardsFile) -> Option<&Edition> {
    file.editions.iter().max_by_key(|e| e.number)
}

/// The edition named in the URL, or the default one.
pub fn edition<'a>(file: &'a AwardsFile, id: Option<&str>) -> Option<&'a Edition> {
    match id {
        Some(id) => file.editions.iter().find(|e| e.id == id),
        None => default_edition(file),
    }
}

/// What the visitor filters the winners by; lives in the URL query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<String>,
    pub level: Option<String>,
    pub query: String,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        self.category.is_some() || self.level.is_some() || !self.query.trim().is_empty()
    }

    pub fn matches(&self, w: &Winner) -> bool {
        self.matches_except_category(w) && self.category.as_deref().is_none_or(|c| w.category == c)
    }

    /// Everything but the category (for the per-category counts).
    fn matches_except_category(&self, w: &Winner) -> bool {
        if self
            .level
            .as_deref()
            .is_some_and(|l| w.level.as_ref().is_none_or(|wl| wl != l))
        {
            return false;
        }
        matches_query(&self.query, search_fields(w))
    }

    /// The URL of the gallery of `edition` (or of one winner) with this filter.
    pub fn url(&self, edition: &str, winner: Option<&str>) -> String {
        let path = match winner {
            Some(w) => routes::award_winner(edition, w),
            None => routes::awards_edition(edition),
        };
        routes::with_query(
            &path,
            &[
                ("category", self.category.as_deref().unwrap_or("")),
                ("level", self.level.as_deref().unwrap_or("")),
                ("q", self.query.trim()),
            ],
        )
    }
}

/// What the search box looks in: the winner's city, country and project.
pub fn search_fields(w: &Winner) -> impl Iterator<Item = &str> {
    [
        w.city.as_deref(),
        w.country.as_deref(),
        w.project.as_deref(),
    ]
    .into_iter()
    .flatten()
}

/// "category=<id> level=<id>": the filter values a winner has (what a page's
/// behaviour filters with, see `item_nav::passes_filters`).
pub fn tags(w: &Winner) -> String {
    match &w.level {
        Some(level) => format!("category={} level={level}", w.category),
        None => format!("category={}", w.category),
    }
}

/// For each category of the edition: (id, name, winners matching the other filters).
pub fn category_counts(ed: &Edition, filter: &Filter) -> Vec<(String, String, usize)> {
    ed.categories
        .iter()
        .map(|c| {
            let n = ed
                .winners
                .iter()
                .filter(|w| w.category == c.id && filter.matches_except_category(w))
                .count();
            (c.id.to_string(), c.name.clone(), n)
        })
        .collect()
}

/// The name of a winner's level, or `None` when the sources do not give it.
pub fn level_name<'a>(ed: &'a Edition, w: &Winner) -> Option<&'a str> {
    let id = w.level.as_ref()?;
    ed.levels
        .iter()
        .find(|l| l.id == *id)
        .map(|l| l.name.as_str())
}

/// The position of a category in its edition (for its colour and icon).
pub fn category_index(ed: &Edition, id: &str) -> usize {
    ed.categories.iter().position(|c| c.id == id).unwrap_or(0)
}

/// A winner's category: its position in the edition (the colour, the icon) and its name.
pub fn category_of(ed: &Edition, w: &Winner) -> (usize, String) {
    let i = category_index(ed, w.category.as_str());
    let name = ed.categories.get(i).map(|c| c.name.clone());
    (i, name.unwrap_or_default())
}

/// The heading of a winner's card: the city, or an honest placeholder.
pub fn display_name(w: &Winner) -> String {
    w.city
        .clone()
        .unwrap_or_else(|| "Winner not named in our sources".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Indices of the winners that pass `filter`, in the file's order.
    fn filtered(ed: &Edition, filter: &Filter) -> Vec<usize> {
        (0..ed.winners.len())
            .filter(|&i| filter.matches(&ed.winners[i]))
            .collect()
    }
    use crate::data::validate::parse;

    fn file() -> AwardsFile {
        parse::<AwardsFile>(
            r#"{"established": 2011, "about": "A", "editions": [
              {"id": "3rd", "number": 3, "name": "3rd", "year": 2017, "categories": [{"id": "open", "name": "Open City"}],
               "levels": [{"id": "gold", "name": "Gold"}], "sources": [{"label": "s"}]},
              {"id": "4th", "number": 4, "name": "4th WeGO Awards", "year": 2020,
               "categories": [{"id": "mobility", "name": "Mobility"}, {"id": "safe-city", "name": "Safe City"}],
               "levels": [{"id": "gold", "name": "Gold"}, {"id": "silver", "name": "Silver"}, {"id": "special-mention", "name": "Special Mention"}],
               "winners": [
                 {"id": "george-town", "category": "mobility", "level": "gold", "city": "George Town", "country": "Malaysia", "project": "Green Connectivity", "sources": [{"label": "s"}]},
                 {"id": "bh-siu", "category": "mobility", "level": "silver", "city": "Belo Horizonte", "country": "Brazil", "project": "SIU Mobile", "sources": [{"label": "s"}]},
                 {"id": "mobility-special-mention", "category": "mobility", "level": "special-mention", "sources": [{"label": "s"}]},
                 {"id": "mexico-city", "category": "safe-city", "level": "gold", "city": "Mexico City", "country": "Mexico", "project": "My Safe City", "sources": [{"label": "s"}]},
                 {"id": "bh-women", "category": "safe-city", "level": "silver", "city": "Belo Horizonte", "country": "Brazil", "project": "Prevention of Violence", "sources": [{"label": "s"}]}
               ], "sources": [{"label": "s"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn ids(ed: &Edition, idx: &[usize]) -> Vec<String> {
        idx.iter().map(|&i| ed.winners[i].id.to_string()).collect()
    }

    #[test]
    fn a_page_filters_winners_by_their_tags_as_the_filter_does() {
        let file = file();
        let ed = &file.editions[1];
        let filters = [
            ("mobility", "", ""),
            ("", "silver", ""),
            ("safe-city", "gold", ""),
            ("", "", "brazil"),
            ("mobility", "", "belo"),
        ];
        for (category, level, q) in filters {
            let filter = Filter {
                category: (!category.is_empty()).then(|| category.to_owned()),
                level: (!level.is_empty()).then(|| level.to_owned()),
                query: q.to_owned(),
            };
            let query = |k: &str| {
                let v = match k {
                    "category" => category,
                    "level" => level,
                    _ => q,
                };
                (!v.is_empty()).then(|| v.to_owned())
            };
            for w in &ed.winners {
                let haystack = crate::text::haystack(search_fields(w));
                let keys = ["category", "level", "q"];
                assert_eq!(
                    crate::item_nav::passes_filters(
                        &keys,
                        &tags(w),
                        &haystack,
                        &crate::text::Search::new(q),
                        query
                    ),
                    filter.matches(w),
                    "{} with {filter:?}",
                    w.id
                );
            }
        }
    }

    #[test]
    fn the_latest_edition_is_the_default() {
        let f = file();
        assert_eq!(edition(&f, None).unwrap().id, "4th");
        assert_eq!(edition(&f, Some("3rd")).unwrap().id, "3rd");
        assert!(edition(&f, Some("9th")).is_none());
    }

    #[test]
    fn filters_by_category_level_and_text() {
        let f = file();
        let ed = edition(&f, None).unwrap();
        assert_eq!(filtered(ed, &Filter::default()).len(), 5);
        let safe = Filter {
            category: Some("safe-city".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(ed, &filtered(ed, &safe)),
            vec!["mexico-city", "bh-women"]
        );
        let silver = Filter {
            level: Some("silver".into()),
            ..Default::default()
        };
        assert_eq!(ids(ed, &filtered(ed, &silver)), vec!["bh-siu", "bh-women"]);
        let brazil = Filter {
            query: "brazil siu".into(),
            ..Default::default()
        };
        assert_eq!(ids(ed, &filtered(ed, &brazil)), vec!["bh-siu"]);
        let accents = Filter {
            query: "MEXICO".into(),
            ..Default::default()
        };
        assert_eq!(ids(ed, &filtered(ed, &accents)), vec!["mexico-city"]);
        // an unnamed winner matches no text search but still matches its category and level
        let sm = Filter {
            level: Some("special-mention".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(ed, &filtered(ed, &sm)),
            vec!["mobility-special-mention"]
        );
    }

    #[test]
    fn counts_per_category_follow_the_other_filters() {
        let f = file();
        let ed = edition(&f, None).unwrap();
        let all = category_counts(
            ed,
            &Filter {
                category: Some("safe-city".into()),
                ..Default::default()
            },
        );
        assert_eq!(
            all,
            vec![
                ("mobility".into(), "Mobility".into(), 3),
                ("safe-city".into(), "Safe City".into(), 2)
            ]
        );
        let gold = category_counts(
            ed,
            &Filter {
                level: Some("gold".into()),
                ..Default::default()
            },
        );
        assert_eq!(gold.iter().map(|c| c.2).collect::<Vec<_>>(), vec![1, 1]);
    }

    #[test]
    fn prev_and_next_run_over_the_filtered_set() {
        let f = file();
        let ed = edition(&f, None).unwrap();
        let silver = filtered(
            ed,
            &Filter {
                level: Some("silver".into()),
                ..Default::default()
            },
        );
        let ids: Vec<String> = ids(ed, &silver);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert_eq!(
            crate::sequence::neighbours(&refs, "bh-siu"),
            (None, Some("bh-women"))
        );
        assert_eq!(
            crate::sequence::neighbours(&refs, "bh-women"),
            (Some("bh-siu"), None)
        );
    }

    #[test]
    fn urls_carry_edition_winner_and_filter() {
        let f = Filter {
            category: Some("mobility".into()),
            level: None,
            query: "belo".into(),
        };
        assert_eq!(f.url("4th", None), "/awards/4th?category=mobility&q=belo");
        assert_eq!(
            f.url("4th", Some("bh-siu")),
            "/awards/4th/bh-siu?category=mobility&q=belo"
        );
        assert_eq!(Filter::default().url("3rd", None), "/awards/3rd");
    }

    #[test]
    fn unnamed_winners_are_shown_honestly() {
        let f = file();
        let ed = edition(&f, None).unwrap();
        assert_eq!(
            display_name(&ed.winners[2]),
            "Winner not named in our sources"
        );
        assert_eq!(level_name(ed, &ed.winners[2]), Some("Special Mention"));
        assert_eq!(category_index(ed, "safe-city"), 1);
    }
}
