//! Events: summits, forums, conferences and talks, often in a named city.

use super::draft::{Draft, INST, fixed, name, word};
use super::{Entity, Kind};
use crate::grammar::{
    Case, Decl, GenPl,
    Gender::{self, Fem, Masc, Neut, Plural},
    prep_u,
};
use crate::rng::Rng;
use crate::vocab::Actor;

/// «Саміт НАТО у Вільнюсі», «Конференція з відновлення України», …
pub(super) fn generated_event(rng: &mut Rng, relaxed: bool, places: &[Entity]) -> Draft {
    let heads: [(&str, Decl, Gender, &[&str]); 7] = [
        (
            "Саміт",
            INST,
            Masc,
            &[
                "НАТО",
                "ЄС – Україна",
                "миру",
                "G7",
                "«Україна – Південно-Східна Європа»",
            ],
        ),
        (
            "Форум",
            INST,
            Masc,
            &[
                "«Україна – ЄС»",
                "з відбудови",
                "з кібербезпеки",
                "безпеки",
                "інвесторів",
            ],
        ),
        (
            "Конференція",
            Decl::FemYa,
            Fem,
            &[
                "з відновлення України",
                "з питань безпеки",
                "донорів",
                "з гуманітарного розмінування",
            ],
        ),
        (
            "Нарада",
            Decl::FemA,
            Fem,
            &["міністрів оборони", "Ставки", "з енергетичної безпеки"],
        ),
        (
            "Переговори",
            Decl::Plural {
                anim: false,
                soft: false,
                genitive: GenPl::Iv,
            },
            Plural,
            &[
                "щодо обміну полоненими",
                "щодо зернового коридору",
                "про безпекові гарантії",
            ],
        ),
        (
            "Засідання",
            Decl::NeutYa,
            Neut,
            &[
                "«Рамштайн»",
                "Контактної групи з питань оборони",
                "Ради асоціації Україна – ЄС",
            ],
        ),
        (
            "Конгрес",
            INST,
            Masc,
            &["місцевих і регіональних влад", "аграріїв", "медіа"],
        ),
    ];
    let (head, decl, gender, tails) = rng.pick(&heads);
    let year = 2023 + rng.below(3);
    let mut tail = rng.pick(tails).to_string();
    if !places.is_empty() && rng.chance(0.6) {
        let place = rng.pick(places).name.forms.get(Case::Loc);
        tail = format!("{tail} {} {place}", prep_u(place));
    }
    if relaxed {
        let season = rng.pick(&["весна", "літо", "осінь", "зима"]);
        tail = format!("{tail} ({season} {year})");
    }
    Draft {
        lower_in_text: true,
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Event,
        name: name(&[word(head, *decl), fixed(&tail)], *gender),
        short: None,
        role: None,
        aliases: Vec::new(),
        description: format!("Міжнародний захід {year} року"),
    }
}
