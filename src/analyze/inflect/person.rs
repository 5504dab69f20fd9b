//! Names of persons: every word declines on its own, as a first name, patronymic or
//! surname, and a surname's declension depends on the person's gender (Івана
//! Стефанишина, Ольги Стефанишин), which is read off the name where it shows.

use super::Gender;
use super::combine::{Hyphen, hyphenated};
use super::decline::{Filter, decline};
use super::letters::{
    ends_with_any, is_consonant, is_frozen_token, last_two, listed, starts_upper, words,
};
use super::noun::noun_paradigms;
use super::paradigm::{Paradigm, SlotForms};
use super::tables::{
    ADJ_FEM_PERSON, ADJ_MASC_PERSON, ADJ_MASC_SOFT, FEM_THIRD, RUSSIAN_SURNAME, SURNAME_IV,
    SURNAME_YIV,
};

/// Feminine surnames that decline as adjectives (Мединська, Захарова).
const FEM_ADJ_SURNAMES: &str = "ська цька зька ова ева єва іна їна ина";

/// Masculine surnames of the Russian type (Путін, Лавров): adjectival instrumental.
const RUSSIAN_SURNAMES: &str = "ов ев єв ін їн ин";

/// Men's first names in -а/-я (the ending otherwise marks a woman), Ukrainian and
/// foreign ones the news writes, and the title Папа that stands in their place (Папа Лев
/// XIV → Папи Лева XIV).
const MALE_NAMES_IN_A: &str = "\
    Микола Ілля Лука Кузьма Сава Фома Хома Микита Никита Олекса Ярема Костя Вася Петя \
    Ваня Міша Гриша Паша Яша Жора Юра Дима Саша Папа \
    Арда Джошуа Мустафа Ніколя Нікола Джанлука Хамза Ілья";

/// Women's first names in a consonant.
const FEMALE_NAMES_IN_CONSONANT: &str =
    "Любов Нінель Ассоль Есфір Рут Кармен Ізабель Рахель Маргарет Елізабет Ingrid";

/// First names reopen to о only (Федір → Федора, Яків → Якова).
const REOPEN_GIVEN: &[char] = &['о'];
/// Surnames that are nouns reopen like them (Чорновіл → Чорновола, Сокіл → Сокола,
/// Кремінь → Кременя); those in the suffixes of [`SURNAME_SUFFIXES_KEEPING_I`] do not.
const REOPEN_SURNAME: &[char] = &['о', 'е'];
const REOPEN_NONE: &[char] = &[];

/// Surname suffixes that keep their і as nouns: the possessive -ів/-їв (Федорів →
/// Федоріва, as commonly written; the norm's Федорова comes from [`SURNAME_IV`]) and the
/// Russian-type -ін/-їн (Путін → Путіна, Ільїн → Ільїна).
const SURNAME_SUFFIXES_KEEPING_I: &str = "ів їв ін їн";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Given,
    Patronymic,
    Surname,
}

/// Declines a person's name word by word: first name, patronymic, surname. Lower-case
/// particles (фон, дер, де) and initials stay.
pub(super) fn person_words(words: &[&str], gender: Gender) -> Vec<Option<SlotForms>> {
    let surname = words
        .iter()
        .rposition(|w| starts_upper(w) && !is_frozen_token(w));
    // Only a name of three words has a patronymic: in two, a word in -ович is a surname
    // (Мар'яна Левкович, Роман Шухевич).
    let named = words
        .iter()
        .filter(|w| starts_upper(w) && !is_frozen_token(w))
        .count();
    let role = |i: usize, word: &str| match () {
        _ if named >= 3 && patronymic_gender(word).is_some() => Role::Patronymic,
        _ if Some(i) == surname && (i > 0 || words.len() == 1) => Role::Surname,
        _ => Role::Given,
    };
    let word_forms = |(i, word): (usize, &&str)| {
        if !starts_upper(word) || is_frozen_token(word) {
            return None;
        }
        let role = role(i, word);
        let lower = word.to_lowercase();
        let reopen = match role {
            Role::Given => REOPEN_GIVEN,
            Role::Surname if !ends_with_any(&lower, SURNAME_SUFFIXES_KEEPING_I) => REOPEN_SURNAME,
            _ => REOPEN_NONE,
        };
        // Only an adjectival surname keeps its plural (подружжя Зеленських): a noun's
        // plural is a common noun (соколи, ковалі) or a possessive (Шевченків «Заповіт»).
        let filter = Filter {
            plural: role == Role::Surname && is_adjectival_surname(&lower),
            vocative: true,
            reopen,
        };
        let forms = hyphenated(word, Hyphen::Either, |p| {
            decline(p, &person_paradigms(p, role, gender), filter)
        });
        match role {
            Role::Given => forms.map(|forms| keep_nominative(forms, word)),
            _ => forms,
        }
    };
    words.iter().enumerate().map(word_forms).collect()
}

/// Every form of a first name on its own, in both numbers' singular cases (Олена → Олени,
/// Олені, Олену, Оленою, Олено), its gender told by its ending.
pub(super) fn given_name_forms(word: &str) -> Vec<String> {
    let gender = first_name_gender(word).unwrap_or(Gender::Masculine);
    let filter = Filter {
        plural: false,
        vocative: true,
        reopen: REOPEN_GIVEN,
    };
    let forms = hyphenated(word, Hyphen::Either, |p| {
        decline(p, &person_paradigms(p, Role::Given, gender), filter)
    });
    let mut all: Vec<String> = forms.into_iter().flatten().flatten().collect();
    all.push(word.to_string());
    all
}

/// A first name may stay in the nominative before a declined surname, as news writes
/// foreign ones (з Джей Ді Венсом, Жан-Ноелем Барро beside Жан-Ноеля Барро).
fn keep_nominative(mut forms: SlotForms, word: &str) -> SlotForms {
    for slot in forms.iter_mut().filter(|slot| !slot.is_empty()) {
        if !slot.iter().any(|f| f == word) {
            slot.push(word.to_string());
        }
    }
    forms
}

fn person_paradigms(word: &str, role: Role, gender: Gender) -> Vec<&'static Paradigm> {
    let lower = word.to_lowercase();
    let (_, last) = last_two(&lower);
    let adjectival_fem = words(FEM_ADJ_SURNAMES).find(|e| lower.ends_with(e));
    match gender {
        Gender::Feminine => match adjectival_fem {
            Some(e) if role == Role::Surname && e.ends_with("ька") => vec![&ADJ_FEM_PERSON],
            // Any other woman's surname in -а may be an adjective (Безугла → Безуглої,
            // Руда → Рудої) or a noun (Сковорода → Сковороди): both.
            _ if role == Role::Surname && (adjectival_fem.is_some() || last == 'а') => {
                [vec![&ADJ_FEM_PERSON], noun_paradigms(&lower, true, false)].concat()
            }
            // Women's surnames in a consonant or -о never decline (Ольги Стефанишин).
            _ if matches!(last, 'а' | 'я') => noun_paradigms(&lower, true, false),
            _ if role == Role::Given && lower.ends_with("ов") => vec![&FEM_THIRD],
            _ => Vec::new(),
        },
        Gender::Masculine if lower.ends_with("ий") => vec![&ADJ_MASC_PERSON],
        // A surname in -ній is a soft adjective (Загородній → Загороднього), or a noun.
        Gender::Masculine if role == Role::Surname && lower.ends_with("ній") => {
            [vec![&ADJ_MASC_SOFT], noun_paradigms(&lower, true, false)].concat()
        }
        Gender::Masculine => {
            let russian = role == Role::Surname && ends_with_any(&lower, RUSSIAN_SURNAMES);
            let mut paradigms = noun_paradigms(&lower, true, false);
            paradigms.extend(russian.then_some(&RUSSIAN_SURNAME));
            if role == Role::Surname {
                // The noun forms (Коваліва) stay: they are wrong by the norm but written.
                paradigms.extend([&SURNAME_IV, &SURNAME_YIV]);
            }
            paradigms
        }
    }
}

/// The gender a patronymic shows (Володимирович, Володимирівна).
pub(super) fn patronymic_gender(word: &str) -> Option<Gender> {
    match () {
        _ if word.ends_with("ович") => Some(Gender::Masculine),
        _ if word.ends_with("івна") || word.ends_with("ївна") => Some(Gender::Feminine),
        _ => None,
    }
}

/// The gender a first name shows: -а/-я is a woman's, a consonant, -ь, -й or -о a man's,
/// but for the names listed as exceptions.
pub(super) fn first_name_gender(word: &str) -> Option<Gender> {
    let (_, last) = last_two(word);
    match () {
        _ if listed(MALE_NAMES_IN_A, word) => Some(Gender::Masculine),
        _ if listed(FEMALE_NAMES_IN_CONSONANT, word) => Some(Gender::Feminine),
        _ if matches!(last, 'а' | 'я') => Some(Gender::Feminine),
        _ if is_consonant(last) || matches!(last, 'ь' | 'й' | 'о') => Some(Gender::Masculine),
        _ => None,
    }
}

/// Whether a surname declines as an adjective (Мединський, Мединська, Захарова).
fn is_adjectival_surname(lower: &str) -> bool {
    lower.ends_with("ий") || ends_with_any(lower, FEM_ADJ_SURNAMES)
}

/// The gender an adjectival or Russian-type surname shows (Мединська, Зеленський, Лавров).
pub(super) fn surname_gender(word: &str) -> Option<Gender> {
    let lower = word.to_lowercase();
    match () {
        _ if ends_with_any(&lower, FEM_ADJ_SURNAMES) => Some(Gender::Feminine),
        _ if lower.ends_with("ий") => Some(Gender::Masculine),
        _ if ends_with_any(&lower, RUSSIAN_SURNAMES) => Some(Gender::Masculine),
        _ => None,
    }
}
