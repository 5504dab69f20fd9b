//! Words chosen by their neighbours: a past tense agreeing with its subject, у/в and
//! з/із/зі by euphony, the noun after a numeral, and a capital at a sentence start.

use super::{Gender, is_vowel};

/// Past tense agreeing with the subject: stem «заяви» → заявив/заявила/заявило/заявили.
pub fn past(stem: &str, gender: Gender, reflexive: bool) -> String {
    let ending = match gender {
        Gender::Masc => "в",
        Gender::Fem => "ла",
        Gender::Neut => "ло",
        Gender::Plural => "ли",
    };
    format!("{stem}{ending}{}", if reflexive { "ся" } else { "" })
}

/// у/в by euphony: «в Одесі», «у Львові».
pub fn prep_u(next: &str) -> &'static str {
    if next.chars().next().is_some_and(is_vowel) {
        "в"
    } else {
        "у"
    }
}

/// з/із/зі by euphony: «з Харковом», «із Сумами», «зі Стамбулом».
pub fn prep_z(next: &str) -> &'static str {
    let mut chars = next.chars().flat_map(char::to_lowercase);
    let first = chars.next().unwrap_or(' ');
    let second = chars.next().unwrap_or(' ');
    if !"зсцчшщж".contains(first) {
        "з"
    } else if second.is_alphabetic() && !is_vowel(second) {
        "зі"
    } else {
        "із"
    }
}

/// Noun form after a numeral: 1 зіткнення, 3 зіткнення, 5 зіткнень, 11 зіткнень.
pub fn after_number<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// Lower-cases the first character: «Саміт НАТО» → «саміт НАТО».
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Upper-cases the first letter, skipping leading punctuation such as «.
pub fn capitalize(s: &str) -> String {
    match s.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((at, c)) => {
            let mut out = String::with_capacity(s.len());
            out.push_str(&s[..at]);
            out.extend(c.to_uppercase());
            out.push_str(&s[at + c.len_utf8()..]);
            out
        }
        None => s.to_string(),
    }
}
