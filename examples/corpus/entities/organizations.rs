//! Organisations: the draft every organisation is built with, and generated
//! companies, funds, think tanks, NGOs and institutes.

use super::brands::brand;
use super::draft::{Draft, INST, fixed, name, word};
use super::{Kind, Name};
use crate::grammar::{
    Decl, Forms,
    Gender::{self, Fem, Masc},
};
use crate::rng::Rng;
use crate::vocab::Actor;

/// Organisation: name parts, gender, optional short form with its own gender.
pub(super) fn org(
    parts: &[Forms],
    gender: Gender,
    short: Option<(Forms, Gender)>,
    description: &str,
) -> Draft {
    let aliases = short.iter().map(|(f, _)| f.nom().to_string()).collect();
    Draft {
        lower_in_text: false,
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Organization,
        name: name(parts, gender),
        short: short.map(|(forms, gender)| Name { forms, gender }),
        role: None,
        aliases,
        description: description.to_string(),
    }
}

/// «Компанія «Енергоінвест»», «Благодійний фонд «Крила надії»», …: the generic head
/// declines, the quoted brand does not; the short form is the head + brand.
pub(super) fn generated_org(rng: &mut Rng, relaxed: bool) -> Draft {
    let brand = brand(rng, relaxed);
    let quoted = fixed(&format!("«{brand}»"));
    let with_brand = |adj: Option<&str>, noun: &str, decl: Decl, gender: Gender, what: &str| {
        let head = word(noun, decl);
        let mut parts = Vec::new();
        if let Some(adj) = adj {
            parts.push(word(
                adj,
                Decl::Adj {
                    gender,
                    anim: false,
                },
            ));
        }
        parts.push(head.clone());
        parts.push(quoted.clone());
        let short = Forms::phrase(&[word(&noun.to_lowercase(), decl), quoted.clone()]);
        let mut d = org(&parts, gender, Some((short, gender)), what);
        d.aliases = vec![brand.clone()];
        d.lower_in_text = true;
        d.actor = Actor::Business;
        d
    };
    match rng.below(5) {
        0 => with_brand(None, "Компанія", Decl::FemYa, Fem, "Українська компанія"),
        1 => with_brand(Some("Благодійний"), "фонд", INST, Masc, "Благодійний фонд"),
        2 => with_brand(
            Some("Аналітичний"),
            "центр",
            INST,
            Masc,
            "Незалежний аналітичний центр",
        ),
        3 => with_brand(
            Some("Громадська"),
            "організація",
            Decl::FemYa,
            Fem,
            "Громадська організація",
        ),
        _ => {
            let topics = [
                "економічних досліджень",
                "соціальних досліджень",
                "стратегічних студій",
                "енергетичної безпеки",
                "аграрної політики",
                "цифрової економіки",
            ];
            let topic = rng.pick(&topics);
            let tail = fixed(&format!("{topic} «{brand}»"));
            let mut d = org(
                &[word("Інститут", INST), tail],
                Masc,
                None,
                "Науково-дослідний інститут",
            );
            d.actor = Actor::Business;
            d
        }
    }
}
