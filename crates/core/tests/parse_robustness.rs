//! Robustness of the data parser: whatever text a data file holds, `parse` never panics,
//! and every rejection explains itself (a message, a line, a column).
//!
//! A small fuzz run with a fixed-seed xorshift generator (no dependency; the same inputs
//! on every run, so a failure reproduces). A failing case prints its seed and input.

use std::panic::{catch_unwind, AssertUnwindSafe};

use wego10_core::data::validate::{parse, Problem, SerdeFile};
use wego10_core::data::{
    AwardsFile, MembersFile, OfficesFile, PartnersFile, Site, TeamFile, TimelineFile,
};

/// xorshift64*: tiny, fast and good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../public/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Parses `text` as `T`; fails the test with the input when `parse` panics or when a
/// rejection lacks a message or a position.
fn check<T: SerdeFile>(text: &str, case: &str) -> bool {
    let result = catch_unwind(AssertUnwindSafe(|| parse::<T>(text).map(|_| ())));
    let shown = || {
        let mut s: String = text.chars().take(300).collect();
        if text.chars().count() > 300 {
            s.push('…');
        }
        s
    };
    match result {
        Err(_) => panic!("{} panicked on {case}; input:\n{}", T::NAME, shown()),
        Ok(Ok(())) => true,
        Ok(Err(problems)) => {
            assert!(
                !problems.is_empty(),
                "{} rejected {case} without naming a problem; input:\n{}",
                T::NAME,
                shown()
            );
            for p in &problems {
                check_problem::<T>(p, text, case);
            }
            false
        }
    }
}

fn check_problem<T: SerdeFile>(p: &Problem, text: &str, case: &str) {
    let lines = text.split('\n').count();
    assert!(
        !p.message.trim().is_empty(),
        "{}: {case}: a problem without a message: {p:?}",
        T::NAME
    );
    assert!(p.line >= 1, "{}: {case}: line 0 in {p:?}", T::NAME);
    assert!(
        p.line <= lines,
        "{}: {case}: line {} beyond the {lines} lines of the text: {p:?}",
        T::NAME,
        p.line
    );
    assert!(p.column >= 1, "{}: {case}: column 0 in {p:?}", T::NAME);
    assert!(
        !p.path.is_empty(),
        "{}: {case}: no field path in {p:?}",
        T::NAME
    );
    assert_eq!(p.file, T::NAME, "{case}: the problem names another file");
}

fn check_all(text: &str, case: &str) {
    check::<Site>(text, case);
    check::<TimelineFile>(text, case);
    check::<OfficesFile>(text, case);
    check::<AwardsFile>(text, case);
    check::<MembersFile>(text, case);
    check::<PartnersFile>(text, case);
    check::<TeamFile>(text, case);
}

/// JSON-ish fragments, so that random text gets past the first character now and then.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"id\"",
    "\"events\"",
    "\"offices\"",
    "\"editions\"",
    "\"winners\"",
    "\"members\"",
    "\"partners\"",
    "\"people\"",
    "\"lat\"",
    "\"categories\"",
    "\"date\"",
    "\"2010-13-40\"",
    "\"2017\"",
    "\"sources\"",
    "\"url\"",
    "\"javascript:alert(1)\"",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e999",
    "3.5",
    "\"é\"",
    "\"日本\"",
    "\"\\u00e9\"",
    "\"\\ud800\"",
    "\\",
    "\n",
    " ",
    "\t",
    "🦀",
    "\u{feff}",
    "\"a-b\"",
    "\"A B\"",
    "\"\"",
    "[]",
    "{}",
];

fn random_bytes(rng: &mut Rng) -> String {
    let len = rng.below(200);
    let bytes: Vec<u8> = (0..len)
        .map(|_| match rng.below(4) {
            // mostly printable ASCII, some JSON punctuation, some anything
            0 => *rng.pick(b"{}[]\":,\\ \n0123456789-.eE"),
            1 | 2 => 0x20 + rng.below(0x5f) as u8,
            _ => rng.next() as u8,
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn random_tokens(rng: &mut Rng) -> String {
    let len = rng.below(60);
    (0..len).map(|_| *rng.pick(TOKENS)).collect()
}

/// A char boundary at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn range(rng: &mut Rng, s: &str, max_len: usize) -> (usize, usize) {
    let start = boundary(s, rng.below(s.len() + 1));
    let end = boundary(s, start + rng.below(max_len + 1));
    (start, end.max(start))
}

/// Replaces the JSON value that starts at a random `"`, digit, `[`, `{`, `t`, `f` or `n`
/// with a value of another type (roughly: up to the next `,`, `}` or `]`).
fn replace_value(rng: &mut Rng, s: &str) -> String {
    let starts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '"' | '[' | '{' | '0'..='9' | 't' | 'f' | 'n')
                && s[..i].trim_end().ends_with([':', '[', ','])
        })
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() {
        return s.to_owned();
    }
    let start = *rng.pick(&starts);
    let rest = &s[start..];
    let end = start
        + match rest.as_bytes()[0] {
            b'"' => rest[1..].find('"').map_or(rest.len(), |e| e + 2),
            b'[' | b'{' => matching_close(rest).unwrap_or(rest.len()),
            _ => rest.find([',', '}', ']', '\n']).unwrap_or(rest.len()),
        };
    let replacement = *rng.pick(&[
        "null",
        "true",
        "0",
        "-7",
        "1.5e300",
        "\"\"",
        "\"text\"",
        "[]",
        "[1, \"x\"]",
        "{}",
        "{\"id\": \"x\"}",
        "\"2010-02-30\"",
        "\"not-a-slug!\"",
        "\"javascript:alert(1)\"",
    ]);
    format!("{}{}{}", &s[..start], replacement, &s[end.min(s.len())..])
}

/// The end (exclusive) of the bracketed value at the start of `s`, ignoring strings.
fn matching_close(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => depth += 1,
            ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    match rng.below(7) {
        // delete a range
        0 => {
            let (a, b) = range(rng, s, 400);
            format!("{}{}", &s[..a], &s[b..])
        }
        // duplicate a range in place
        1 => {
            let (a, b) = range(rng, s, 400);
            format!("{}{}{}", &s[..b], &s[a..b], &s[b..])
        }
        // swap two characters
        2 => {
            let mut chars: Vec<char> = s.chars().collect();
            if chars.len() > 1 {
                let i = rng.below(chars.len());
                let j = rng.below(chars.len());
                chars.swap(i, j);
            }
            chars.into_iter().collect()
        }
        // replace a value with another JSON type
        3 => replace_value(rng, s),
        // truncate
        4 => s[..boundary(s, rng.below(s.len() + 1))].to_owned(),
        // insert a token
        5 => {
            let at = boundary(s, rng.below(s.len() + 1));
            format!("{}{}{}", &s[..at], rng.pick(TOKENS), &s[at..])
        }
        // change one character into another
        _ => {
            let (a, _) = range(rng, s, 0);
            let len = s[a..].chars().next().map_or(0, char::len_utf8);
            let c = *rng.pick(&['"', '{', '}', '[', ']', ',', ':', 'x', '0', '\\', 'é', '\n']);
            format!("{}{}{}", &s[..a], c, &s[a + len..])
        }
    }
}

#[test]
fn arbitrary_text_never_panics_and_every_rejection_explains_itself() {
    let mut rng = Rng::new(0xC0FF_EE10);
    for case in 0..3_000 {
        let text = if case % 2 == 0 {
            random_bytes(&mut rng)
        } else {
            random_tokens(&mut rng)
        };
        check_all(&text, &format!("arbitrary input #{case}"));
    }
    // and a few classics
    for text in [
        "",
        " ",
        "\u{feff}",
        "null",
        "[]",
        "{}",
        "\"x\"",
        "0",
        "{\"events\": 5}",
        "{\"a\":",
    ] {
        check_all(text, &format!("{text:?}"));
    }
}

#[test]
fn mutated_shipped_files_never_panic_and_rejections_name_a_line() {
    let files = [
        ("site.json", shipped("site.json")),
        ("timeline.json", shipped("timeline.json")),
        ("offices.json", shipped("offices.json")),
        ("awards.json", shipped("awards.json")),
        ("members.json", shipped("members.json")),
        ("partners.json", shipped("partners.json")),
        ("team.json", shipped("team.json")),
    ];
    let mut rng = Rng::new(0x5EED_0010);
    let mut rejected = 0;
    let mut total = 0;
    for (name, good) in &files {
        // A budget per file keeps the run short in debug builds (awards.json is the largest).
        let rounds = 1_000 * 40_000 / good.len().max(40_000);
        for case in 0..rounds {
            let mut text = good.clone();
            for _ in 0..=rng.below(3) {
                text = mutate(&mut rng, &text);
            }
            let label = format!("{name} mutation #{case}");
            let ok = match *name {
                "site.json" => check::<Site>(&text, &label),
                "timeline.json" => check::<TimelineFile>(&text, &label),
                "offices.json" => check::<OfficesFile>(&text, &label),
                "members.json" => check::<MembersFile>(&text, &label),
                "partners.json" => check::<PartnersFile>(&text, &label),
                "team.json" => check::<TeamFile>(&text, &label),
                _ => check::<AwardsFile>(&text, &label),
            };
            total += 1;
            rejected += usize::from(!ok);
        }
    }
    // The mutations must actually reach the error paths, or this test proves nothing.
    assert!(
        rejected * 2 > total,
        "only {rejected} of {total} mutated files were rejected"
    );
}
