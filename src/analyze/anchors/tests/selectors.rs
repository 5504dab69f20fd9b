//! Prefixes and suffixes that single out one occurrence, whitespace at the joints optional.

use super::*;

#[test]
fn prefix_and_suffix_select_one_of_several() {
    let seed = real();
    let with_prefix = QuoteSelector {
        prefix: Some("відновити"),
        ..quote("переговори")
    };
    let anchor = found(&seed, with_prefix, "переговори");
    assert_eq!(anchor.start.paragraph, 2);
    let with_suffix = QuoteSelector {
        suffix: Some("йдуть успішно"),
        ..quote("переговори")
    };
    assert_eq!(found(&seed, with_suffix, "переговори").start.paragraph, 4);
}

#[test]
fn prefix_and_suffix_from_the_design_example() {
    let seed = real();
    let selector = QuoteSelector {
        exact: "групи в WhatsApp",
        prefix: Some("зокрема «"),
        suffix: Some("»"),
    };
    found(&seed, selector, "групи в WhatsApp");
}

#[test]
fn whitespace_at_the_joints_is_optional() {
    // YAML drops a plain scalar's trailing space, so «Мирні » arrives as «Мирні».
    let seed = real();
    for prefix in ["Мирні", "Мирні ", "Мирні\n", " Мирні\u{a0}"] {
        let selector = QuoteSelector {
            prefix: Some(prefix),
            ..quote("переговори")
        };
        assert_eq!(found(&seed, selector, "переговори").start_char, 6);
    }
    let glued = QuoteSelector {
        exact: "групи",
        prefix: Some("зокрема « "),
        suffix: Some(" в"),
    };
    found(&seed, glued, "групи");
}

#[test]
fn prefix_and_suffix_spanning_whitespace_differences() {
    let seed = text(&[
        "Він сказав:\n«групи в\u{a0}WhatsApp»\tта інші.",
        "Далі: групи в WhatsApp знову.",
    ]);
    let selector = QuoteSelector {
        exact: "групи в WhatsApp",
        prefix: Some("сказав: «"),
        suffix: Some("» та\n\nінші"),
    };
    let anchor = found(&seed, selector, "групи в\u{a0}WhatsApp");
    assert_eq!(anchor.start.paragraph, 0);
}

#[test]
fn prefix_and_suffix_across_a_paragraph_break() {
    let seed = real();
    let selector = QuoteSelector {
        prefix: Some("Кислиця. За"),
        ..quote("його словами")
    };
    found(&seed, selector, "його словами");
    let selector = QuoteSelector {
        suffix: Some("За його"),
        ..quote("Сергій Кислиця.")
    };
    found(&seed, selector, "Сергій Кислиця.");
}

#[test]
fn whitespace_only_prefix_is_no_prefix() {
    let seed = real();
    let selector = QuoteSelector {
        prefix: Some(" \n"),
        suffix: Some(""),
        ..quote("групи в WhatsApp")
    };
    found(&seed, selector, "групи в WhatsApp");
}

#[test]
fn overlapping_occurrences() {
    let seed = text(&["так так так"]);
    let AnchorError::Ambiguous {
        count, occurrences, ..
    } = error(&seed, quote("так так"))
    else {
        panic!("expected an ambiguity");
    };
    assert_eq!(count, 2);
    // The first has nothing before it, so only a suffix can select it.
    assert_eq!(occurrences[0].selection(), "suffix «так»");
    assert_eq!(occurrences[1].selection(), "prefix «так»");
    let second = found(
        &seed,
        QuoteSelector {
            prefix: Some("так"),
            ..quote("так так")
        },
        "так так",
    );
    assert_eq!((second.start.byte, second.start_char), ("так ".len(), 4));
    let first = found(
        &seed,
        QuoteSelector {
            suffix: Some("так"),
            ..quote("так так")
        },
        "так так",
    );
    assert_eq!(first.start_char, 0);
    assert_eq!(
        error(&seed, quote("так так")).hint().unwrap(),
        "add a `prefix:` with the words just before, or a `suffix:` with the words just after, the one you mean:
  paragraph 1, «так так так»: suffix «так»
  paragraph 1, «так так так»: prefix «так»"
    );
}

#[test]
fn overlapping_inside_a_word_is_no_occurrence() {
    // «ааа» occurs twice in «аааа» as W3C substrings, but each cuts the word.
    let seed = text(&["аааа"]);
    let AnchorError::NotFound { closest, .. } = error(&seed, quote("ааа")) else {
        panic!("expected not found");
    };
    assert_eq!(closest.as_deref(), Some("аааа"));
}

#[test]
fn a_periodic_text_needs_prefix_and_suffix_for_the_middle() {
    let seed = text(&["так так так так так"]);
    let AnchorError::Ambiguous { occurrences, .. } = error(&seed, quote("так так так"))
    else {
        panic!("expected an ambiguity");
    };
    assert_eq!(occurrences[1].selection(), "prefix «так» and suffix «так»");
    let selector = QuoteSelector {
        exact: "так так так",
        prefix: Some("так"),
        suffix: Some("так"),
    };
    assert_eq!(found(&seed, selector, "так так так").start_char, 4);
}
