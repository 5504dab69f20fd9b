//! The seed parser: `[whitespace]date YYYY-MM-DD <body>`, paragraphs separated by blank
//! lines, exactly as newsrooms deliver them (BOM, CRLF, no final newline all occur).
//! Seed text is plain and untrusted: it is kept as text here and escaped when rendered.

use std::path::Path;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;

/// A parsed seed article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seed {
    pub date: NaiveDate,
    /// Paragraphs in order; lines inside a paragraph stay joined by `\n`.
    pub paragraphs: Vec<String>,
}

/// Reads and parses the seed at `path`; diagnostics name it as `display`.
pub fn read(path: &Path, display: &Path) -> Result<Seed, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|error| Diagnostic::error(display, format!("cannot read the seed: {error}")))?;
    parse(&bytes, display)
}

/// Parses the bytes of a seed file.
pub fn parse(bytes: &[u8], file: &Path) -> Result<Seed, Diagnostic> {
    let text = decode(bytes, file)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let (date, body) = header(text, file)?;
    let paragraphs = paragraphs(body);
    if paragraphs.is_empty() {
        let line = text[..text.len() - body.len()].matches('\n').count() + 1;
        return Err(Diagnostic::error(file, "the seed has a date but no text")
            .at(text, line, 1, 4)
            .hint("put the article's text after the date, or delete the empty seed"));
    }
    Ok(Seed { date, paragraphs })
}

fn decode<'a>(bytes: &'a [u8], file: &Path) -> Result<&'a str, Diagnostic> {
    super::utf8(bytes).map_err(|error| {
        let valid = super::valid_prefix(bytes, error);
        let byte = bytes[valid.len()];
        Diagnostic::error(
            file,
            format!("the seed is not UTF-8 text (byte 0x{byte:02X} cannot start a character)"),
        )
        .at_offset(valid, valid.len(), 1)
        .hint("save the file as UTF-8; texts from Windows are often in windows-1251 and must be converted, e.g. `iconv -f cp1251 -t utf-8`")
    })
}

/// Splits `date YYYY-MM-DD ` off the front; returns the date and the rest.
fn header<'a>(text: &'a str, file: &Path) -> Result<(NaiveDate, &'a str), Diagnostic> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let Some(after_word) = rest.strip_prefix("date") else {
        let found: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
        return Err(Diagnostic::error(file, "the seed does not start with `date YYYY-MM-DD`")
            .at_offset(text, start, found.chars().count().max(1))
            .hint("a seed begins with the word `date` and the article's date, e.g. `date 2025-11-12 Текст статті…`"));
    };
    let date_start = text.len() - after_word.trim_start_matches([' ', '\t']).len();
    let token_end = text[date_start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| date_start + i);
    let token = &text[date_start..token_end];
    let date = parse_date(token).map_err(|(message, hint)| {
        Diagnostic::error(file, message)
            .at_offset(text, date_start, token.chars().count().max(1))
            .hint(hint)
    })?;
    Ok((date, &text[token_end..]))
}

/// A strict `YYYY-MM-DD`, with a message that says what is wrong when it is not one.
pub fn parse_date(token: &str) -> Result<NaiveDate, (String, String)> {
    let shaped = token.len() == 10
        && token.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        let shown = if token.is_empty() { "nothing" } else { token };
        return Err((
            format!("expected a date as YYYY-MM-DD after `date`, found `{shown}`"),
            "write the date in ISO form, e.g. `date 2025-11-12`".to_string(),
        ));
    }
    NaiveDate::parse_from_str(token, "%Y-%m-%d").map_err(|_| {
        (
            format!("{token} is not a real date"),
            impossible_date_hint(token),
        )
    })
}

fn impossible_date_hint(token: &str) -> String {
    let year: i32 = token[0..4].parse().unwrap_or(0);
    let month: u32 = token[5..7].parse().unwrap_or(0);
    match (1..=12).contains(&month) {
        false => "the month must be between 01 and 12".to_string(),
        true => {
            let days = days_in_month(year, month);
            format!("that month has {days} days; check the day")
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => (b - a).num_days() as u32,
        _ => 31,
    }
}

/// Paragraphs are separated by lines that are blank or whitespace only.
fn paragraphs(body: &str) -> Vec<String> {
    let mut result = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.split('\n') {
        if line.trim().is_empty() {
            flush(&mut current, &mut result);
        } else {
            current.push(line.trim_end());
        }
    }
    flush(&mut current, &mut result);
    result
}

fn flush(lines: &mut Vec<&str>, paragraphs: &mut Vec<String>) {
    match lines.as_slice() {
        [] => return,
        // Most paragraphs are one line: no joining, one allocation.
        [line] => paragraphs.push(line.trim().to_string()),
        _ => paragraphs.push(lines.join("\n").trim().to_string()),
    }
    lines.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Seed, Diagnostic> {
        parse(text.as_bytes(), Path::new("seeds/a.txt"))
    }

    #[test]
    fn real_seed_shape() {
        let seed = parse_str(" date 2025-11-12 Перший абзац.\n\nДругий абзац.").unwrap();
        assert_eq!(seed.date, NaiveDate::from_ymd_opt(2025, 11, 12).unwrap());
        assert_eq!(seed.paragraphs, ["Перший абзац.", "Другий абзац."]);
    }

    #[test]
    fn bom_crlf_and_lines_inside_a_paragraph() {
        let seed =
            parse_str("\u{feff}date 2025-01-02 Рядок один\r\nрядок два\r\n\r\n\r\nТретій\r\n")
                .unwrap();
        assert_eq!(seed.paragraphs, ["Рядок один\nрядок два", "Третій"]);
    }

    #[test]
    fn whitespace_only_lines_separate_paragraphs() {
        let seed = parse_str("date 2025-01-02 А\n  \t\nБ").unwrap();
        assert_eq!(seed.paragraphs, ["А", "Б"]);
    }

    #[test]
    fn text_may_start_on_the_next_line() {
        let seed = parse_str("date 2025-01-02\nА").unwrap();
        assert_eq!(seed.paragraphs, ["А"]);
    }

    #[test]
    fn missing_date_points_at_the_first_word() {
        let error = parse_str("\n  Київ, 12 листопада").unwrap_err();
        assert_eq!(
            error.message,
            "the seed does not start with `date YYYY-MM-DD`"
        );
        let p = error.position.unwrap();
        assert_eq!((p.line, p.column, p.length), (2, 3, 5));
    }

    #[test]
    fn impossible_date_is_named() {
        let error = parse_str("date 2025-02-30 Текст").unwrap_err();
        assert_eq!(error.message, "2025-02-30 is not a real date");
        assert_eq!(
            error.hint.as_deref(),
            Some("that month has 28 days; check the day")
        );
        assert_eq!(error.position.unwrap().column, 6);
    }

    #[test]
    fn malformed_date() {
        let error = parse_str("date 12.11.2025 Текст").unwrap_err();
        assert_eq!(
            error.message,
            "expected a date as YYYY-MM-DD after `date`, found `12.11.2025`"
        );
    }

    #[test]
    fn empty_seed() {
        let error = parse_str("date 2025-11-12 \n\n").unwrap_err();
        assert_eq!(error.message, "the seed has a date but no text");
    }

    #[test]
    fn not_utf8_points_at_the_bad_byte() {
        let mut bytes = "date 2025-11-12 Київ\n".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xCA, 0xE8, 0xBF]);
        let error = parse(&bytes, Path::new("s.txt")).unwrap_err();
        assert!(error.message.contains("0xCA"), "{}", error.message);
        assert_eq!(error.position.unwrap().line, 2);
    }
}
