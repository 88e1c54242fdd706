//! Reading the data files in the browser: the browser's own `JSON.parse`, then a small
//! reader per model type. serde_json and the model's derived deserializers were about a
//! tenth of the wasm; the native tools keep them (`validate::SerdeFile`). The reader is
//! generic over the parsed value (`Json`): the browser's in the app (`js`), serde_json's
//! in the tests, which check that it reads every file as serde does. Its problems are
//! located in the text as the validator's are.

mod at;
#[cfg(feature = "hydrate")]
mod js;
mod model;
mod syntax;
#[cfg(test)]
mod tests;
mod words;

pub use at::At;
#[cfg(feature = "hydrate")]
pub use js::{read_file, read_value};

use wego10_core::data::date::PartialDate;
use wego10_core::data::slug::Slug;
use wego10_core::data::spans::{line_col, JsonPath};
use wego10_core::data::validate::{checked, DataFile, Findings, Problem};

use words::Found;

/// A parsed JSON value, seen one level at a time.
pub enum Kind<V> {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<V>),
    /// The keys and values, in the order of the text.
    Object(Vec<(String, V)>),
}

/// A parsed JSON value the reader can walk.
pub trait Json: Sized {
    fn kind(&self) -> Kind<Self>;
    /// Cheaper than `kind` for the one question `Option` asks.
    fn is_null(&self) -> bool;
    /// A number that is not an integer, as a message shows it (the browser formats it: Rust's
    /// float formatting would add about 8 KB of wasm).
    fn number_text(n: f64) -> String;
}

/// A type of the model, read from a parsed value as serde would deserialize it. A problem
/// is added to `out` (with its path) and gives `None`; reading goes on past it, so that
/// one broken item does not hide the others.
pub trait FromJson: Sized {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self>;

    /// The value of a field left out of its object, or `None` when it must be there.
    fn missing() -> Option<Self> {
        None
    }
}

/// Reads and checks a data file from its text, with `parse` (`JSON.parse` in the browser).
/// Syntax problems come from the parser's message, the others are located by their path.
pub fn file<T, V>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<V, String>,
) -> Result<T, Vec<Problem>>
where
    T: DataFile + FromJson,
    V: Json,
{
    let top_level = |offset: usize, message: String| {
        let (line, column) = line_col(text, offset);
        vec![Problem {
            file: T::NAME.to_owned(),
            line,
            column,
            path: JsonPath::root().to_string(),
            message,
        }]
    };
    if text.trim().is_empty() {
        return Err(top_level(text.len(), "the file is empty".to_owned()));
    }
    let value = parse(text).map_err(|message| {
        let e = syntax::error(&message, text);
        top_level(e.offset, format!("not valid JSON: {}", e.reason))
    })?;
    let mut found = Findings::default();
    match T::read(&value, &At::Root, &mut found) {
        Some(v) if found.0.is_empty() => checked(T::NAME, text, v),
        _ => Err(found.into_problems(T::NAME, text)),
    }
}

/// Adds "invalid type: <what `kind` is>, expected <expected>", and gives up the value.
fn wrong<V: Json, T>(kind: Kind<V>, at: &At, out: &mut Findings, expected: &str) -> Option<T> {
    let found = match kind {
        Kind::Null => Found::Null,
        Kind::Bool(b) => Found::Bool(b),
        Kind::Number(n) => match integer(n) {
            Some(i) => Found::Integer(i),
            None => Found::Float(V::number_text(n)),
        },
        Kind::Str(s) => Found::Str(s),
        Kind::Array(_) => Found::Sequence,
        Kind::Object(_) => Found::Map,
    };
    out.add(at.path(), words::invalid_type(&found, expected));
    None
}

/// The number as an integer, if it is one that a double holds exactly.
fn integer(n: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    (n.fract() == 0.0 && n.abs() <= EXACT).then_some(n as i64)
}

impl FromJson for String {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        match v.kind() {
            Kind::Str(s) => Some(s),
            kind => wrong(kind, at, out, "a string"),
        }
    }
}

impl FromJson for f64 {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        match v.kind() {
            Kind::Number(n) => Some(n),
            kind => wrong(kind, at, out, "f64"),
        }
    }
}

/// An unsigned integer type, named as serde names it ("u16").
fn unsigned<V: Json, T: TryFrom<i64>>(v: &V, at: &At, out: &mut Findings, name: &str) -> Option<T> {
    match v.kind() {
        Kind::Number(n) => match integer(n) {
            Some(i) => T::try_from(i).ok().or_else(|| {
                out.add(at.path(), words::invalid_value(&Found::Integer(i), name));
                None
            }),
            None => wrong(Kind::<V>::Number(n), at, out, name),
        },
        kind => wrong(kind, at, out, name),
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
                unsigned(v, at, out, stringify!($t))
            }
        }
    )*};
}

unsigned!(u8, u16, u32);

impl<T: FromJson> FromJson for Option<T> {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        if v.is_null() {
            Some(None)
        } else {
            T::read(v, at, out).map(Some)
        }
    }

    fn missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        match v.kind() {
            Kind::Array(items) => {
                // Every item is read (and its problems reported) before any is given up.
                let mut read = Vec::with_capacity(items.len());
                let mut whole = true;
                for (i, item) in items.iter().enumerate() {
                    match T::read(item, &at.index(i), out) {
                        Some(x) => read.push(x),
                        None => whole = false,
                    }
                }
                whole.then_some(read)
            }
            kind => wrong(kind, at, out, "a sequence"),
        }
    }
}

impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        const EXPECTED: &str = "a tuple of size 2";
        match v.kind() {
            Kind::Array(items) if items.len() == 2 => {
                let a = A::read(&items[0], &at.index(0), out);
                let b = B::read(&items[1], &at.index(1), out);
                Some((a?, b?))
            }
            Kind::Array(items) => {
                out.add(at.path(), words::invalid_length(items.len(), EXPECTED));
                None
            }
            kind => wrong(kind, at, out, EXPECTED),
        }
    }
}

impl FromJson for Slug {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        Slug::try_from(String::read(v, at, out)?)
            .map_err(|problem| out.add(at.path(), problem))
            .ok()
    }
}

impl FromJson for PartialDate {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        String::read(v, at, out)?
            .parse()
            .map_err(|e: wego10_core::data::date::DateError| out.add(at.path(), e.0))
            .ok()
    }
}

/// A kebab-case enum: the value of `all` whose `id` the string is.
fn variant<V: Json, T: Copy>(
    v: &V,
    at: &At,
    out: &mut Findings,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Option<T> {
    let ids = || all.iter().map(|&t| id(t)).collect::<Vec<_>>();
    match v.kind() {
        Kind::Str(s) => all.iter().copied().find(|&t| id(t) == s).or_else(|| {
            out.add(at.path(), words::unknown_variant(&s, &ids()));
            None
        }),
        kind => wrong(kind, at, out, &words::one_of(&ids())),
    }
}

/// The fields of one JSON object, taken by name as a struct reads them.
pub struct Fields<'a, V> {
    at: &'a At<'a>,
    entries: Vec<(String, V)>,
}

impl<'a, V: Json> Fields<'a, V> {
    /// The object for struct `name` with `fields`. With `deny_unknown` (serde's
    /// `deny_unknown_fields`) every other key is reported.
    pub fn of(
        v: &V,
        at: &'a At<'a>,
        out: &mut Findings,
        name: &str,
        fields: &[&str],
        deny_unknown: bool,
    ) -> Option<Self> {
        match v.kind() {
            Kind::Object(entries) => {
                if deny_unknown {
                    for (key, _) in &entries {
                        if !fields.contains(&key.as_str()) {
                            out.add(at.key(key).path(), words::unknown_field(key, fields));
                        }
                    }
                }
                Some(Fields { at, entries })
            }
            // serde reads a struct from an array too, field by field: an empty one is
            // "invalid length 0" (what a file holding `[]` is told).
            Kind::Array(items) if items.is_empty() => {
                let expected = format!("struct {name} with {} elements", fields.len());
                out.add(at.path(), words::invalid_length(0, &expected));
                None
            }
            kind => wrong(kind, at, out, &format!("struct {name}")),
        }
    }

    fn take(&mut self, key: &str) -> Option<V> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.swap_remove(i).1)
    }

    /// A field the object must have, unless it is an `Option`.
    pub fn field<T: FromJson>(&mut self, key: &str, out: &mut Findings) -> Option<T> {
        match self.take(key) {
            Some(v) => T::read(&v, &self.at.key(key), out),
            None => T::missing().or_else(|| {
                out.add(self.at.path(), words::missing_field(key));
                None
            }),
        }
    }

    /// A field that may be left out (serde's `default`).
    pub fn or_default<T: FromJson + Default>(
        &mut self,
        key: &str,
        out: &mut Findings,
    ) -> Option<T> {
        match self.take(key) {
            Some(v) => T::read(&v, &self.at.key(key), out),
            None => Some(T::default()),
        }
    }
}
