//! Characters matched as written, and quotes that must not cut a word.

use super::*;

#[test]
fn characters_that_need_care() {
    let seed = real();
    found(&seed, quote("«В умовах диктатури"), "«В умовах диктатури");
    found(&seed, quote("м’яч перебуває"), "м’яч перебуває");
    found(
        &seed,
        quote("в три етапи – у травні"),
        "в три етапи – у травні",
    );
    found(&seed, quote("виданню Times"), "виданню Times");
    found(&seed, quote("(переговори)"), "(переговори)");
    found(&seed, quote("літа 2025 року"), "літа 2025 року");
    found(
        &seed,
        quote("«трьох робочих груп стамбульського процесу»."),
        "«трьох робочих груп стамбульського процесу».",
    );
}

#[test]
fn combining_characters_are_matched_as_written_and_counted_as_code_points() {
    // «й» written as и + U+0306: two code points, no Unicode normalisation.
    let seed = text(&["Київ і Краи\u{306} мрій"]);
    let anchor = found(&seed, quote("Краи\u{306} мрій"), "Краи\u{306} мрій");
    assert_eq!((anchor.start_char, anchor.end_char), (7, 17));
    assert!(matches!(
        error(&seed, quote("Край мрій")),
        AnchorError::NotFound { .. }
    ));
}

#[test]
fn a_quote_must_not_cut_a_word() {
    let seed = real();
    let truncated = error(&seed, quote("групи в WhatsAp"));
    assert_eq!(
        truncated.message(),
        "the quote «групи в WhatsAp» is not in the seed text"
    );
    assert_eq!(
        truncated.hint().as_deref(),
        Some("did you mean «групи в WhatsApp»?")
    );
    let AnchorError::NotFound { closest, .. } = error(&seed, quote("ереговорний"))
    else {
        panic!("a quote starting inside a word should not be found");
    };
    assert_eq!(closest.as_deref(), Some("переговорний"));
}

#[test]
fn punctuation_and_hyphens_are_word_edges() {
    let seed = text(&["Чат («WhatsApp-групи») ЗСУ."]);
    found(&seed, quote("WhatsApp"), "WhatsApp");
    found(&seed, quote("групи"), "групи");
    found(&seed, quote("ЗСУ"), "ЗСУ");
    found(&seed, quote("(«WhatsApp"), "(«WhatsApp");
}
