//! Which declension a noun follows, read off its nominative ending: first (-а/-я),
//! second (masculine in a consonant or -о), third (feminine in a consonant), neuter,
//! plural-only, or none for a borrowed word that never declines.

use super::letters::{is_apostrophe, is_consonant, is_sibilant, is_vowel, last_two, listed};
use super::paradigm::Paradigm;
use super::tables::*;

/// Borrowed nouns that never decline, though their ending looks declinable
/// (Державного бюро розслідувань).
const INDECLINABLE_NOUNS: &str =
    "бюро метро кіно радіо кафе журі депо казино табло шосе таксі турне ательє інтерв'ю";

/// Paradigms of a noun, by its nominative ending. `third` asks for the feminine third
/// declension of a consonant stem (Київська Русь, Любов).
pub(super) fn noun_paradigms(word: &str, person: bool, third: bool) -> Vec<&'static Paradigm> {
    let lower = word.to_lowercase();
    let (before, last) = last_two(word);
    let (hard, soft, mixed) = if person {
        (&MASC_HARD_PERSON, &MASC_SOFT_PERSON, &MASC_MIXED_PERSON)
    } else {
        (&MASC_HARD_THING, &MASC_SOFT_THING, &MASC_MIXED_THING)
    };
    match last {
        _ if listed(INDECLINABLE_NOUNS, &lower) => Vec::new(),
        // A final -а after a vowel marks a borrowed word that never declines (Дюбуа, Гоа).
        'а' if is_vowel(before) => Vec::new(),
        'а' if is_sibilant(before) => vec![&FEM_MIXED],
        'а' => vec![&FEM_HARD],
        'я' if !person && is_neuter_ya(word) => vec![&NEUT_YA],
        'я' => vec![&FEM_SOFT],
        'о' if person && before == 'к' => vec![&MASC_O_PERSON],
        'о' if person => vec![&MASC_O_PERSON, &UNCHANGED],
        'о' => vec![&MASC_O_THING],
        'е' if !person && is_sibilant(before) => vec![&NEUT_E_MIXED],
        'е' if !person => vec![&NEUT_E],
        'и' if !person => vec![&PL_HARD],
        'і' | 'ї' if !person => vec![&PL_SOFT],
        c if third && (c == 'ь' || is_consonant(c)) => vec![&FEM_THIRD],
        'ь' if !person => vec![soft, &FEM_THIRD],
        'ь' | 'й' => vec![soft],
        'р' if matches!(before, 'а' | 'я') || lower == "ігор" => vec![hard, soft],
        c if is_sibilant(c) && !person => vec![mixed, &FEM_THIRD],
        c if is_sibilant(c) => vec![mixed],
        c if is_consonant(c) => vec![hard],
        _ => Vec::new(),
    }
}

/// Neuter -я: a doubled consonant or an apostrophe before it (Запоріжжя, Придністров'я).
pub(super) fn is_neuter_ya(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    match chars.as_slice() {
        [.., a, b, 'я'] => is_apostrophe(*b) || (a == b && is_consonant(*b)),
        _ => false,
    }
}
