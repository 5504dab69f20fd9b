//! An entity before it has a slug, and shorthands for building names: the
//! declension classes names use most, and words declined or kept fixed.

use super::{Entity, Kind, Name};
use crate::grammar::{
    Decl, Forms,
    Gender::{self, Fem, Masc, Neut, Plural},
    decline,
};
use crate::vocab::Actor;

pub(super) const PERSON_ANIM: Decl = Decl::Hard {
    anim: true,
    gen_u: false,
    alt: false,
};
pub(super) const SOFT_ANIM: Decl = Decl::Soft { anim: true };
pub(super) const O_ANIM: Decl = Decl::MascO { anim: true };
pub(super) const CITY: Decl = Decl::Hard {
    anim: false,
    gen_u: false,
    alt: false,
};
pub(super) const CITY_ALT: Decl = Decl::Hard {
    anim: false,
    gen_u: false,
    alt: true,
};
/// Institutions take -у in the genitive: банку, штабу, фонду.
pub(super) const INST: Decl = Decl::Hard {
    anim: false,
    gen_u: true,
    alt: false,
};
pub(super) const ADJ_M: Decl = Decl::Adj {
    gender: Masc,
    anim: false,
};
pub(super) const ADJ_F: Decl = Decl::Adj {
    gender: Fem,
    anim: false,
};
pub(super) const ADJ_N: Decl = Decl::Adj {
    gender: Neut,
    anim: false,
};
pub(super) const ADJ_PL: Decl = Decl::Adj {
    gender: Plural,
    anim: false,
};

/// An entity before it has a slug.
pub(super) struct Draft {
    pub(super) kind: Kind,
    /// Written with a lower-case first letter inside a sentence.
    pub(super) lower_in_text: bool,
    pub(super) abroad: bool,
    pub(super) actor: Actor,
    pub(super) name: Name,
    pub(super) short: Option<Name>,
    pub(super) role: Option<Forms>,
    pub(super) aliases: Vec<String>,
    pub(super) description: String,
}

pub(super) fn word(nom: &str, decl: Decl) -> Forms {
    decline(nom, decl)
}

pub(super) fn fixed(s: &str) -> Forms {
    Forms::fixed(s)
}

pub(super) fn name(parts: &[Forms], gender: Gender) -> Name {
    Name {
        forms: Forms::phrase(parts),
        gender,
    }
}

pub(super) fn finish(d: Draft, slug: String) -> Entity {
    Entity {
        slug,
        kind: d.kind,
        name: d.name,
        short: d.short,
        role: d.role,
        aliases: d.aliases,
        description: d.description,
        lower_in_text: d.lower_in_text,
        abroad: d.abroad,
        actor: d.actor,
    }
}
