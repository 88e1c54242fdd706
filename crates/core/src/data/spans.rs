//! Finds where a value sits in JSON text, so that every problem can name its
//! line and column. Only used once something is wrong: a valid file is read
//! without it (by serde natively, by `JSON.parse` in the browser).

use std::fmt;

/// One step of a path into a JSON document: `events[3].date` is
/// `[Key("events"), Index(3), Key("date")]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path into a JSON document, printed as `events[3].date`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    pub fn root() -> Self {
        Self(Vec::new())
    }

    pub fn key(&self, k: &str) -> Self {
        let mut v = self.0.clone();
        v.push(Seg::Key(k.to_owned()));
        Self(v)
    }

    pub fn index(&self, i: usize) -> Self {
        let mut v = self.0.clone();
        v.push(Seg::Index(i));
        Self(v)
    }

    /// Parses the printed form back (`events[3].date`).
    pub fn parse(s: &str) -> Self {
        let mut segs = Vec::new();
        for part in s.split('.').filter(|p| !p.is_empty()) {
            let (key, rest) = part.split_once('[').unwrap_or((part, ""));
            if !key.is_empty() {
                segs.push(Seg::Key(key.to_owned()));
            }
            for idx in rest.split('[') {
                if let Ok(i) = idx.trim_end_matches(']').parse() {
                    segs.push(Seg::Index(i));
                }
            }
        }
        Self(segs)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(top level)");
        }
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if n == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// Skips a string and returns its raw (still escaped) content.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    let s = std::str::from_utf8(&self.b[start..self.i]).ok()?;
                    self.i += 1;
                    return Some(s);
                }
                _ => self.i += 1,
            }
        }
        None
    }

    fn value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' => {
                self.i += 1;
                if self.eat(b'}').is_some() {
                    return Some(());
                }
                loop {
                    self.string()?;
                    self.eat(b':')?;
                    self.value()?;
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                if self.eat(b']').is_some() {
                    return Some(());
                }
                loop {
                    self.value()?;
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            _ => {
                let start = self.i;
                while self.i < self.b.len()
                    && !matches!(
                        self.b[self.i],
                        b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
                    )
                {
                    self.i += 1;
                }
                (self.i > start).then_some(())
            }
        }
    }

    /// Moves to the value of `key` in the object at the cursor.
    fn enter_key(&mut self, key: &str) -> Option<()> {
        self.eat(b'{')?;
        if self.eat(b'}').is_some() {
            return None;
        }
        loop {
            let k = self.string()?;
            self.eat(b':')?;
            if k == key {
                self.ws();
                return Some(());
            }
            self.value()?;
            self.eat(b',')?;
        }
    }

    /// Moves to element `n` of the array at the cursor.
    fn enter_index(&mut self, n: usize) -> Option<()> {
        self.eat(b'[')?;
        for _ in 0..n {
            self.value()?;
            self.eat(b',')?;
        }
        self.ws();
        (self.peek()? != b']').then_some(())
    }
}

/// The byte range of the value at `path`, or of its nearest existing ancestor.
pub fn locate(text: &str, path: &JsonPath) -> (usize, usize) {
    let mut best = (0, text.len());
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    s.ws();
    for seg in &path.0 {
        let found = match seg {
            Seg::Key(k) => s.enter_key(k),
            Seg::Index(n) => s.enter_index(*n),
        };
        if found.is_none() {
            break;
        }
        let start = s.i;
        let mut probe = Scanner { b: s.b, i: start };
        if probe.value().is_some() {
            best = (start, probe.i);
        }
    }
    best
}

/// The byte ranges of the elements of the array at `path` (empty if it is not an array).
pub fn array_items(text: &str, path: &JsonPath) -> Vec<(usize, usize)> {
    let (start, _) = locate(text, path);
    let mut s = Scanner {
        b: text.as_bytes(),
        i: start,
    };
    let mut items = Vec::new();
    if s.eat(b'[').is_none() || s.eat(b']').is_some() {
        return items;
    }
    loop {
        s.ws();
        let from = s.i;
        if s.value().is_none() {
            return items;
        }
        items.push((from, s.i));
        if s.eat(b',').is_none() {
            return items;
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The byte offset of a 1-based line and column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            let col_bytes: usize = l
                .chars()
                .take(column.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return offset + col_bytes;
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"events\": [\n    {\"id\": \"a\", \"date\": \"2010\"},\n    {\"id\": \"b\", \"tags\": [1, 2], \"date\": \"20x\"}\n  ],\n  \"n\": 3\n}";

    fn at(path: &str) -> (usize, usize) {
        let (start, _) = locate(DOC, &JsonPath::parse(path));
        line_col(DOC, start)
    }

    #[test]
    fn path_round_trips_through_its_printed_form() {
        let p = JsonPath::root().key("events").index(3).key("date");
        assert_eq!(p.to_string(), "events[3].date");
        assert_eq!(JsonPath::parse("events[3].date"), p);
        assert_eq!(
            JsonPath::parse("a[1][2]").0,
            vec![Seg::Key("a".into()), Seg::Index(1), Seg::Index(2)]
        );
    }

    #[test]
    fn locates_nested_values_by_line_and_column() {
        assert_eq!(at("events[1].date"), (4, 41));
        assert_eq!(at("events[0].id"), (3, 12));
        assert_eq!(at("n"), (6, 8));
    }

    #[test]
    fn a_missing_step_falls_back_to_the_nearest_ancestor() {
        assert_eq!(at("events[1].missing"), at("events[1]"));
        assert_eq!(at("events[7]"), at("events"));
    }

    #[test]
    fn lists_array_items() {
        let items = array_items(DOC, &JsonPath::parse("events"));
        assert_eq!(items.len(), 2);
        assert!(DOC[items[1].0..items[1].1].starts_with("{\"id\": \"b\""));
        assert!(array_items(DOC, &JsonPath::parse("n")).is_empty());
    }

    #[test]
    fn survives_garbage() {
        for junk in ["", "{", "[1,", "{\"a\"", "\"unterminated", "}}}"] {
            let _ = locate(junk, &JsonPath::parse("a[0].b"));
            let _ = array_items(junk, &JsonPath::parse("a"));
        }
    }

    #[test]
    fn line_col_and_offset_are_inverse() {
        let text = "ab\nçd\nef";
        for off in [0, 1, 3, 5, 6, 8] {
            let (l, c) = line_col(text, off);
            assert_eq!(offset_of(text, l, c), off, "{off}");
        }
    }
}
