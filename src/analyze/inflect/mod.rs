//! Ukrainian declension of entity names: every case and number form of a name, derived
//! from the grammar (analyze stage; `mentions` searches the text for these forms).
//!
//! Each word of a name is classified (noun of some declension, agreeing adjective, or a
//! word that never changes), declined by a table of endings, and the words are joined
//! again case by case. The tables over-generate a little on purpose (Берлін → *Берлона
//! beside Берліна): an extra form that never occurs in a text costs nothing, a missing
//! one loses a mention.
//!
//! The pieces, in the order a name meets them: `person` (persons, with their gender) or
//! `thing` (organisations, places, events: head noun and agreeing adjectives) decide how
//! each word declines, with `noun` and `adjective` choosing its tables among `tables`
//! (whose format `paradigm` describes); `decline` applies a table to one word, taking
//! the stem changes of `stems`; `combine` joins the words' forms into forms of the name.
//! `letters` holds the letter classes and word-list lookups they share.

mod adjective;
mod combine;
mod decline;
pub(crate) mod letters;
mod noun;
mod paradigm;
mod person;
mod stems;
mod tables;
#[cfg(test)]
mod tests;
mod thing;

use crate::model::EntityKind;
use letters::{is_frozen_token, starts_upper};

/// A person's grammatical gender: decides whether a surname like «Стефанишин» declines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// Every surface form of a (possibly multi-word) name in all cases and numbers, including
/// the base form, deduplicated, deterministic order.
pub fn surface_forms(name: &str, kind: EntityKind) -> Vec<String> {
    surface_forms_as(name, kind, guess_gender(name))
}

/// Like [`surface_forms`] with the person's gender given, for an alias that does not show
/// it: «Стефанишин» of Ольга Стефанишин never declines, of Іван Стефанишин it does.
/// The gender is ignored for other kinds.
pub fn surface_forms_as(name: &str, kind: EntityKind, gender: Gender) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let base = words.join(" ");
    let readings = match kind {
        EntityKind::Person => vec![person::person_words(&words, gender)],
        // Weapons and products are counted (Нептунами, «Леопардів»); places and bodies
        // are one of a kind.
        _ => thing::thing_readings(&words, kind == EntityKind::Other),
    };
    let mut forms = vec![base.clone()];
    for declined in readings {
        if let Some(slots) = combine::join_slots(&words, &declined, " ") {
            forms.extend(slots.into_iter().flatten());
        }
    }
    combine::finish(forms, &base)
}

/// Whether a name of an organisation or event ends in its head noun or the head's
/// lower-case complement (Рада, Верховна Рада, Міністерство оборони), so that a
/// capitalised genitive right after it makes the longer name of another body (Рада
/// Європи, Міністерство оборони Росії). Not a name that already says whose it is (Рада
/// безпеки ООН, Рада Європи), nor an abbreviation.
pub fn open_to_genitive(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(head) = (0..words.len()).find(|&i| !thing::agrees_as_adjective(&words, i)) else {
        return false;
    };
    words[head..].iter().all(|w| !is_frozen_token(w))
        && words[head + 1..].iter().all(|w| !starts_upper(w))
}

/// The forms of a first name (Олена, Олени, Олену…), for telling a namesake apart.
pub fn given_name_forms(name: &str) -> Vec<String> {
    person::given_name_forms(name)
}

/// Guesses a person's gender from the patronymic, the first name, then the surname form;
/// masculine when nothing tells (it only matters for surnames, and a wrong guess merely
/// adds forms).
pub fn guess_gender(name: &str) -> Gender {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| starts_upper(w))
        .collect();
    let cues = [
        // A patronymic only in a name of three words: Левкович alone is a surname.
        words
            .iter()
            .filter(|_| words.len() >= 3)
            .find_map(|w| person::patronymic_gender(w)),
        words
            .first()
            .filter(|_| words.len() > 1)
            .and_then(|w| person::first_name_gender(w)),
        words.last().and_then(|w| person::surname_gender(w)),
    ];
    cues.into_iter()
        .flatten()
        .next()
        .unwrap_or(Gender::Masculine)
}
