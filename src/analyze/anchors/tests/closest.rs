//! A quote that is not in the seed: the "did you mean" passage and what differs.

use super::*;

#[test]
fn typo_suggests_the_closest_passage() {
    let seed = real();
    let error = error(&seed, quote("групи в WhatsAppp"));
    assert_eq!(
        error.message(),
        "the quote «групи в WhatsAppp» is not in the seed text"
    );
    assert_eq!(
        error.hint().as_deref(),
        Some("did you mean «групи в WhatsApp»?")
    );
}

#[test]
fn closest_passage_for_common_slips() {
    let seed = real();
    let cases = [
        ("групи у WhatsApp", "групи в WhatsApp"), // a typo
        ("переговорів з Україною", "переговори з Україною"), // another ending
        (
            "заявив Кислиця, маючи увазі",
            "заявив Кислиця, маючи на увазі",
        ), // a missing word
        (
            "Кремль готовий відновити переговори з Україною у Туреччині",
            "Кремль готовий відновити переговори з Україною в Туреччині",
        ),
        ("WhatsApp»та інші", "WhatsApp» та інші"), // a missing space
    ];
    for (wrong, right) in cases {
        let AnchorError::NotFound { closest, .. } = error(&seed, quote(wrong)) else {
            panic!("{wrong} should not be found");
        };
        assert_eq!(closest.as_deref(), Some(right), "for {wrong}");
    }
}

#[test]
fn closest_passage_is_widened_to_whole_words() {
    let seed = real();
    let AnchorError::NotFound { closest, .. } = error(&seed, quote("ереговорами з Україною"))
    else {
        panic!("expected not found");
    };
    assert_eq!(closest.as_deref(), Some("переговори з Україною"));
}

#[test]
fn found_only_ignoring_case() {
    let seed = real();
    let error = error(&seed, quote("мирні переговори між росією"));
    let AnchorError::NotFound {
        closest,
        differences,
        ..
    } = &error
    else {
        panic!("expected not found");
    };
    assert_eq!(closest.as_deref(), Some("Мирні переговори між Росією"));
    assert_eq!(differences, &[Difference::Case]);
    assert_eq!(
        error.hint().as_deref(),
        Some("did you mean «Мирні переговори між Росією»? Only upper/lower case differs.")
    );
}

#[test]
fn found_only_ignoring_the_apostrophe() {
    let seed = real();
    let error = error(&seed, quote("в інтерв'ю виданню Times"));
    assert_eq!(
        error.hint().as_deref(),
        Some(
            "did you mean «в інтерв’ю виданню Times»? Only the apostrophe (the seed has ’ U+2019) differs."
        )
    );
}

#[test]
fn found_only_ignoring_quote_marks_and_dashes() {
    let seed = real();
    let AnchorError::NotFound {
        closest,
        differences,
        ..
    } = error(&seed, quote("\"групи в WhatsApp\""))
    else {
        panic!("expected not found");
    };
    assert_eq!(closest.as_deref(), Some("«групи в WhatsApp»"));
    assert_eq!(differences, [Difference::QuoteMark('«')]);
    let error = error(&seed, quote("в три етапи - У травні"));
    assert_eq!(
        error.hint().as_deref(),
        Some(
            "did you mean «в три етапи – у травні»? Only the dash (the seed has – U+2013) and upper/lower case differ."
        )
    );
}

#[test]
fn nothing_similar_gives_no_hint() {
    let seed = real();
    let error = error(&seed, quote("Lorem ipsum dolor sit amet"));
    assert_eq!(
        error,
        AnchorError::NotFound {
            quote: "Lorem ipsum dolor sit amet".into(),
            closest: None,
            differences: vec![]
        }
    );
    assert_eq!(error.hint(), None);
    let empty = text(&[]);
    assert!(matches!(
        locate(&empty, quote("щось")),
        Err(AnchorError::NotFound { closest: None, .. })
    ));
}

#[test]
fn long_quote_with_a_typo_shows_where_it_differs() {
    let seed = real();
    let wrong = REAL[4].replace("ігноруючи", "ігнуруючи");
    let error = error(&seed, quote(&wrong));
    let AnchorError::NotFound { closest, .. } = &error else {
        panic!("expected not found")
    };
    assert_eq!(closest.as_deref(), Some(REAL[4]));
    let hint = error.hint().unwrap();
    assert!(hint.starts_with("did you mean «…"), "{hint}");
    assert!(hint.contains("ігноруючи"), "{hint}");
    assert!(error.message().chars().count() < 100, "{}", error.message());
}

#[test]
fn long_quote_with_slips_at_both_ends() {
    let seed = real();
    let wrong = format!("{} {}", REAL[1], REAL[2])
        .replace("За його словами", "за його словами")
        .replace("Олексій Поліщук.", "Олексій Поліщукк.");
    let AnchorError::NotFound {
        closest,
        differences,
        ..
    } = error(&seed, quote(&wrong))
    else {
        panic!("expected not found");
    };
    assert_eq!(closest, Some(format!("{} {}", REAL[1], REAL[2])));
    assert!(
        differences.is_empty(),
        "a typo is more than case: {differences:?}"
    );
    let case_only = REAL[5].to_uppercase();
    let AnchorError::NotFound {
        closest,
        differences,
        ..
    } = error(&seed, quote(&case_only))
    else {
        panic!("expected not found");
    };
    assert_eq!(
        (closest.as_deref(), &differences[..]),
        (Some(REAL[5]), &[Difference::Case][..])
    );
}

#[test]
fn long_quote_unlike_the_text_has_no_suggestion() {
    let seed = real();
    let half = |p: &str, first: bool| -> String {
        let n = p.chars().count() / 2;
        if first {
            p.chars().take(n).collect()
        } else {
            p.chars().skip(n).collect()
        }
    };
    let patchwork = format!("{} {}", half(REAL[1], true), half(REAL[2], false));
    let AnchorError::NotFound { closest, .. } = error(&seed, quote(&patchwork)) else {
        panic!("expected not found");
    };
    assert_eq!(closest, None);
}
