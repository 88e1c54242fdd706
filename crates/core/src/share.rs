//! Share links for the social networks, built from an item's URL and title.

use crate::routes::encode_query_value as enc;

/// The campaign hashtag every share carries.
pub const CAMPAIGN_TAG: &str = "WeGO10";

/// (network, link) for X, Facebook and LinkedIn. `hashtags` are without '#': the
/// campaign tag first, then the section's (e.g. "BACKTRACK" for the timeline).
pub fn share_links(
    url: &str,
    title: &str,
    section_tag: Option<&str>,
) -> Vec<(&'static str, String)> {
    let tags: Vec<&str> = std::iter::once(CAMPAIGN_TAG).chain(section_tag).collect();
    vec![
        (
            "X",
            format!(
                "https://twitter.com/intent/tweet?url={}&text={}&hashtags={}",
                enc(url),
                enc(title),
                enc(&tags.join(","))
            ),
        ),
        (
            "Facebook",
            format!(
                "https://www.facebook.com/sharer/sharer.php?u={}&hashtag={}",
                enc(url),
                enc(&format!("#{CAMPAIGN_TAG}"))
            ),
        ),
        (
            "LinkedIn",
            format!(
                "https://www.linkedin.com/sharing/share-offsite/?url={}",
                enc(url)
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_url_title_and_hashtags() {
        let links = share_links(
            "https://x.org/wego10/timeline/ga-2010?a=1",
            "Inaugural GA & more",
            Some("BACKTRACK"),
        );
        assert_eq!(links[0].0, "X");
        assert_eq!(
            links[0].1,
            "https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.org%2Fwego10%2Ftimeline%2Fga-2010%3Fa%3D1&text=Inaugural%20GA%20%26%20more&hashtags=WeGO10%2CBACKTRACK"
        );
        assert!(links[1]
            .1
            .starts_with("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.org"));
        assert!(links[1].1.ends_with("&hashtag=%23WeGO10"));
        assert_eq!(links[2].1, "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fx.org%2Fwego10%2Ftimeline%2Fga-2010%3Fa%3D1");
        let no_section = share_links("https://x.org/", "T", None);
        assert!(no_section[0].1.ends_with("&hashtags=WeGO10"));
    }
}
