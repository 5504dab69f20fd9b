//! Just enough Ukrainian noun and adjective declension for the names we generate:
//! six cases (the vocative is never needed in news text), animacy for the accusative,
//! the і→о/ї→є alternation of Харків/Київ, and к/г/х→ц/з/с before -і (Ользі, Березівці).
//!
//! This file names the parts of the grammar (cases, genders, declension classes, case
//! forms); [`declension`] makes the case forms of a word and [`agreement`] chooses
//! words by their neighbours.

mod agreement;
mod declension;

pub use agreement::{after_number, capitalize, lower_first, past, prep_u, prep_z};
pub use declension::decline;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Loc,
}

pub const CASES: [Case; 6] = [
    Case::Nom,
    Case::Gen,
    Case::Dat,
    Case::Acc,
    Case::Ins,
    Case::Loc,
];

/// Grammatical gender, or plural; past-tense verbs agree with it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Gender {
    Masc,
    Fem,
    Neut,
    Plural,
}

/// How a plural noun forms its genitive: Суми→Сум, Чернівці→Чернівців, домовленостей.
#[derive(Clone, Copy, Debug)]
pub enum GenPl {
    Zero,
    Iv,
    Ey,
}

/// Declension classes, named after their nominative ending.
#[derive(Clone, Copy, Debug)]
pub enum Decl {
    /// Masculine hard consonant stem: Мельник, Луцьк, банк (`gen_u`: банку),
    /// `alt`: the last і/ї becomes о/є in oblique cases (Харків → Харкова).
    Hard { anim: bool, gen_u: bool, alt: bool },
    /// Masculine soft stem in -ь/-й or -ар: Василь, Сергій, Бондар, Ігор.
    Soft { anim: bool },
    /// Masculine in -о: Дмитро, Шевченко, Дніпро.
    MascO { anim: bool },
    /// First declension in -а: Олена, Одеса, Мазепа, Буча.
    FemA,
    /// First declension in -я: Кислиця, Наталія, Вінниця, Ілля.
    FemYa,
    /// Neuter in -о: Міністерство.
    NeutO,
    /// Neuter in -я: Запоріжжя, засідання.
    NeutYa,
    /// Hard adjective (or adjectival surname/place name) of the given gender.
    Adj { gender: Gender, anim: bool },
    /// Plural noun in -и/-і: Суми, Чернівці, переговори.
    Plural {
        anim: bool,
        soft: bool,
        genitive: GenPl,
    },
}

/// The six case forms of a word or phrase, indexed by [`Case`].
#[derive(Clone, Debug)]
pub struct Forms(pub [String; 6]);

impl Forms {
    pub fn explicit(forms: [&str; 6]) -> Forms {
        Forms(forms.map(str::to_string))
    }

    pub fn fixed(word: &str) -> Forms {
        Forms(std::array::from_fn(|_| word.to_string()))
    }

    pub fn get(&self, case: Case) -> &str {
        &self.0[case as usize]
    }

    pub fn nom(&self) -> &str {
        &self.0[0]
    }

    /// Puts every part in the same case and joins them with spaces.
    pub fn phrase(parts: &[Forms]) -> Forms {
        Forms(std::array::from_fn(|i| {
            parts
                .iter()
                .map(|p| p.0[i].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        }))
    }
}

fn is_vowel(c: char) -> bool {
    "аеєиіїоуюяАЕЄИІЇОУЮЯ’'ʼ".contains(c)
}
