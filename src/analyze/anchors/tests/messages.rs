//! Message text: the empty quote, and snippets shortened at word boundaries.

use super::*;
use crate::analyze::anchors::snippets::{SNIPPET_CHARS, show, snip, snip_start};

#[test]
fn empty_quote() {
    let seed = real();
    for exact in ["", "  \n\u{a0}"] {
        let error = error(&seed, quote(exact));
        assert_eq!(error, AnchorError::Empty);
        assert_eq!(error.message(), "the quote is empty");
    }
}

#[test]
fn snippets_are_cut_at_word_boundaries() {
    assert_eq!(snip("коротко", 60), "коротко");
    assert_eq!(
        snip("Мирні переговори між Росією та Україною", 20),
        "Мирні переговори між…"
    );
    assert_eq!(
        snip("Мирні переговори між Росією та Україною", 18),
        "Мирні переговори…"
    );
    assert_eq!(snip("Переговори", 5), "Перег…");
    assert_eq!(
        snip_start("Мирні переговори між Росією та Україною", 20),
        "…Росією та Україною"
    );
    let long = "слово ".repeat(30);
    assert!(show(&long).chars().count() <= SNIPPET_CHARS + 3);
}

#[test]
fn error_messages_trim_long_quotes() {
    let seed = real();
    let long = format!("{} зайве", REAL[3]);
    let message = error(&seed, quote(&long)).message();
    assert_eq!(
        message,
        "the quote «Він твердить, що в Стамбулі «вдалося досягти важливих…» is not in the seed text"
    );
}
