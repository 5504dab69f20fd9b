//! A prefix or suffix that does not fit: what the seed has instead.

use super::*;

#[test]
fn prefix_that_does_not_fit() {
    let seed = real();
    let error = error(
        &seed,
        QuoteSelector {
            prefix: Some("Успішні"),
            ..quote("переговори")
        },
    );
    assert_eq!(
        error.message(),
        "the quote «переговори» occurs in the seed text, but never right after the prefix «Успішні»"
    );
    assert_eq!(
        error.hint().unwrap(),
        "in the seed the quote comes right after «Мирні», «…Кремль готовий відновити», «…неодноразово закликали їх (», «…мало переконати США, що»."
    );
}

#[test]
fn prefix_that_differs_only_in_the_apostrophe() {
    let seed = real();
    let error = error(
        &seed,
        QuoteSelector {
            prefix: Some("після оприлюднення інтерв'ю"),
            ..quote("Кислиці")
        },
    );
    let AnchorError::PrefixMismatch {
        actual_before,
        differences,
        ..
    } = &error
    else {
        panic!("expected a prefix mismatch")
    };
    assert_eq!(actual_before, &["…після оприлюднення інтерв’ю"]);
    assert_eq!(differences, &[Difference::Apostrophe('’')]);
    assert!(
        error
            .hint()
            .unwrap()
            .ends_with("Only the apostrophe (the seed has ’ U+2019) differs.")
    );
}

#[test]
fn prefix_mismatch_at_the_start_of_the_text() {
    let seed = real();
    let error = error(
        &seed,
        QuoteSelector {
            prefix: Some("Вчора"),
            ..quote("Мирні переговори")
        },
    );
    assert_eq!(
        error.hint().unwrap(),
        "in the seed the quote comes right after the start of the text."
    );
}

#[test]
fn suffix_that_does_not_fit() {
    let seed = real();
    let error = error(
        &seed,
        QuoteSelector {
            suffix: Some("та"),
            ..quote("групи в WhatsApp")
        },
    );
    assert_eq!(
        error.message(),
        "the quote «групи в WhatsApp» occurs in the seed text, but never right before the suffix «та»"
    );
    assert_eq!(
        error.hint().unwrap(),
        "in the seed the quote is followed by «» та інші подібні механізми,…»."
    );
}

#[test]
fn suffix_is_checked_only_after_the_prefix() {
    let seed = real();
    let selector = QuoteSelector {
        exact: "переговори",
        prefix: Some("Мирні"),
        suffix: Some("з Україною"),
    };
    let AnchorError::SuffixMismatch { actual_after, .. } = error(&seed, selector) else {
        panic!("expected a suffix mismatch");
    };
    assert_eq!(actual_after, ["між Росією та Україною…"]);
}
