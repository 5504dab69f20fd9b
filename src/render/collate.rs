//! Alphabetical order as readers of the site's language expect it (ICU4X's collator
//! with CLDR data): Ukrainian puts ґ after г, є after е, і and ї after и, and does not
//! sort «Ігор» before «Андрій» as byte order would.

use std::cmp::Ordering;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

use crate::config::Language;

pub struct Collation {
    collator: CollatorBorrowed<'static>,
}

impl Collation {
    pub fn new(language: Language) -> Collation {
        let locale: Locale = language.tag().parse().expect("language tags are valid");
        let mut options = CollatorOptions::default();
        options.strength = Some(Strength::Tertiary);
        let collator = Collator::try_new(CollatorPreferences::from(&locale), options)
            .expect("collation data for uk and en is compiled in");
        Collation { collator }
    }

    /// Alphabetical order (names equal to it are told apart by the caller, e.g. by slug).
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_alphabet() {
        let collation = Collation::new(Language::Ukrainian);
        let mut words = vec![
            "Ігор",
            "Андрій",
            "євроінтеграція",
            "Туреччина",
            "ґудзик",
            "гора",
            "відбудова",
            "Їжак",
            "Ипсилон",
        ];
        words.sort_by(|a, b| collation.compare(a, b));
        assert_eq!(
            words,
            [
                "Андрій",
                "відбудова",
                "гора",
                "ґудзик",
                "євроінтеграція",
                "Ипсилон",
                "Ігор",
                "Їжак",
                "Туреччина"
            ]
        );
    }
}
