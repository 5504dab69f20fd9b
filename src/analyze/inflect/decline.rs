//! Declining one word: strips a table's nominative ending, takes the stems the table's
//! alternation allows, and attaches the ending of every cell, slot by slot.

use super::combine::dedupe;
use super::letters::{is_apostrophe, is_vowel};
use super::paradigm::{Alternation, Paradigm, SLOTS, Slot, SlotForms, empty_slots};
use super::stems::{geminate, insert_vowel, oblique_stems, palatalize, third_stems};

/// Which slots a word takes part in, and how its closed last syllable may reopen.
#[derive(Clone, Copy)]
pub(super) struct Filter {
    pub(super) plural: bool,
    pub(super) vocative: bool,
    /// Vowels that replace і in the oblique stem (see [`oblique_stems`]).
    pub(super) reopen: &'static [char],
}

impl Filter {
    fn keeps(self, slot: Slot) -> bool {
        (self.plural || !slot.is_plural()) && (self.vocative || slot != Slot::VocSg)
    }
}

/// Declines `word` by each paradigm; `None` when none applies (the word never changes).
pub(super) fn decline(word: &str, paradigms: &[&Paradigm], filter: Filter) -> Option<SlotForms> {
    let mut out = empty_slots();
    for paradigm in paradigms {
        let Some(stem) = paradigm.stem(word) else {
            continue;
        };
        let stems = match paradigm.alternates {
            Alternation::Closed => oblique_stems(stem, filter.reopen),
            Alternation::Third => third_stems(stem),
            Alternation::None => vec![stem.to_string()],
        };
        for (slot, cell) in SLOTS.iter().zip(paradigm.cells()) {
            let endings = cell.split('/').filter(|e| *e != "-" && filter.keeps(*slot));
            for (ending, stem) in endings.flat_map(|e| stems.iter().map(move |s| (e, s))) {
                attach(stem, word, ending, &mut out[*slot as usize]);
            }
        }
    }
    out.iter_mut().for_each(dedupe);
    out.iter().any(|forms| !forms.is_empty()).then_some(out)
}

/// Adds `stem` + `ending` (see [`Paradigm`] for the codes) to `out`.
fn attach(stem: &str, word: &str, ending: &str, out: &mut Vec<String>) {
    if let Some(rest) = ending.strip_prefix('^') {
        out.push(palatalize(stem) + rest);
    } else if let Some(rest) = ending.strip_prefix('+') {
        out.push(geminate(stem) + rest);
    } else if ending == "*" {
        out.extend(insert_vowel(stem));
    } else if ending == "=" {
        out.push(word.to_string());
    } else if ending == "∅" {
        out.push(stem.to_string());
    } else {
        out.push(join(stem, ending));
    }
}

/// Appends an ending, iotating its first letter after a vowel or apostrophe
/// (Росі + і → Росії, Кита + ем → Китаєм, Росі + ь → Росій), and after й (Май + і → Майї).
fn join(stem: &str, ending: &str) -> String {
    let last = stem.chars().last();
    let after_vowel = last.is_some_and(|c| is_vowel(c) || is_apostrophe(c));
    // After й, і and е are written ї and є: Майя → Май + і → Майї, Майєю.
    let after_y = last == Some('й');
    let mut chars = ending.chars();
    let iotated = match chars.next() {
        Some('і') if after_vowel || after_y => Some('ї'),
        Some('е') if after_vowel || after_y => Some('є'),
        Some('ь') if after_y => return stem.to_string() + chars.as_str(),
        Some('ь') if after_vowel => Some('й'),
        _ => None,
    };
    match iotated {
        Some(first) => format!("{stem}{first}{}", chars.as_str()),
        None => format!("{stem}{ending}"),
    }
}
