//! The declension tables as data: one [`Paradigm`] per declension class of nouns and
//! adjectives, in the cell codes [`Paradigm`] describes. `noun`, `adjective` and
//! `person` choose among them; `decline` applies them.

use super::paradigm::{Alternation, Paradigm};

/// First declension, hard: Олена → Олени, Україна → Україні, Америка → Америці.
pub(super) const FEM_HARD: Paradigm = Paradigm {
    strip: &["а"],
    alternates: Alternation::None,
    cells: "= и ^і у ою ^і о | и ∅ ам и/∅ ами ах",
};

/// First declension after ж ч ш щ: Польща → Польщею.
pub(super) const FEM_MIXED: Paradigm = Paradigm {
    strip: &["а"],
    alternates: Alternation::None,
    cells: "= і і у ею і е/о | і ∅ ам і/∅ ами ах",
};

/// First declension in -я: Кислиця → Кислицею; after a vowel Росія → Росії.
pub(super) const FEM_SOFT: Paradigm = Paradigm {
    strip: &["я"],
    alternates: Alternation::None,
    cells: "= і і ю ею і е/ю | і ь ям і/ь ями ях",
};

/// Third declension, feminine in a consonant: Русь, Січ, область, Любов; солідарність →
/// солідарності (see [`Alternation::Third`]).
pub(super) const FEM_THIRD: Paradigm = Paradigm {
    strip: &["ь", ""],
    alternates: Alternation::Third,
    cells: "= і і = +ю і е | - - - - - -",
};

/// Second declension, hard, inanimate: Стамбул → Стамбула, Союз → Союзу. Both genitives,
/// since -а/-у follows meaning (cities -а; countries, regions, institutions -у). The plural
/// serves names of things that are counted (Нептуни, Нептунами).
pub(super) const MASC_HARD_THING: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::Closed,
    cells: "= а/у ові/у = ом ^і/у - | и ів ам и ами ах",
};

pub(super) const MASC_HARD_PERSON: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::Closed,
    cells: "= а ові/у а ом ові/у е/у | и ів ам ів ами ах",
};

/// Russian-type surnames in -ов/-ін take the adjectival instrumental: Путін → Путіним.
pub(super) const RUSSIAN_SURNAME: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::None,
    cells: "- - - - им - - | - - - - - -",
};

/// Surnames in -ів, possessive in origin, decline like adjectives with the suffix's
/// first vowel back in the other cases: Михайлів → Михайлова, Ковалів → Ковалева,
/// Ковалевим (Правопис § 142). The spelling does not tell о from е, so both are made.
pub(super) const SURNAME_IV: Paradigm = Paradigm {
    strip: &["ів"],
    alternates: Alternation::None,
    cells: "= ова/ева ову/еву/ові/еві ова/ева овим/евим ові/еві/ову/еву - \
            | ови/еви ових/евих овим/евим ових/евих овими/евими ових/евих",
};

/// The same after a vowel: Андріїв → Андрієва, Тимофіїв → Тимофієва.
pub(super) const SURNAME_YIV: Paradigm = Paradigm {
    strip: &["їв"],
    alternates: Alternation::None,
    cells: "= єва єву/єві єва євим єві/єву - | єви євих євим євих євими євих",
};

/// Second declension, soft (-ь, -й, and -р after а/я and in Ігор): Кремль, Китай, Бондар.
pub(super) const MASC_SOFT_THING: Paradigm = Paradigm {
    strip: &["ь", "й", ""],
    alternates: Alternation::Closed,
    cells: "= я/ю еві/ю = ем і/ю - | і ів ям і ями ях",
};

pub(super) const MASC_SOFT_PERSON: Paradigm = Paradigm {
    strip: &["ь", "й", ""],
    alternates: Alternation::Closed,
    cells: "= я еві/ю я ем еві/ю ю/е | і ів ям ів ями ях",
};

/// Second declension after ж ч ш щ: Париж → Парижем.
pub(super) const MASC_MIXED_THING: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::Closed,
    cells: "= а/у еві/у = ем і/у - | і ів ам і ами ах",
};

pub(super) const MASC_MIXED_PERSON: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::Closed,
    cells: "= а еві/у а ем еві/у е/у | і ів ам ів ами ах",
};

/// Masculine and neuter in -о, inanimate: Дніпро → Дніпрі, Міністерство → Міністерству.
pub(super) const MASC_O_THING: Paradigm = Paradigm {
    strip: &["о"],
    alternates: Alternation::None,
    cells: "= а у/ові = ом ^і/у - | - - - - - -",
};

/// Masculine persons in -о: Шевченко → Шевченкові, Петро → Петре.
pub(super) const MASC_O_PERSON: Paradigm = Paradigm {
    strip: &["о"],
    alternates: Alternation::None,
    cells: "= а ові/у а ом ові/у у/е | и ів ам ів ами ах",
};

/// The nominative in every singular slot: for foreign names in -о that may or may not
/// decline (Джо Байдена, Роберта Фіцо beside Дмитра, Петра).
pub(super) const UNCHANGED: Paradigm = Paradigm {
    strip: &[""],
    alternates: Alternation::None,
    cells: "= = = = = = = | - - - - - -",
};

/// Neuter in -е after ж ч ш щ: Селище → Селища, Селищу.
pub(super) const NEUT_E_MIXED: Paradigm = Paradigm {
    strip: &["е"],
    alternates: Alternation::None,
    cells: "= а у = ем і/у - | - - - - - -",
};

/// Neuter in -е: Гуляйполе, море.
pub(super) const NEUT_E: Paradigm = Paradigm {
    strip: &["е"],
    alternates: Alternation::None,
    cells: "= я ю = ем і/ю - | - - - - - -",
};

/// Neuter in -я after a doubled consonant or an apostrophe: Запоріжжя, Придністров'я.
pub(super) const NEUT_YA: Paradigm = Paradigm {
    strip: &["я"],
    alternates: Alternation::None,
    cells: "= = ю = ям і/ю - | - - - - - -",
};

/// Plural-only nouns in -и: Черкаси → Черкас, Штати → Штатів, ігри → ігор.
pub(super) const PL_HARD: Paradigm = Paradigm {
    strip: &["и"],
    alternates: Alternation::None,
    cells: "- - - - - - - | = ∅/*/ів ам = ами ах",
};

/// Plural-only nouns in -і: Чернівці → Чернівців.
pub(super) const PL_SOFT: Paradigm = Paradigm {
    strip: &["і", "ї"],
    alternates: Alternation::None,
    cells: "- - - - - - - | = ів ям = ями ях",
};

pub(super) const ADJ_MASC_THING: Paradigm = Paradigm {
    strip: &["ий"],
    alternates: Alternation::None,
    cells: "= ого ому = им ому/ім - | і их им і ими их",
};

/// Adjectival surnames: Мединський → Мединського; the plural for «подружжя Зеленських».
pub(super) const ADJ_MASC_PERSON: Paradigm = Paradigm {
    strip: &["ий"],
    alternates: Alternation::None,
    cells: "= ого ому ого им ому/ім = | і их им их ими их",
};

/// Soft adjectives: Всесвітній → Всесвітнього.
pub(super) const ADJ_MASC_SOFT: Paradigm = Paradigm {
    strip: &["ій"],
    alternates: Alternation::None,
    cells: "= ього ьому = ім ьому/ім - | - - - - - -",
};

pub(super) const ADJ_FEM: Paradigm = Paradigm {
    strip: &["а"],
    alternates: Alternation::None,
    cells: "= ої ій у ою ій = | і их им их ими их",
};

/// Women's adjectival surnames: as [`ADJ_FEM`] but without the plural dative, which is
/// spelt like the man's instrumental (Городецьким is Тарас Городецький's, not Ірина's).
pub(super) const ADJ_FEM_PERSON: Paradigm = Paradigm {
    strip: &["а"],
    alternates: Alternation::None,
    cells: "= ої ій у ою ій = | і их - их ими их",
};

pub(super) const ADJ_FEM_SOFT: Paradigm = Paradigm {
    strip: &["я"],
    alternates: Alternation::None,
    cells: "= ьої ій ю ьою ій - | - - - - - -",
};

pub(super) const ADJ_NEUT: Paradigm = Paradigm {
    strip: &["е"],
    alternates: Alternation::None,
    cells: "= ого ому = им ому/ім - | - - - - - -",
};

pub(super) const ADJ_NEUT_SOFT: Paradigm = Paradigm {
    strip: &["є"],
    alternates: Alternation::None,
    cells: "= ього ьому = ім ьому/ім - | - - - - - -",
};

/// Plural adjectives; hard (Збройних) and soft (Всесвітніх) look alike in the nominative.
pub(super) const ADJ_PL: Paradigm = Paradigm {
    strip: &["і"],
    alternates: Alternation::None,
    cells: "- - - - - - - | = их/іх им/ім = ими/іми их/іх",
};

#[cfg(test)]
mod tests {
    use super::super::paradigm::SLOT_COUNT;
    use super::*;

    const PARADIGMS: [&Paradigm; 27] = [
        &FEM_HARD,
        &FEM_MIXED,
        &FEM_SOFT,
        &FEM_THIRD,
        &MASC_HARD_THING,
        &MASC_HARD_PERSON,
        &RUSSIAN_SURNAME,
        &MASC_SOFT_THING,
        &MASC_SOFT_PERSON,
        &MASC_MIXED_THING,
        &MASC_MIXED_PERSON,
        &MASC_O_THING,
        &MASC_O_PERSON,
        &UNCHANGED,
        &NEUT_E,
        &NEUT_E_MIXED,
        &NEUT_YA,
        &PL_HARD,
        &PL_SOFT,
        &ADJ_MASC_THING,
        &ADJ_MASC_PERSON,
        &ADJ_MASC_SOFT,
        &ADJ_FEM,
        &ADJ_FEM_SOFT,
        &ADJ_NEUT,
        &ADJ_NEUT_SOFT,
        &ADJ_PL,
    ];

    #[test]
    fn every_table_has_a_cell_per_slot() {
        for paradigm in PARADIGMS {
            assert_eq!(paradigm.cells().count(), SLOT_COUNT, "{}", paradigm.cells);
        }
    }
}
