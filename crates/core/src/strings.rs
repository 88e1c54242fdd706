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
}
