//! Letter classes and word-list lookups that every part of the declension shares: vowels,
//! consonants and apostrophes, the last letters of a word, the tokens that never change,
//! and the word lists kept as plain space-separated text. The mention matcher reads the
//! same letter classes from here.

/// The words of a space-separated list.
pub(super) fn words(list: &str) -> std::str::SplitWhitespace<'_> {
    list.split_whitespace()
}

pub(in crate::analyze) fn listed(list: &str, word: &str) -> bool {
    words(list).any(|w| w == word)
}

pub(in crate::analyze) fn ends_with_any(word: &str, list: &str) -> bool {
    words(list).any(|ending| word.ends_with(ending))
}

pub(super) fn is_vowel(c: char) -> bool {
    "аеєиіїоуюяАЕЄИІЇОУЮЯ".contains(c)
}

/// A letter of the Ukrainian alphabet, either case.
pub(in crate::analyze) fn is_cyrillic(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ')
}

/// ' ’ ʼ ‘ ` all serve as the Ukrainian apostrophe (slugs read it too).
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘')
}

pub(in crate::analyze) fn is_consonant(c: char) -> bool {
    c.is_alphabetic() && !is_vowel(c) && !matches!(c, 'ь' | 'Ь')
}

pub(super) fn is_sibilant(c: char) -> bool {
    matches!(c, 'ж' | 'ч' | 'ш' | 'щ')
}

pub(in crate::analyze) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `Олімпіада-2026` → `Олімпіада`: the word without a number joined to it by a hyphen.
fn without_number_suffix(word: &str) -> &str {
    match word.rsplit_once('-') {
        Some((head, number))
            if !head.is_empty()
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit()) =>
        {
            head
        }
        _ => word,
    }
}

/// The last two letters of a word, lower-case (`' '` when the word is shorter).
pub(super) fn last_two(word: &str) -> (char, char) {
    let mut rev = word.chars().rev().flat_map(char::to_lowercase);
    let last = rev.next().unwrap_or(' ');
    (rev.next().unwrap_or(' '), last)
}

/// Words that never change: abbreviations (МЗС, США, XIV), initials, numbers and
/// anything quoted or punctuated. A year after a hyphen leaves the word declinable
/// (Євробачення-2025 → Євробаченні-2025).
pub(super) fn is_frozen_token(word: &str) -> bool {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic() && !is_apostrophe(*c))
        .collect();
    let punctuated = without_number_suffix(word)
        .chars()
        .any(|c| !(c.is_alphabetic() || c == '-' || is_apostrophe(c)));
    let abbreviation = letters.len() != 1 && letters.iter().all(|c| c.is_uppercase());
    punctuated || letters.len() <= 1 || abbreviation
}
