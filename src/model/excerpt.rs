//! Sentences and shortening for the defaults an editor does not write: a title from
//! the seed's first sentence, a summary from its first paragraph.

/// Default title length limit, in characters.
pub const TITLE_CHARS: usize = 110;
/// Default summary length limit, in characters.
pub const SUMMARY_CHARS: usize = 280;

/// Byte ranges of the sentences of a paragraph. A sentence ends at `.`, `!`, `?` or `…`
/// followed by a space and a capital letter or an opening quote, outside «quotes», and
/// not after an initial such as «В.».
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut quote_depth = 0usize;
    // Only the marks matter, and they are ASCII or start with 0xC2/0xE2 in UTF-8:
    // jumping from candidate byte to candidate byte skips decoding every letter.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = bytes[at..].iter().position(|&b| is_mark_byte(b)) {
        let mark_start = at + found;
        let byte = bytes[mark_start];
        let next = (
            bytes.get(mark_start + 1).copied(),
            bytes.get(mark_start + 2).copied(),
        );
        at = mark_start + 1;
        let mark = match (byte, next) {
            (0xC2, (Some(0xAB), _)) => {
                quote_depth += 1; // «
                continue;
            }
            (0xC2, (Some(0xBB), _)) => {
                quote_depth = quote_depth.saturating_sub(1); // »
                continue;
            }
            (b'.' | b'!' | b'?', _) => 1,
            (0xE2, (Some(0x80), Some(0xA6))) => 3, // …
            _ => continue,
        };
        if quote_depth > 0 {
            continue;
        }
        let end = mark_start + mark;
        let initial = byte == b'.' && ends_with_initial(&text[..mark_start]);
        if !initial && starts_new_sentence(&text[end..]) {
            ranges.push(start..end);
            start = next_start(text, end);
        }
    }
    if start < text.len() {
        ranges.push(start..text.len());
    }
    ranges
}

/// After a sentence's last mark: the end of the text, or a space and then a capital,
/// a digit, an opening quote or a dash.
fn starts_new_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some(space), Some(next)) if space.is_whitespace() => {
            next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '«' | '"' | '–' | '—' | '-')
        }
        _ => false,
    }
}

/// `.`, `!`, `?`, and the first byte of `«`, `»` and `…`.
fn is_mark_byte(byte: u8) -> bool {
    matches!(byte, b'.' | b'!' | b'?' | 0xC2 | 0xE2)
}

/// A single capital letter (not inside a word) before a dot is an initial.
fn ends_with_initial(before_dot: &str) -> bool {
    let mut back = before_dot.chars().rev();
    let (letter, before) = (back.next(), back.next());
    letter.is_some_and(char::is_uppercase) && before.is_none_or(|b| !b.is_alphabetic())
}

fn next_start(text: &str, end: usize) -> usize {
    end + (text[end..].len() - text[end..].trim_start().len())
}

/// The first sentence of `text`.
pub fn first_sentence(text: &str) -> &str {
    sentences(text)
        .first()
        .map_or(text, |r| &text[r.clone()])
        .trim()
}

/// A title from a sentence: without its final full stop, and when too long, cut at the
/// last clause boundary (comma, dash, colon) or word before `max` characters, with `…`.
pub fn title_from_sentence(sentence: &str, max: usize) -> String {
    let sentence = collapse_whitespace(sentence);
    let sentence = sentence.strip_suffix('.').unwrap_or(&sentence);
    if sentence.chars().count() <= max {
        return sentence.to_string();
    }
    let limit = byte_index(sentence, max);
    let head = &sentence[..limit];
    let min = byte_index(sentence, max / 3);
    let cut = clause_boundary(head, min).unwrap_or_else(|| word_boundary(head));
    format!(
        "{}…",
        head[..cut].trim_end_matches([',', ' ', ':', ';', '–', '—'])
    )
}

/// `text` shortened to at most `max` characters: whole sentences if the first fits,
/// otherwise cut at a word with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let text = collapse_whitespace(text);
    if text.chars().count() <= max {
        return text;
    }
    let limit = byte_index(&text, max);
    let whole_sentences = sentences(&text)
        .into_iter()
        .take_while(|r| r.end <= limit)
        .last()
        .map(|r| r.end);
    match whole_sentences {
        Some(end) => text[..end].to_string(),
        None => {
            let cut = word_boundary(&text[..limit]);
            format!(
                "{}…",
                text[..cut].trim_end_matches([',', ' ', ':', ';', '–', '—'])
            )
        }
    }
}

fn clause_boundary(head: &str, min: usize) -> Option<usize> {
    [", ", " – ", " — ", ": ", "; "]
        .iter()
        .filter_map(|mark| head.rfind(mark))
        .filter(|&at| at >= min)
        .max()
}

fn word_boundary(head: &str) -> usize {
    head.rfind(' ').filter(|&at| at > 0).unwrap_or(head.len())
}

fn byte_index(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAD: &str = "Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу, тому їх було вирішено зупинити, заявив в інтерв’ю виданню Times заступник міністра закордонних справ України Сергій Кислиця.";

    #[test]
    fn sentences_respect_quotes_and_initials() {
        let text = "Він сказав: «Так. Ні». В. Зеленський відповів. Усе? Так!";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "Він сказав: «Так. Ні».",
                "В. Зеленський відповів.",
                "Усе?",
                "Так!"
            ]
        );
    }

    #[test]
    fn sentences_end_at_an_ellipsis_and_mid_word_capitals_are_not_initials() {
        let text = "Чекали довго… Потім ЗСУ. Відповіли 5 разів. «Так» – сказав він";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "Чекали довго…",
                "Потім ЗСУ.",
                "Відповіли 5 разів.",
                "«Так» – сказав він"
            ]
        );
    }

    #[test]
    fn long_first_sentence_is_cut_at_a_clause() {
        let title = title_from_sentence(first_sentence(LEAD), TITLE_CHARS);
        assert_eq!(
            title,
            "Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу…"
        );
    }

    #[test]
    fn short_sentence_loses_its_full_stop() {
        assert_eq!(
            title_from_sentence("Зведення Генштабу.", 110),
            "Зведення Генштабу"
        );
        assert_eq!(title_from_sentence("Чи буде мир?", 110), "Чи буде мир?");
    }

    #[test]
    fn shorten_keeps_whole_sentences() {
        let text = "Перше речення. Друге речення, яке довше за ліміт і не влізе.";
        assert_eq!(shorten(text, 30), "Перше речення.");
        assert_eq!(shorten("одне дуже довге слово за словом", 12), "одне дуже…");
    }
}
