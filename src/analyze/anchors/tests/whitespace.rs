//! Whitespace of any kind, in the seed or in the quote, matches as one space.

use super::*;

#[test]
fn line_break_in_the_quote_where_the_seed_has_a_space() {
    let seed = real();
    found(&seed, quote("групи в\nWhatsApp"), "групи в WhatsApp");
    found(
        &seed,
        quote("  групи \t в\r\n  WhatsApp \n"),
        "групи в WhatsApp",
    );
}

#[test]
fn line_break_in_the_seed_where_the_quote_has_a_space() {
    let seed = text(&["зокрема «групи в\nWhatsApp» та інші"]);
    let anchor = found(&seed, quote("групи в WhatsApp"), "групи в\nWhatsApp");
    assert_eq!((anchor.start_char, anchor.end_char), (9, 25));
}

#[test]
fn unusual_spaces_in_the_seed() {
    // NBSP, narrow NBSP, thin space, a tab and a run of spaces.
    let seed = text(&["У МЗС 12\u{a0}листопада\u{202f}2025\u{2009}року\tзаявили   щось"]);
    let anchor = found(
        &seed,
        quote("12 листопада 2025 року заявили щось"),
        "12\u{a0}листопада\u{202f}2025\u{2009}року\tзаявили   щось",
    );
    assert_eq!(
        anchor.start,
        TextPoint {
            paragraph: 0,
            byte: "У МЗС ".len()
        }
    );
    assert_eq!(anchor.start_char, 6);
}

#[test]
fn unusual_spaces_in_the_quote() {
    let seed = real();
    found(&seed, quote("12\u{a0}листопада"), "12 листопада");
    found(&seed, quote("Сергій\u{202f}Кислиця"), "Сергій Кислиця");
}

#[test]
fn leading_and_trailing_whitespace_in_paragraphs() {
    let seed = text(&["  \n Перший абзац.  ", "\tДругий абзац."]);
    let anchor = found(&seed, quote("абзац. Другий"), "абзац.  \n\n\tДругий");
    assert_eq!(
        anchor.start,
        TextPoint {
            paragraph: 0,
            byte: "  \n Перший ".len()
        }
    );
    assert_eq!((anchor.start_char, anchor.end_char), (11, 28));
}

#[test]
fn empty_paragraphs_are_skipped_but_counted() {
    let seed = text(&["А", "", "Б в"]);
    let anchor = found(&seed, quote("А Б"), "А\n\n\n\nБ");
    assert_eq!(
        anchor.end,
        TextPoint {
            paragraph: 2,
            byte: "Б".len()
        }
    );
}
