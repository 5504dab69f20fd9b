//! Job titles such as «речник Міністерства закордонних справ України»: the head noun
//! declines, the genitive complement does not.

use super::Entity;
use super::draft::{PERSON_ANIM, fixed, word};
use crate::grammar::{
    Case, Decl, Forms,
    Gender::{Fem, Masc},
    lower_first, prep_u,
};
use crate::rng::Rng;

const THINK_TANK_GEN: &[&str] = &[
    "Центру економічної стратегії",
    "Інституту світової політики",
    "Українського інституту майбутнього",
    "Центру спільних дій",
    "Інституту демократії імені Пилипа Орлика",
    "Київської школи економіки",
    "Фонду «Демократичні ініціативи»",
];
const MINISTRY_GEN: &[&str] = &[
    "закордонних справ України",
    "оборони України",
    "фінансів",
    "енергетики",
    "економіки",
    "цифрової трансформації",
    "внутрішніх справ",
    "з питань стратегічних галузей промисловості",
];
const ADVISER_GEN: &[&str] = &[
    "президента України",
    "прем’єр-міністра",
    "міністра оборони",
    "голови Верховної Ради",
    "керівника Офісу президента",
];
const COMMAND_GEN: &[&str] = &[
    "Повітряних сил ЗСУ",
    "Сухопутних військ ЗСУ",
    "Сил безпілотних систем",
    "Військово-морських сил ЗСУ",
    "угруповання військ «Хортиця»",
    "Сил територіальної оборони",
];
/// Countries in the locative, for «посол України в …».
const COUNTRY_LOC: &[&str] = &[
    "Німеччині",
    "Польщі",
    "Франції",
    "США",
    "Туреччині",
    "Великій Британії",
    "Японії",
    "Канаді",
    "Італії",
    "Румунії",
    "Литві",
    "Молдові",
];

/// A job title such as «речник Міністерства закордонних справ України»: the head
/// noun declines, the genitive complement does not.
pub(super) fn role(rng: &mut Rng, female: bool, orgs: &[Entity], places: &[Entity]) -> Forms {
    let hard = PERSON_ANIM;
    let head = |m: (&str, Decl), f: (&str, Decl)| {
        let (nom, decl) = if female { f } else { m };
        word(nom, decl)
    };
    let org_gen = |rng: &mut Rng| {
        let org = rng.pick(orgs);
        let genitive = match &org.short {
            Some(short) if rng.chance(0.5) => short.forms.get(Case::Gen),
            _ => org.name.forms.get(Case::Gen),
        };
        if org.lower_in_text {
            lower_first(genitive)
        } else {
            genitive.to_string()
        }
    };
    let choice = rng.below(10);
    let (head, tail) = match choice {
        0 | 1 if !orgs.is_empty() => (
            head(("речник", hard), ("речниця", Decl::FemYa)),
            org_gen(rng),
        ),
        2 if !orgs.is_empty() => (
            head(("голова", Decl::FemA), ("голова", Decl::FemA)),
            org_gen(rng),
        ),
        3 if !orgs.is_empty() => (
            head(("директор", hard), ("директорка", Decl::FemA)),
            org_gen(rng),
        ),
        4 => (
            head(("заступник", hard), ("заступниця", Decl::FemYa)),
            format!("міністра {}", rng.pick(MINISTRY_GEN)),
        ),
        5 => (
            head(("радник", hard), ("радниця", Decl::FemYa)),
            rng.pick(ADVISER_GEN).to_string(),
        ),
        6 => (
            head(("експерт", hard), ("експертка", Decl::FemA)),
            rng.pick(THINK_TANK_GEN).to_string(),
        ),
        7 if places.iter().any(|p| !p.abroad) => {
            let home: Vec<&Entity> = places.iter().filter(|p| !p.abroad).collect();
            let city = rng.pick(&home).name.forms.get(Case::Gen).to_string();
            if female {
                let title = Forms::phrase(&[
                    word(
                        "міська",
                        Decl::Adj {
                            gender: Fem,
                            anim: true,
                        },
                    ),
                    word("голова", Decl::FemA),
                ]);
                (title, city)
            } else {
                (word("мер", hard), city)
            }
        }
        8 if !female => (word("командувач", hard), rng.pick(COMMAND_GEN).to_string()),
        9 if !female => {
            let country = rng.pick(COUNTRY_LOC);
            let posol =
                Forms::explicit(["посол", "посла", "послові", "посла", "послом", "послові"]);
            (posol, format!("України {} {country}", prep_u(country)))
        }
        _ => {
            let adj = if female {
                "народна"
            } else {
                "народний"
            };
            let g = if female { Fem } else { Masc };
            let title = Forms::phrase(&[
                word(
                    adj,
                    Decl::Adj {
                        gender: g,
                        anim: true,
                    },
                ),
                head(("депутат", hard), ("депутатка", Decl::FemA)),
            ]);
            (title, "України".to_string())
        }
    };
    Forms::phrase(&[head, fixed(&tail)])
}
