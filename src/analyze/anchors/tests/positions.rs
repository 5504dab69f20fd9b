//! Where a found quote is, in both coordinate systems, from one word to the whole text.

use super::*;
use crate::analyze::anchors::normalised::normalise;

#[test]
fn unique_quote_in_the_real_seed() {
    let seed = real();
    let anchor = found(&seed, quote("групи в WhatsApp"), "групи в WhatsApp");
    assert_eq!(anchor.start.paragraph, 4);
    assert_eq!(anchor.end.paragraph, 4);
}

#[test]
fn quote_at_the_start_of_the_text() {
    let seed = real();
    let anchor = found(&seed, quote("Мирні переговори"), "Мирні переговори");
    assert_eq!(
        anchor.start,
        TextPoint {
            paragraph: 0,
            byte: 0
        }
    );
    assert_eq!((anchor.start_char, anchor.end_char), (0, 16));
}

#[test]
fn quote_at_the_end_of_the_text() {
    let seed = real();
    let anchor = found(&seed, quote("чисельність ЗСУ."), "чисельність ЗСУ.");
    let last = seed.len() - 1;
    assert_eq!(
        anchor.end,
        TextPoint {
            paragraph: last,
            byte: seed[last].len()
        }
    );
    assert_eq!(anchor.end_char, seed.join("\n\n").chars().count());
}

#[test]
fn quote_spanning_two_paragraphs() {
    let seed = real();
    let anchor = found(
        &seed,
        quote("Кислиця. За його словами"),
        "Кислиця.\n\nЗа його словами",
    );
    assert_eq!((anchor.start.paragraph, anchor.end.paragraph), (0, 1));
    assert_eq!(anchor.end.byte, "За його словами".len());
}

#[test]
fn quote_spanning_a_whole_middle_paragraph() {
    let seed = text(&["Перший абзац.", "Другий.", "Третій абзац."]);
    let anchor = found(
        &seed,
        quote("абзац. Другий. Третій"),
        "абзац.\n\nДругий.\n\nТретій",
    );
    assert_eq!((anchor.start_char, anchor.end_char), (7, 30));
}

#[test]
fn very_long_quote() {
    let seed = real();
    let long = format!("{} {}", REAL[1], REAL[2]);
    let anchor = found(&seed, quote(&long), &format!("{}\n\n{}", REAL[1], REAL[2]));
    assert_eq!((anchor.start.paragraph, anchor.end.paragraph), (1, 2));
    let whole = REAL.join("\n");
    found(&seed, quote(&whole), &REAL.join("\n\n"));
}

#[test]
fn every_run_of_three_words_maps_back_to_itself() {
    // Sweeps the whole real seed, paragraph joints included, through both coordinate
    // systems; a run that occurs twice must be reported as such, never misplaced.
    let seed = real();
    let joined = seed.join("\n\n");
    let words: Vec<&str> = joined.split_whitespace().collect();
    for run in words.windows(3) {
        let exact = run.join(" ");
        match locate(&seed, quote(&exact)) {
            Ok(anchor) => {
                let covered = SeedText::new(&seed).text_of(&anchor);
                assert_eq!(normalise(&covered), exact);
                assert_covers(&seed, &anchor, &covered);
            }
            Err(AnchorError::Ambiguous { count, .. }) => assert!(count > 1),
            Err(other) => panic!("{exact}: {other:?}"),
        }
    }
}
