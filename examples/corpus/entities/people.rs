//! People: a given name, sometimes a patronymic, a surname declined for the person's
//! gender, and a role that describes them.

use super::draft::{Draft, O_ANIM, PERSON_ANIM, SOFT_ANIM, fixed, name, word};
use super::person_names::{
    FEMALE_FIRST, MALE_FIRST, PATRONYMICS, SURNAME_ROOTS, SURNAME_SUFFIXES, SURNAMES,
};
use super::roles::role;
use super::{Entity, Kind, Name};
use crate::grammar::{
    Decl, Forms,
    Gender::{Fem, Masc},
    capitalize,
};
use crate::rng::Rng;
use crate::vocab::Actor;

/// Half real surnames, half root + suffix (Петренко, Федорук, Гнатишин,
/// Степановський), which widens the pool for large entity counts.
fn masculine_surname(rng: &mut Rng) -> String {
    if rng.chance(0.5) {
        return rng.pick(SURNAMES).to_string();
    }
    format!("{}{}", rng.pick(SURNAME_ROOTS), rng.pick(SURNAME_SUFFIXES))
}

/// Case forms of a surname for a man or a woman, from its masculine form.
fn surname(masc: &str, female: bool) -> Forms {
    let anim_adj = |g| Decl::Adj {
        gender: g,
        anim: true,
    };
    if let Some(stem) = masc.strip_suffix("ий") {
        return if female {
            word(&format!("{stem}а"), anim_adj(Fem))
        } else {
            word(masc, anim_adj(Masc))
        };
    }
    match masc.chars().next_back() {
        Some('а') => word(masc, Decl::FemA),
        Some('я') => word(masc, Decl::FemYa),
        // Women's -енко, -ук and consonant surnames do not decline.
        _ if female => fixed(masc),
        Some('о') => word(masc, O_ANIM),
        Some('ь' | 'й') => word(masc, SOFT_ANIM),
        _ if masc.ends_with("ар") => word(masc, SOFT_ANIM),
        _ => word(masc, PERSON_ANIM),
    }
}

pub(super) fn person(rng: &mut Rng, relaxed: bool, orgs: &[Entity], places: &[Entity]) -> Draft {
    let female = rng.chance(0.4);
    let (first, decl) = *rng.pick(if female { FEMALE_FIRST } else { MALE_FIRST });
    let last = surname(&masculine_surname(rng), female);
    let mut parts = vec![word(first, decl)];
    if relaxed {
        let (m, f) = *rng.pick(PATRONYMICS);
        parts.push(if female {
            word(f, Decl::FemA)
        } else {
            word(m, PERSON_ANIM)
        });
    }
    parts.push(last.clone());
    let gender = if female { Fem } else { Masc };
    let role = role(rng, female, orgs, places);
    Draft {
        lower_in_text: false,
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Person,
        description: capitalize(role.nom()),
        name: name(&parts, gender),
        aliases: vec![last.nom().to_string()],
        short: Some(Name {
            forms: last,
            gender,
        }),
        role: Some(role),
    }
}
