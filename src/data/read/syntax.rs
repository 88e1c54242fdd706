//! Where `JSON.parse` stopped, and why, from its error message: the only account of a
//! syntax error the browser gives. V8 (Chromium) says "Expected ',' or '}' after property
//! value in JSON at position 13", sometimes followed by "(line 2 column 3)"; for an
//! unexpected token it quotes the text around it instead: `Unexpected token '}', ..."ts":
//! [,]\n}" is not valid JSON`. Firefox says "JSON.parse: ... at line 2 column 3 of the
//! JSON data".

use wego10_core::data::spans::offset_of;

/// A syntax error: a short reason and the byte offset in the text it points at.
#[derive(Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub reason: String,
    pub offset: usize,
}

/// What `message` says of `text`. The offset is the end of the text when the message does
/// not say where (as for "Unexpected end of JSON input", where it is right).
pub fn error(message: &str, text: &str) -> SyntaxError {
    let message = message.strip_prefix("JSON.parse: ").unwrap_or(message);
    let (reason, offset) = match [", \"", ", ...\""]
        .iter()
        .filter_map(|m| message.find(m))
        .min()
    {
        Some(cut) => (&message[..cut], quoted_offset(&message[cut + 2..], text)),
        None => {
            let cut = [" in JSON at position", " at line "]
                .iter()
                .filter_map(|m| message.find(m))
                .min()
                .unwrap_or(message.len());
            let (reason, place) = message.split_at(cut);
            (reason, stated_offset(place, text))
        }
    };
    SyntaxError {
        reason: lower_first(reason),
        offset: offset.unwrap_or(text.len()),
    }
}

/// The offset of "at position N" (UTF-16 units, as JavaScript counts), else of "line L
/// column C".
fn stated_offset(place: &str, text: &str) -> Option<usize> {
    if let Some(units) = number_after(place, "at position ") {
        return Some(advance(text, 0, units));
    }
    let line = number_after(place, "line ")?;
    let column = number_after(place, "column ")?;
    Some(offset_of(text, line, column))
}

/// How many characters V8 quotes on each side of an unexpected token.
const CONTEXT: usize = 10;

/// The offset of the unexpected token from the text V8 quotes around it, `"…"`, with
/// `...` on a side where it cut the text.
fn quoted_offset(quote: &str, text: &str) -> Option<usize> {
    let quote = quote.strip_suffix(" is not valid JSON")?;
    let (cut_before, quote) = match quote.strip_prefix("...") {
        Some(rest) => (true, rest),
        None => (false, quote),
    };
    let (cut_after, quote) = match quote.strip_suffix("...") {
        Some(rest) => (true, rest),
        None => (false, quote),
    };
    let quote = quote.strip_prefix('"')?.strip_suffix('"')?;
    let units = |s: &str| s.encode_utf16().count();
    match (cut_before, cut_after) {
        // The start of the text, up to 10 characters past the token.
        (false, true) if text.starts_with(quote) => {
            Some(advance(text, 0, units(quote).checked_sub(CONTEXT)?))
        }
        // 10 characters either side of the token.
        (true, true) => Some(advance(text, text.find(quote)?, CONTEXT)),
        // From 10 characters before the token to the end of the text.
        (true, false) if text.ends_with(quote) => {
            Some(advance(text, text.len() - quote.len(), CONTEXT))
        }
        // A short text quoted whole: it does not say where.
        _ => None,
    }
}

/// The byte offset `units` UTF-16 units after byte offset `from`.
fn advance(text: &str, from: usize, units: usize) -> usize {
    let mut counted = 0;
    for (i, c) in text[from..].char_indices() {
        if counted >= units {
            return from + i;
        }
        counted += c.len_utf16();
    }
    text.len()
}

fn number_after(s: &str, marker: &str) -> Option<usize> {
    let rest = &s[s.find(marker)? + marker.len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[..digits].parse().ok()
}

/// "Unexpected end of JSON input" reads "unexpected end of JSON input" after a colon.
fn lower_first(reason: &str) -> String {
    let mut chars = reason.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_ascii_uppercase() && second.is_lowercase() => {
            first.to_ascii_lowercase().to_string() + &reason[1..]
        }
        _ => reason.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wego10_core::data::spans::line_col;

    /// The reason and the 1-based line and column `message` gives for `text`.
    fn read(message: &str, text: &str) -> (String, (usize, usize)) {
        let e = error(message, text);
        (e.reason, line_col(text, e.offset))
    }

    #[test]
    fn takes_the_position_v8_gives() {
        let text = "{\n  \"a\": 1\n  \"b\": 2}";
        let shown = |m| read(m, text);
        let expected = (
            "expected ',' or '}' after property value".to_owned(),
            (3, 3),
        );
        assert_eq!(
            shown("Expected ',' or '}' after property value in JSON at position 13"),
            expected
        );
        assert_eq!(
            shown(
                "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)"
            ),
            expected
        );
    }

    #[test]
    fn counts_the_position_in_utf16_units() {
        // "é" is one unit but two bytes; "😀" two units and four bytes.
        let text = "{\"é😀\": 1, x}";
        let e = error(
            "Expected double-quoted property name in JSON at position 11",
            text,
        );
        assert_eq!(&text[e.offset..], "x}");
        assert_eq!(line_col(text, e.offset), (1, 11));
    }

    #[test]
    fn takes_a_line_and_column_where_there_is_no_position() {
        let text = "{\n  \"a\": 1\n  \"b\": 2}";
        assert_eq!(
            read(
                "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
                text
            ),
            ("expected ',' or '}' after property value in object".to_owned(), (3, 3))
        );
    }

    #[test]
    fn finds_an_unexpected_token_from_the_text_quoted_around_it() {
        // V8 quotes text[pos - 10..pos + 10], cut to the text, with "..." where it cut.
        let token = |m: &str, text: &str| error(m, text).offset;
        let text = "{\n  \"events\": [,],\n  \"more\": \"xxxxxxxxxxxx\"\n}";
        let pos = text.find("[,").unwrap() + 1;
        let quote = &text[pos - 10..pos + 10];
        let message = format!("Unexpected token ',', ...\"{quote}\"... is not valid JSON");
        assert_eq!(error(&message, text).reason, "unexpected token ','");
        assert_eq!(token(&message, text), pos);
        let start = "[,1, 2, 3, 4, 5, 6, 7, 8, 9]";
        let message = format!(
            "Unexpected token ',', \"{}\"... is not valid JSON",
            &start[..11]
        );
        assert_eq!(token(&message, start), 1);
        let end = "[1, 2, 3, 4, 5, 6, 7, 8, 9,]";
        let pos = end.len() - 1;
        let message = format!(
            "Unexpected token ']', ...\"{}\" is not valid JSON",
            &end[pos - 10..]
        );
        assert_eq!(token(&message, end), pos);
    }

    #[test]
    fn reads_what_chromium_says() {
        // Messages as Chromium 156 gave them for these texts.
        let text = "{\n  \"events\": [,],\n  \"more\": \"xxxxxxxxxxxx\"\n}";
        let message = "Unexpected token ',', ...\"events\": [,],\n  \"mor\"... is not valid JSON";
        assert_eq!(
            read(message, text),
            ("unexpected token ','".to_owned(), (2, 14))
        );
        let text = "[1, 2, 3, 4, 5, 6, 7, 8, 9,]";
        let message = "Unexpected token ']', ...\", 7, 8, 9,]\" is not valid JSON";
        assert_eq!(
            read(message, text),
            ("unexpected token ']'".to_owned(), (1, 28))
        );
        let text = "{\"a\": \"x\n\"}";
        let message =
            "Bad control character in string literal in JSON at position 8 (line 1 column 9)";
        assert_eq!(
            read(message, text),
            ("bad control character in string literal".to_owned(), (1, 9))
        );
    }

    #[test]
    fn falls_back_to_the_end_of_the_text() {
        let text = "{\"a\": [1,";
        assert_eq!(
            read("Unexpected end of JSON input", text),
            ("unexpected end of JSON input".to_owned(), (1, 10))
        );
        let short = "{\"a\": }";
        assert_eq!(
            read(
                r#"Unexpected token '}', "{"a": }" is not valid JSON"#,
                short
            ),
            ("unexpected token '}'".to_owned(), (1, 8))
        );
        assert_eq!(
            read("\"undefined\" is not valid JSON", "undefined").0,
            "\"undefined\" is not valid JSON"
        );
    }
}
