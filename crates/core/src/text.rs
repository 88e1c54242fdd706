//! Text helpers shared by the search boxes.

/// Lower-cases and strips common diacritics, so "beyoglu" finds "Beyoğlu" and
/// "sao paulo" finds "São Paulo".
pub fn fold(s: &str) -> String {
    fold_lowered(&s.chars().flat_map(char::to_lowercase).collect::<String>())
}

/// `fold` of text that is already lower case: the diacritics only. The browser lower-cases
/// with JavaScript's `toLowerCase`, so its wasm carries no Unicode case tables.
pub fn fold_lowered(s: &str) -> String {
    s.chars()
        // İ lower-cases to i and a combining dot: "istanbul" finds "İstanbul".
        .filter(|c| *c != '\u{307}')
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ğ' => 'g',
            'ş' | 'ś' | 'š' => 's',
            'ý' | 'ÿ' => 'y',
            'ž' | 'ź' | 'ż' => 'z',
            // A word's last sigma: lower-casing a whole text (JavaScript) writes ς, a
            // letter at a time (`fold`) writes σ.
            'ς' => 'σ',
            '–' | '—' => '-',
            other => other,
        })
        .collect()
}

/// A search box's query, folded once to be matched against many haystacks.
pub struct Search(String);

impl Search {
    /// `query` as typed.
    pub fn new(query: &str) -> Self {
        Self(fold(query))
    }

    /// `query` already lower-cased (by the browser; see `fold_lowered`).
    pub fn from_lowercase(query: &str) -> Self {
        Self(fold_lowered(query))
    }

    /// True when the query has no word: it matches any haystack without reading it.
    pub fn is_empty(&self) -> bool {
        self.0.split_whitespace().next().is_none()
    }

    /// True when every word of the query occurs in `haystack` (see `haystack`).
    pub fn matches(&self, haystack: &str) -> bool {
        self.0.split_whitespace().all(|w| haystack.contains(w))
    }
}

/// True when every word of `query` occurs in one of `fields` (diacritics and case ignored).
pub fn matches_query<'a>(query: &str, fields: impl IntoIterator<Item = &'a str>) -> bool {
    Search::new(query).matches(&haystack(fields))
}

/// What a search looks in, as a page writes it on each item (so its search box needs no
/// data): `fields` a line each, as they read, so the page's compression finds the text
/// it repeats. The browser folds it (see `fold_lowered`) when the page starts.
pub fn search_text<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fields.into_iter().collect::<Vec<_>>().join("\n")
}

/// `search_text` folded: what `Search::matches` looks in.
pub fn haystack<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fold(&search_text(fields))
}

/// "1 event", "2 events".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Escapes text for an HTML attribute or element.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Beyoğlu"), "beyoglu");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("İSTANBUL"), "istanbul");
    }

    #[test]
    fn a_query_the_browser_lower_cased_matches_as_one_typed() {
        // JavaScript's toLowerCase lower-cases a whole text, as `str::to_lowercase` does.
        let haystack = haystack(["Beyoğlu (Istanbul)", "São Paulo", "ΟΔΟΣ Athens", "İzmir"]);
        for typed in [
            "BEYOĞLU",
            "São PAULO",
            "ΟΔΟΣ",
            "οδος",
            "İZMİR",
            "sao  paulo",
        ] {
            let browser = Search::from_lowercase(&typed.to_lowercase());
            assert_eq!(browser.0, Search::new(typed).0, "{typed}");
            assert!(browser.matches(&haystack), "{typed}");
        }
        assert!(!Search::from_lowercase("ankara").matches(&haystack));
        assert!(Search::new("  ").is_empty() && Search::new("  ").matches(""));
        assert!(!Search::new("x").is_empty());
    }

    #[test]
    fn every_word_must_match_somewhere() {
        assert!(matches_query(
            "seoul 2014",
            ["Secretariat opening 2014", "Seoul"]
        ));
        assert!(!matches_query("seoul chengdu", ["Seoul"]));
        assert!(matches_query("  ", ["anything"]));
        assert!(matches_query("BEYOGLU", ["Beyoğlu (Istanbul)"]));
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "event", "events"), "1 event");
        assert_eq!(plural(0, "event", "events"), "0 events");
    }
}
