//! Tests of the declension, grouped by topic, each through the public functions: the
//! forms a name must have ([`has`]) and must not have ([`lacks`]).

mod names;
mod nouns;
mod persons;

use super::*;
use EntityKind::{Person, Place};

#[track_caller]
fn has(name: &str, kind: EntityKind, expected: &[&str]) {
    let forms = surface_forms(name, kind);
    for form in expected {
        assert!(
            forms.iter().any(|f| f == form),
            "{name}: no «{form}» in {forms:?}"
        );
    }
}

#[track_caller]
fn lacks(name: &str, kind: EntityKind, unexpected: &[&str]) {
    let forms = surface_forms(name, kind);
    for form in unexpected {
        assert!(
            !forms.iter().any(|f| f == form),
            "{name}: «{form}» in {forms:?}"
        );
    }
}

#[test]
fn base_form_first_and_deterministic() {
    let forms = surface_forms("Сергій  Кислиця", Person);
    assert_eq!(forms[0], "Сергій Кислиця");
    assert_eq!(forms, surface_forms("Сергій Кислиця", Person));
    assert!(surface_forms(" ", Place).is_empty());
}

#[test]
fn forms_that_are_function_words_are_dropped() {
    lacks("Том", Person, &["Тому"]);
    assert_eq!(surface_forms("Тому", Person)[0], "Тому");
}
