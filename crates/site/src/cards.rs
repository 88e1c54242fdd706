//! The 1200×630 share-preview card of every page: an SVG template filled from the
//! page's data, rendered to PNG at build time by `site-pages` (native only: the card
//! renderer never reaches the wasm).
//!
//! Layout and wrapping are plain functions over a `measure` callback, so they are
//! unit-tested without fonts; `render::CardRenderer` measures and rasterises with
//! the bundled Inter font (assets/fonts, SIL Open Font License).

use wego10_core::text::escape_html as escape;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

pub use wego10_core::meta::{category_colour, Card, ACCENT, BRAND, CATEGORY_COLOURS};

const FONT: &str = "Inter";
const LEFT: f32 = 96.0;
const TEXT_WIDTH: f32 = WIDTH as f32 - LEFT - 80.0;
const TITLE_SIZES: [f32; 3] = [68.0, 58.0, 50.0];
const MAX_TITLE_LINES: usize = 4;

/// Measures the advance width of `text` at `size` px, bold or regular.
pub type Measure<'a> = &'a dyn Fn(&str, f32, bool) -> f32;

/// Greedy word wrap into lines no wider than `width`; a word wider than a whole line
/// gets a line of its own. Never returns an empty list for non-blank text.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, measure: Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || measure(&candidate, size, bold) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

const LINE_HEIGHT: f32 = 1.16;
/// The band between the kicker and the footer that the title and subtitle share.
const AREA_TOP: f32 = 160.0;
const AREA_HEIGHT: f32 = 380.0;
const SUBTITLE_SIZE: f32 = 34.0;
const SUBTITLE_BLOCK: f32 = 56.0;

/// The largest title size whose wrapped lines (at most `MAX_TITLE_LINES`) fit in
/// `max_height`; at the smallest size the last line that fits is cut with an ellipsis.
pub fn fit_title(title: &str, max_height: f32, measure: Measure) -> (f32, Vec<String>) {
    let fits =
        |size: f32, n: usize| n <= MAX_TITLE_LINES && n as f32 * size * LINE_HEIGHT <= max_height;
    for size in TITLE_SIZES {
        let lines = wrap(title, TEXT_WIDTH, size, true, measure);
        if fits(size, lines.len()) {
            return (size, lines);
        }
    }
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let room = ((max_height / (size * LINE_HEIGHT)) as usize).clamp(1, MAX_TITLE_LINES);
    let mut lines = wrap(title, TEXT_WIDTH, size, true, measure);
    lines.truncate(room);
    let last = lines.last_mut().expect("at least one line");
    while !last.is_empty() && measure(&format!("{last} …"), size, true) > TEXT_WIDTH {
        match last.rsplit_once(' ') {
            Some((head, _)) => *last = head.to_owned(),
            None => last.clear(),
        }
    }
    last.push_str(" …");
    (size, lines)
}

/// The card as an SVG document (text escaped; fonts referenced by family name).
pub fn card_svg(card: &Card, measure: Measure) -> String {
    let subtitle_block = if card.subtitle.is_some() {
        SUBTITLE_BLOCK
    } else {
        0.0
    };
    let (size, lines) = fit_title(&card.title, AREA_HEIGHT - subtitle_block, measure);
    let line_height = size * LINE_HEIGHT;
    let block = line_height * lines.len() as f32;
    // Title and subtitle together are centred in their band.
    let top = AREA_TOP + ((AREA_HEIGHT - block - subtitle_block) / 2.0).max(0.0);
    let mut title = String::new();
    for (i, line) in lines.iter().enumerate() {
        let y = top + i as f32 * line_height + size * 0.95;
        title.push_str(&format!(
            "<text x=\"{LEFT}\" y=\"{y:.0}\" font-size=\"{size}\" font-weight=\"700\" fill=\"#14213d\">{}</text>",
            escape(line)
        ));
    }
    let subtitle = card.subtitle.as_deref().map_or(String::new(), |s| {
        let s = wrap(s, TEXT_WIDTH, SUBTITLE_SIZE, false, measure)
            .into_iter()
            .next()
            .unwrap_or_default();
        format!(
            "<text x=\"{LEFT}\" y=\"{:.0}\" font-size=\"{SUBTITLE_SIZE}\" fill=\"#45506a\">{}</text>",
            top + block + 44.0,
            escape(&s)
        )
    });
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT}\">\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#f3f6fb\" x=\"0\" y=\"560\"/>\
<rect width=\"40\" height=\"{HEIGHT}\" fill=\"{colour}\"/>\
<text x=\"{LEFT}\" y=\"118\" font-size=\"30\" font-weight=\"700\" fill=\"{colour}\">{kicker}</text>\
<text x=\"1120\" y=\"150\" font-size=\"150\" font-weight=\"700\" fill=\"#0b3d91\" fill-opacity=\"0.08\" text-anchor=\"end\">10</text>\
{title}{subtitle}\
<text x=\"{LEFT}\" y=\"606\" font-size=\"28\" font-weight=\"700\" fill=\"#0b3d91\">WeGO 10</text>\
<text x=\"1120\" y=\"606\" font-size=\"28\" font-weight=\"700\" fill=\"#0b3d91\" text-anchor=\"end\">{hashtags}</text>\
</svg>",
        colour = card.colour,
        kicker = escape(&card.kicker),
        hashtags = escape(&card.hashtags),
    )
}

/// Where a page's card goes, relative to the site root: "/" → "cards/home.png",
/// "/timeline/x" → "cards/timeline/x.png".
pub fn card_path(page_path: &str) -> String {
    let trimmed = page_path.trim_matches('/');
    if trimmed.is_empty() {
        "cards/home.png".into()
    } else {
        format!("cards/{trimmed}.png")
    }
}

pub mod render {
    //! Rasterising with resvg and the bundled font.

    use std::sync::Arc;

    use resvg::{tiny_skia, usvg};

    use super::{card_svg, Card, HEIGHT, WIDTH};

    const INTER_BOLD: &[u8] = include_bytes!("../assets/fonts/Inter_700Bold.ttf");
    const INTER_REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter_400Regular.ttf");

    pub struct CardRenderer {
        options: usvg::Options<'static>,
    }

    impl Default for CardRenderer {
        fn default() -> Self {
            Self::new()
        }
    }

    impl CardRenderer {
        /// A renderer that knows only the bundled fonts (no system fonts: the same
        /// cards on every machine).
        pub fn new() -> Self {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(INTER_BOLD.to_vec());
            db.load_font_data(INTER_REGULAR.to_vec());
            let options = usvg::Options {
                fontdb: Arc::new(db),
                font_family: "Inter".into(),
                ..usvg::Options::default()
            };
            Self { options }
        }

        /// The advance width of a line of text, from a one-line SVG laid out by usvg.
        pub fn measure(&self, text: &str, size: f32, bold: bool) -> f32 {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\"><text x=\"0\" y=\"100\" font-family=\"Inter\" font-size=\"{size}\" font-weight=\"{}\">{}</text></svg>",
                if bold { 700 } else { 400 },
                wego10_core::text::escape_html(text)
            );
            usvg::Tree::from_str(&svg, &self.options)
                .map(|t| t.root().abs_bounding_box().width())
                .unwrap_or(0.0)
        }

        pub fn svg(&self, card: &Card) -> String {
            card_svg(card, &|t, s, b| self.measure(t, s, b))
        }

        /// The card as PNG bytes, WIDTH × HEIGHT.
        pub fn png(&self, card: &Card) -> Result<Vec<u8>, String> {
            let tree =
                usvg::Tree::from_str(&self.svg(card), &self.options).map_err(|e| e.to_string())?;
            let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("pixmap")?;
            resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
            pixmap.encode_png().map_err(|e| e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is half the font size wide.
    fn fake(text: &str, size: f32, _bold: bool) -> f32 {
        text.chars().count() as f32 * size * 0.5
    }

    #[test]
    fn wraps_at_words_within_the_width() {
        let lines = wrap("aaaa bbbb cccc dddd", 45.0, 10.0, true, &fake);
        assert_eq!(lines, ["aaaa bbbb", "cccc dddd"]);
        assert_eq!(
            wrap("averyveryverylongword x", 20.0, 10.0, true, &fake),
            ["averyveryverylongword", "x"]
        );
        assert!(wrap("   ", 20.0, 10.0, true, &fake).is_empty());
    }

    #[test]
    fn long_titles_shrink_then_get_an_ellipsis() {
        let (size, lines) = fit_title("Short title", AREA_HEIGHT, &fake);
        assert_eq!((size, lines.len()), (TITLE_SIZES[0], 1));
        let long = "word ".repeat(200);
        let (size, lines) = fit_title(&long, AREA_HEIGHT, &fake);
        assert_eq!(size, TITLE_SIZES[2]);
        assert_eq!(lines.len(), MAX_TITLE_LINES);
        assert!(lines[3].ends_with(" …"));
        assert!(lines.iter().all(|l| fake(l, size, true) <= TEXT_WIDTH));
        // Less room: fewer lines, still cut with an ellipsis.
        let (_, lines) = fit_title(&long, 130.0, &fake);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(" …"));
    }

    #[test]
    fn the_svg_escapes_data_and_carries_colour_and_hashtags() {
        let card = Card {
            kicker: "Timeline · 2010".into(),
            title: "<script>alert(1)</script> & more".into(),
            subtitle: Some("Seoul \"2010\"".into()),
            colour: category_colour(9),
            hashtags: "#WeGO10 #BACKTRACK".into(),
        };
        let svg = card_svg(&card, &fake);
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains(" &amp;"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("Seoul &quot;2010&quot;"));
        assert!(svg.contains(&format!("fill=\"{}\"", CATEGORY_COLOURS[1])));
        assert!(svg.contains("#WeGO10 #BACKTRACK"));
        assert!(svg.contains("width=\"1200\" height=\"630\""));
    }

    #[test]
    fn card_paths_mirror_page_paths() {
        assert_eq!(card_path("/"), "cards/home.png");
        assert_eq!(card_path("/timeline"), "cards/timeline.png");
        assert_eq!(card_path("/awards/4th/jeju"), "cards/awards/4th/jeju.png");
    }

    #[test]
    fn renders_a_real_png_of_the_right_size() {
        let r = render::CardRenderer::new();
        // The bundled font is found: text has a width, and bold is wider than regular.
        let regular = r.measure("WeGO General Assembly", 40.0, false);
        let bold = r.measure("WeGO General Assembly", 40.0, true);
        assert!(regular > 300.0 && bold > regular, "{regular} {bold}");
        let png = r
            .png(&Card {
                kicker: "Timeline".into(),
                title: "Inaugural General Assembly".into(),
                subtitle: Some("September 2010".into()),
                colour: BRAND,
                hashtags: "#WeGO10".into(),
            })
            .unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((w, h), (WIDTH, HEIGHT));
    }
}
