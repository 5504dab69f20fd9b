//! An ambiguous quote: its occurrences and the prefixes and suffixes suggested for them.

use super::*;

#[test]
fn ambiguous_quote_lists_occurrences_and_prefixes() {
    let seed = real();
    let error = error(&seed, quote("переговори"));
    assert_eq!(
        error.message(),
        "the quote «переговори» occurs 4 times in the seed text"
    );
    assert_eq!(
        error.hint().unwrap(),
        "add a `prefix:` with the words just before the one you mean:
  paragraph 1, «Мирні переговори між Росією та…»: prefix «Мирні»
  paragraph 3, «…готовий відновити переговори з Україною в…»: prefix «відновити»
  paragraph 3, «…закликали їх (переговори) відновити.…»: prefix «їх (»
  paragraph 5, «…переконати США, що переговори йдуть успішно і їм…»: prefix «що»"
    );
}

#[test]
fn every_suggested_prefix_selects_its_occurrence() {
    let seed = real();
    for exact in ["переговори", "Кислиця", "України", "РФ", "що", "і"]
    {
        let AnchorError::Ambiguous { occurrences, .. } = error(&seed, quote(exact)) else {
            panic!("{exact} should be ambiguous");
        };
        for occurrence in occurrences {
            let selector = QuoteSelector {
                exact,
                prefix: Some(&occurrence.suggested_prefix),
                suffix: Some(&occurrence.suggested_suffix),
            };
            let anchor = found(&seed, selector, exact);
            assert_eq!(
                anchor.start.paragraph, occurrence.paragraph,
                "{exact}: {occurrence:?}"
            );
        }
    }
}

#[test]
fn long_lists_are_cut_after_five() {
    let seed = text(&["так, так, так.", "так і так.", "так-так"]);
    let error = error(&seed, quote("так"));
    let AnchorError::Ambiguous {
        count, occurrences, ..
    } = &error
    else {
        panic!("expected an ambiguity")
    };
    assert_eq!((*count, occurrences.len()), (7, 5));
    assert!(
        error.hint().unwrap().ends_with("\n  and 2 more"),
        "{}",
        error.hint().unwrap()
    );
}

#[test]
fn ambiguous_even_with_a_prefix() {
    let seed = text(&["Він сказав: так. Вона сказала: так.", "Він сказав: так."]);
    let error = error(
        &seed,
        QuoteSelector {
            prefix: Some("сказав:"),
            ..quote("так")
        },
    );
    assert_eq!(
        error.message(),
        "the quote «так» occurs 2 times in the seed text after the prefix «сказав:»"
    );
    let AnchorError::Ambiguous { occurrences, .. } = error else {
        panic!("expected an ambiguity")
    };
    // The first starts the text: no prefix can select it, a suffix can.
    assert_eq!(occurrences[0].selection(), "suffix «. Вона»");
    assert_eq!(occurrences[1].selection(), "prefix «так. Він сказав:»");
}
