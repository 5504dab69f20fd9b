//! Places: the real cities first, then villages and towns built from common roots
//! (Березівка, Дубів, Петрове, Івановичі).

use super::cities::{foreign_places, real_places};
use super::draft::{ADJ_N, CITY_ALT, Draft, fixed, name, word};
use super::{Kind, Name};
use crate::grammar::{
    Decl, GenPl,
    Gender::{Fem, Masc, Neut, Plural},
    prep_u,
};
use crate::rng::Rng;
use crate::vocab::Actor;

const PLACE_ROOTS: &[&str] = &[
    "Берез",
    "Дуб",
    "Вишн",
    "Калин",
    "Сосн",
    "Верб",
    "Ясен",
    "Горіх",
    "Лип",
    "Петр",
    "Іван",
    "Михайл",
    "Олександр",
    "Григор",
    "Степан",
    "Богдан",
    "Тарас",
    "Остап",
    "Семен",
    "Павл",
    "Яблун",
    "Мар’ян",
    "Васил",
    "Гнат",
    "Федор",
    "Юр",
    "Макар",
    "Кирил",
    "Антон",
    "Дмитр",
    "Новосел",
    "Комар",
    "Сокол",
    "Ворон",
    "Журавл",
    "Лебед",
    "Орл",
    "Лоз",
    "Озер",
    "Луг",
    "Бор",
    "Кам’ян",
    "Мирон",
    "Левк",
    "Клим",
    "Зелен",
    "Руд",
];

/// Adjective stems for «Нова Березівка», «Великий Дубів», «Малі Петровичі».
const PLACE_MODIFIERS: &[&str] = &["Нов", "Стар", "Велик", "Мал", "Біл", "Зелен", "Верхн"];

/// Oblasts as feminine adjectives («Полтавська» область).
const REGIONS: &[&str] = &[
    "Вінницька",
    "Волинська",
    "Дніпропетровська",
    "Донецька",
    "Житомирська",
    "Закарпатська",
    "Запорізька",
    "Івано-Франківська",
    "Київська",
    "Кіровоградська",
    "Луганська",
    "Львівська",
    "Миколаївська",
    "Одеська",
    "Полтавська",
    "Рівненська",
    "Сумська",
    "Тернопільська",
    "Харківська",
    "Херсонська",
    "Хмельницька",
    "Черкаська",
    "Чернівецька",
    "Чернігівська",
];

pub(super) fn real_place_drafts() -> Vec<Draft> {
    let home = real_places().into_iter().map(|p| (p, false));
    let abroad = foreign_places().into_iter().map(|p| (p, true));
    home.chain(abroad)
        .map(|((_, forms, gender, desc), abroad)| Draft {
            lower_in_text: false,
            abroad,
            actor: Actor::Gov,
            kind: Kind::Place,
            name: Name { forms, gender },
            short: None,
            role: None,
            aliases: Vec::new(),
            description: desc.to_string(),
        })
        .collect()
}

/// Village and town names from common roots: Березівка, Дубів, Петрове, Івановичі,
/// sometimes with an agreeing adjective («Нова Березівка», «Великі Дубовичі»).
pub(super) fn generated_place(rng: &mut Rng, relaxed: bool) -> Draft {
    let root = rng.pick(PLACE_ROOTS);
    let (noun, gender, what) = match rng.below(4) {
        0 => (word(&format!("{root}івка"), Decl::FemA), Fem, "Село"),
        1 => (word(&format!("{root}ів"), CITY_ALT), Masc, "Місто"),
        2 => (word(&format!("{root}ове"), ADJ_N), Neut, "Селище"),
        _ => {
            let decl = Decl::Plural {
                anim: false,
                soft: false,
                genitive: GenPl::Iv,
            };
            (word(&format!("{root}овичі"), decl), Plural, "Село")
        }
    };
    let mut parts = Vec::new();
    if gender != Neut && rng.chance(0.35) {
        let stem = rng.pick(PLACE_MODIFIERS);
        // «Верхн-» is a soft stem: Верхній/Верхня/Верхні; we keep it hard-only.
        let ending = match gender {
            Masc => "ий",
            Fem => "а",
            _ => "і",
        };
        if *stem != "Верхн" {
            parts.push(word(
                &format!("{stem}{ending}"),
                Decl::Adj {
                    gender,
                    anim: false,
                },
            ));
        }
    }
    parts.push(noun);
    let region = rng.pick(REGIONS);
    if relaxed {
        parts.push(fixed(&format!("({region} область)")));
    }
    let region_loc = format!("{}ій", region.strip_suffix('а').unwrap_or(region));
    Draft {
        lower_in_text: false,
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Place,
        name: name(&parts, gender),
        short: None,
        role: None,
        aliases: Vec::new(),
        description: format!("{what} {} {region_loc} області", prep_u(&region_loc)),
    }
}
