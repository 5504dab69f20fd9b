//! Other things: treaties, weapons, programmes, projects, initiatives, platforms
//! and laws.

use super::Kind;
use super::brands::brand;
use super::draft::{ADJ_M, ADJ_PL, Draft, INST, fixed, name, word};
use crate::grammar::{
    Decl, Forms, GenPl,
    Gender::{self, Fem, Masc, Plural},
};
use crate::rng::Rng;
use crate::vocab::Actor;

pub(super) fn real_others() -> Vec<Draft> {
    // Common-noun heads («система Patriot») are lower-case in text, names are not.
    let common = [
        "Система",
        "Винищувачі",
        "Марафон",
        "Ініціатива",
        "Платформа",
    ];
    let other = |parts: &[Forms], gender: Gender, aliases: &[&str], desc: &str| Draft {
        lower_in_text: common.contains(&parts[0].nom()),
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Other,
        name: name(parts, gender),
        short: None,
        role: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        description: desc.to_string(),
    };
    vec![
        other(
            &[word("Будапештський", ADJ_M), word("меморандум", INST)],
            Masc,
            &[],
            "Міжнародна угода 1994 року про гарантії безпеки",
        ),
        other(
            &[
                word("Мінські", ADJ_PL),
                word(
                    "домовленості",
                    Decl::Plural {
                        anim: false,
                        soft: true,
                        genitive: GenPl::Ey,
                    },
                ),
            ],
            Plural,
            &[],
            "Угоди 2014–2015 років щодо Донбасу",
        ),
        other(
            &[
                word("Чорноморський", ADJ_M),
                word("зерновий", ADJ_M),
                word("коридор", INST),
            ],
            Masc,
            &[],
            "Морський маршрут для експорту зерна",
        ),
        other(
            &[word("Формула", Decl::FemA), fixed("миру")],
            Fem,
            &[],
            "Український мирний план",
        ),
        other(
            &[word("Система", Decl::FemA), fixed("Patriot")],
            Fem,
            &["Patriot"],
            "Зенітний ракетний комплекс",
        ),
        other(
            &[
                word(
                    "Винищувачі",
                    Decl::Plural {
                        anim: false,
                        soft: false,
                        genitive: GenPl::Iv,
                    },
                ),
                fixed("F-16"),
            ],
            Plural,
            &["F-16"],
            "Багатоцільові винищувачі",
        ),
        other(
            &[word("Марафон", INST), fixed("«Єдині новини»")],
            Masc,
            &[],
            "Телевізійний марафон",
        ),
        other(
            &[word("Ініціатива", Decl::FemA), fixed("«Зерно з України»")],
            Fem,
            &[],
            "Гуманітарна продовольча програма",
        ),
        other(
            &[word("Платформа", Decl::FemA), fixed("«Дія»")],
            Fem,
            &[],
            "Державний цифровий сервіс",
        ),
    ]
}

/// Programmes, projects, initiatives and laws.
pub(super) fn generated_other(rng: &mut Rng, relaxed: bool) -> Draft {
    const PROGRAMS: &[&str] = &[
        "єОселя",
        "єВідновлення",
        "Армія дронів",
        "Зроблено в Україні",
        "Пліч-о-пліч",
        "Власна справа",
        "Національний кешбек",
        "Шкільний автобус",
        "Тепла зима",
        "Світло громадам",
        "Чиста вода",
        "Безпечні дороги",
        "Цифрова громада",
        "Зелений кредит",
        "Доступні ліки",
        "Ветеранський бізнес",
        "Знання без меж",
        "Доступні кредити 5-7-9%",
    ];
    const LAWS: &[&str] = &[
        "мобілізацію",
        "санкції",
        "медіа",
        "корінні народи",
        "енергоефективність будівель",
        "державну службу",
        "критичну інфраструктуру",
        "електронні комунікації",
        "ринок землі",
        "кібербезпеку",
        "віртуальні активи",
        "місцеве самоврядування",
        "військовий облік",
    ];
    let title = if rng.chance(0.4) {
        rng.pick(PROGRAMS).to_string()
    } else {
        brand(rng, relaxed)
    };
    let (head, decl, gender, what) = match rng.below(5) {
        0 => ("Програма", Decl::FemA, Fem, "Державна програма"),
        1 => ("Проєкт", INST, Masc, "Проєкт"),
        2 => ("Ініціатива", Decl::FemA, Fem, "Громадська ініціатива"),
        3 => ("Платформа", Decl::FemA, Fem, "Цифрова платформа"),
        _ => {
            let law = rng.pick(LAWS);
            let tail = if relaxed {
                format!("про {law} («{title}»)")
            } else {
                format!("про {law}")
            };
            return Draft {
                lower_in_text: true,
                abroad: false,
                actor: Actor::Gov,
                kind: Kind::Other,
                name: name(&[word("Закон", INST), fixed(&tail)], Masc),
                short: None,
                role: None,
                aliases: Vec::new(),
                description: "Закон України".to_string(),
            };
        }
    };
    Draft {
        lower_in_text: true,
        abroad: false,
        actor: Actor::Gov,
        kind: Kind::Other,
        name: name(&[word(head, decl), fixed(&format!("«{title}»"))], gender),
        short: None,
        role: None,
        aliases: Vec::new(),
        description: what.to_string(),
    }
}
