//! The words of the interface that the page's behaviours write in the browser (the
//! rest is rendered by the build). One table, so a translation has one place to go.

/// After the Share button copied the page's link (`ok`), or could not (then the link
/// is shown to copy by hand).
pub fn link_copied(ok: bool, url: &str) -> String {
    if ok {
        "Link copied to the clipboard.".to_owned()
    } else {
        format!("Copy this link: {url}")
    }
}

/// After a copy button of the Embed dialog copied its snippet (`kind`: "script" or
/// "iframe"), or could not.
pub fn snippet_copied(ok: bool, kind: &str) -> String {
    if ok {
        format!("The {kind} snippet is copied to the clipboard.")
    } else {
        format!("Select the {kind} snippet and copy it.")
    }
}

/// A filter bar's count of the shown items: "12 members", or with a filter on,
/// "Showing 3 of 12 members". `noun` is (singular, plural).
pub fn shown_count(shown: usize, total: usize, filtered: bool, noun: (&str, &str)) -> String {
    let plural = crate::text::plural;
    if filtered {
        format!("Showing {shown} of {}", plural(total, noun.0, noun.1))
    } else {
        plural(shown, noun.0, noun.1)
    }
}

/// The accessible name of Previous or Next (`which`) in an open item's bar: the item it
/// opens, or that there is none.
pub fn step_label(which: &str, noun: &str, target: Option<&str>) -> String {
    match target {
        Some(name) => format!("{which} {noun}: {name}"),
        None => format!("No {} {noun}", which.to_lowercase()),
    }
}

/// The Share button's accessible name.
pub fn share_label(title: &str) -> String {
    format!("Share “{title}”")
}

/// The timeline's "Show more" button: `next` more of the `rest` matching events not shown.
pub fn show_more(next: usize, rest: usize) -> String {
    format!("Show {next} more of {rest} further events")
}

/// A year of the timeline's axis: it jumps to its first matching event, or has none.
pub fn year_label(year: u16, has_match: bool) -> String {
    if has_match {
        format!("Jump to {year}")
    } else {
        format!("{year}: no matching events")
    }
}

/// The offices' count under the year control: "9 offices", or in an earlier year
/// than the latest, "3 offices in 2012".
pub fn office_count(n: usize, earlier_year: Option<u16>) -> String {
    let count = crate::text::plural(n, "office", "offices");
    match earlier_year {
        Some(y) => format!("{count} in {y}"),
        None => count,
    }
}

/// After an office that opened later than the year shown.
pub fn not_yet_open(year: u16) -> String {
    format!(" Not yet open in {year}")
}

/// The heading of the member layer's list.
pub fn member_cities_on_map(n: usize) -> String {
    format!("Member cities on the map ({n})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_that_could_not_be_copied_is_shown() {
        assert_eq!(link_copied(true, "u"), "Link copied to the clipboard.");
        assert_eq!(
            link_copied(false, "https://x/y"),
            "Copy this link: https://x/y"
        );
    }

    #[test]
    fn a_year_without_a_match_says_so() {
        assert_eq!(year_label(2010, true), "Jump to 2010");
        assert_eq!(year_label(2011, false), "2011: no matching events");
        assert_eq!(show_more(200, 250), "Show 200 more of 250 further events");
    }

    #[test]
    fn the_office_count_names_an_earlier_year() {
        assert_eq!(office_count(1, None), "1 office");
        assert_eq!(office_count(3, Some(2012)), "3 offices in 2012");
    }
}
