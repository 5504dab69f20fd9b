//! Adjectival declension: whether a word is an adjective and which agreement its
//! nominative shows (Верховна, Всесвітній, Рівне, Збройні), and the short possessive
//! adjectives (Часів, Марусин) that decline like their full forms.

use super::decline::{Filter, decline};
use super::letters::{ends_with_any, is_vowel};
use super::paradigm::{Paradigm, Slot, SlotForms};
use super::tables::{
    ADJ_FEM, ADJ_FEM_SOFT, ADJ_MASC_SOFT, ADJ_MASC_THING, ADJ_NEUT, ADJ_NEUT_SOFT, ADJ_PL,
};

/// Stem endings of adjectives in -а, -е, -і (Верховна, Київська, Нова, Велика, Біла,
/// Козача, Чернеча, Продовольча, Окрема).
/// Nouns share some (Україна); the next word must agree as well, see
/// [`agrees_as_adjective`](super::thing::agrees_as_adjective).
const ADJ_STEMS: &str = "н ськ цьк зьк ов ев єв ин ін їн ч ш л м ик уг";

/// Neuter adjectives are a narrower set: a lone Рівне is adjectival, Гуляйполе is a noun.
const NEUT_ADJ_STEMS: &str = "н ськ цьк зьк ов ев ин ін";

/// The agreement an adjective shows in the nominative, if `word` looks like one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Agreement {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

/// The agreement and the table of `word` if it looks like an adjective.
pub(super) fn adjective(word: &str) -> Option<(Agreement, &'static Paradigm)> {
    let lower = word.to_lowercase();
    // A stem without a vowel is no adjective's: на, та are not Нова, Тала.
    let stem_is = |ending: &str, stems: &str| {
        lower
            .strip_suffix(ending)
            .is_some_and(|s| ends_with_any(s, stems) && s.chars().any(is_vowel))
    };
    // An adjective has a vowel before its ending: Стрий is a noun (Стрия), not «Строго».
    let syllabic = |ending: &str| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| stem.chars().any(is_vowel))
    };
    match () {
        _ if syllabic("ий") => Some((Agreement::Masculine, &ADJ_MASC_THING)),
        _ if lower.ends_with("ній") => Some((Agreement::Masculine, &ADJ_MASC_SOFT)),
        _ if stem_is("а", ADJ_STEMS) => Some((Agreement::Feminine, &ADJ_FEM)),
        _ if lower.ends_with("ня") || lower.ends_with("тя") => {
            Some((Agreement::Feminine, &ADJ_FEM_SOFT))
        }
        _ if stem_is("е", NEUT_ADJ_STEMS) => Some((Agreement::Neuter, &ADJ_NEUT)),
        _ if lower.ends_with("нє") => Some((Agreement::Neuter, &ADJ_NEUT_SOFT)),
        _ if stem_is("і", ADJ_STEMS) => Some((Agreement::Plural, &ADJ_PL)),
        _ => None,
    }
}

pub(super) fn adjective_paradigm(word: &str) -> Vec<&'static Paradigm> {
    adjective(word)
        .map(|(_, paradigm)| vec![paradigm])
        .unwrap_or_default()
}

/// The full form of a short masculine possessive adjective: Часів → Часовий, Андріїв →
/// Андрієвий, Марусин → Марусиний, whose oblique cases the short form shares
/// (Часового, Часовому).
pub(super) fn long_possessive(word: &str) -> Option<String> {
    let with_stem = |ending: &str, replace: &str| {
        word.strip_suffix(ending)
            .filter(|head| head.chars().any(is_vowel))
            .map(|head| format!("{head}{replace}"))
    };
    with_stem("ів", "овий")
        .or_else(|| with_stem("їв", "євий"))
        .or_else(|| with_stem("ин", "иний"))
        .or_else(|| with_stem("їн", "їний"))
}

/// A short possessive declines as its full form except in the nominative and the
/// (inanimate) accusative, which keep the short form.
pub(super) fn decline_short_possessive(
    word: &str,
    long: &str,
    filter: Filter,
) -> Option<SlotForms> {
    let mut forms = decline(long, &[&ADJ_MASC_THING], filter)?;
    for slot in [Slot::NomSg, Slot::AccSg] {
        forms[slot as usize] = vec![word.to_string()];
    }
    Some(forms)
}
