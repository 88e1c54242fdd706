//! Where the reader is in the document, kept on the stack as it descends: a `JsonPath`
//! is built only for a problem, not for every value read.

use wego10_core::data::spans::{JsonPath, Seg};

/// A path into the document, each step borrowing the one above it.
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    pub fn key<'b>(&'b self, key: &'b str) -> At<'b> {
        At::Key(self, key)
    }

    pub fn index(&self, i: usize) -> At<'_> {
        At::Index(self, i)
    }

    /// The path, to locate and name a problem ("events[3].date").
    pub fn path(&self) -> JsonPath {
        let mut segs = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(up, key) => {
                    segs.push(Seg::Key((*key).to_owned()));
                    at = up;
                }
                At::Index(up, i) => {
                    segs.push(Seg::Index(*i));
                    at = up;
                }
            }
        }
        segs.reverse();
        JsonPath(segs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_path_from_the_steps() {
        let root = At::Root;
        assert_eq!(root.path().to_string(), "(top level)");
        let events = root.key("events");
        let third = events.index(3);
        let date = third.key("date");
        assert_eq!(date.path().to_string(), "events[3].date");
        assert_eq!(date.path(), JsonPath::parse("events[3].date"));
        let nested = third.key("members");
        assert_eq!(nested.index(0).path().to_string(), "events[3].members[0]");
    }
}
