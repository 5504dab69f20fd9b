//! The real organisations: Ukrainian state bodies and companies, and international
//! organisations, with their abbreviations.

use super::draft::{ADJ_F, ADJ_M, ADJ_N, ADJ_PL, Draft, INST, fixed, word};
use super::organizations::org;
use crate::grammar::{
    Decl, Forms, GenPl,
    Gender::{self, Fem, Masc, Neut, Plural},
};
use crate::vocab::Actor;

/// Real organisations, with international ones as partners and state companies
/// as businesses.
pub(super) fn real_organizations() -> Vec<Draft> {
    const PARTNERS: &[&str] = &[
        "ЄС",
        "ООН",
        "НАТО",
        "МВФ",
        "МАГАТЕ",
        "Єврокомісія",
        "Радбез ООН",
    ];
    const COMPANIES: &[&str] = &[
        "Нафтогаз",
        "Укрзалізниця",
        "Укренерго",
        "Енергоатом",
        "Укрпошта",
        "Укроборонпром",
    ];
    let mut orgs = state_and_international_organizations();
    for d in &mut orgs {
        let short = d
            .short
            .as_ref()
            .map_or(d.name.forms.nom(), |s| s.forms.nom());
        if PARTNERS.contains(&short) || d.name.forms.nom() == "Світовий банк" {
            d.actor = Actor::Partner;
        } else if COMPANIES.contains(&short) {
            d.actor = Actor::Business;
        }
    }
    orgs
}

fn state_and_international_organizations() -> Vec<Draft> {
    let ministry = |tail: &str, short: Option<(Forms, Gender)>, what: &str| {
        org(
            &[word("Міністерство", Decl::NeutO), fixed(tail)],
            Neut,
            short,
            &format!("Центральний орган виконавчої влади у сфері {what}"),
        )
    };
    // Abbreviations do not decline and agree with the head noun of the full name.
    let abbr = |s: &str, g: Gender| Some((fixed(s), g));
    vec![
        org(
            &[
                word("Генеральний", ADJ_M),
                word("штаб", INST),
                fixed("Збройних сил України"),
            ],
            Masc,
            Some((word("Генштаб", INST), Masc)),
            "Головний орган військового управління Збройних сил України",
        ),
        ministry(
            "закордонних справ України",
            abbr("МЗС", Neut),
            "зовнішньої політики",
        ),
        ministry("оборони України", abbr("Міноборони", Neut), "оборони"),
        ministry(
            "фінансів України",
            Some((word("Мінфін", INST), Masc)),
            "фінансів",
        ),
        ministry(
            "охорони здоров’я України",
            abbr("МОЗ", Neut),
            "охорони здоров’я",
        ),
        ministry("енергетики України", abbr("Міненерго", Neut), "енергетики"),
        ministry(
            "внутрішніх справ України",
            abbr("МВС", Neut),
            "внутрішніх справ",
        ),
        ministry(
            "юстиції України",
            Some((word("Мін’юст", INST), Masc)),
            "юстиції",
        ),
        ministry("освіти і науки України", abbr("МОН", Neut), "освіти"),
        org(
            &[
                word("Національний", ADJ_M),
                word("банк", INST),
                fixed("України"),
            ],
            Masc,
            abbr("НБУ", Masc),
            "Центральний банк України",
        ),
        org(
            &[word("Служба", Decl::FemA), fixed("безпеки України")],
            Fem,
            abbr("СБУ", Fem),
            "Спецслужба України",
        ),
        org(
            &[
                word("Збройні", ADJ_PL),
                word(
                    "сили",
                    Decl::Plural {
                        anim: false,
                        soft: false,
                        genitive: GenPl::Zero,
                    },
                ),
                fixed("України"),
            ],
            Plural,
            abbr("ЗСУ", Plural),
            "Військове формування України",
        ),
        org(
            &[
                word("Верховна", ADJ_F),
                word("Рада", Decl::FemA),
                fixed("України"),
            ],
            Fem,
            Some((
                Forms::phrase(&[word("Верховна", ADJ_F), word("Рада", Decl::FemA)]),
                Fem,
            )),
            "Парламент України",
        ),
        org(
            &[word("Кабінет", INST), fixed("Міністрів України")],
            Masc,
            Some((word("Кабмін", INST), Masc)),
            "Вищий орган виконавчої влади України",
        ),
        org(
            &[word("Офіс", INST), fixed("президента України")],
            Masc,
            abbr("ОП", Masc),
            "Постійно діючий допоміжний орган при президентові України",
        ),
        org(
            &[
                word("Національне", ADJ_N),
                word("антикорупційне", ADJ_N),
                fixed("бюро України"),
            ],
            Neut,
            abbr("НАБУ", Neut),
            "Антикорупційний правоохоронний орган",
        ),
        org(
            &[word("Державне", ADJ_N), fixed("бюро розслідувань")],
            Neut,
            abbr("ДБР", Neut),
            "Правоохоронний орган",
        ),
        org(
            &[
                word("Державна", ADJ_F),
                word("служба", Decl::FemA),
                fixed("України з надзвичайних ситуацій"),
            ],
            Fem,
            abbr("ДСНС", Fem),
            "Служба цивільного захисту",
        ),
        org(
            &[
                word("Національна", ADJ_F),
                word("поліція", Decl::FemYa),
                fixed("України"),
            ],
            Fem,
            Some((word("Нацполіція", Decl::FemYa), Fem)),
            "Центральний орган виконавчої влади у сфері правопорядку",
        ),
        org(
            &[word("Європейський", ADJ_M), word("Союз", INST)],
            Masc,
            abbr("ЄС", Masc),
            "Політичний та економічний союз європейських держав",
        ),
        org(
            &[word("Організація", Decl::FemYa), fixed("Об’єднаних Націй")],
            Fem,
            abbr("ООН", Fem),
            "Міжнародна організація",
        ),
        org(
            &[word("Північноатлантичний", ADJ_M), word("альянс", INST)],
            Masc,
            abbr("НАТО", Masc),
            "Військово-політичний союз",
        ),
        org(
            &[
                word("Міжнародний", ADJ_M),
                word("валютний", ADJ_M),
                word("фонд", INST),
            ],
            Masc,
            abbr("МВФ", Masc),
            "Міжнародна фінансова організація",
        ),
        org(
            &[word("Світовий", ADJ_M), word("банк", INST)],
            Masc,
            None,
            "Міжнародна фінансова організація",
        ),
        org(
            &[word("Рада", Decl::FemA), fixed("безпеки ООН")],
            Fem,
            Some((Forms::phrase(&[word("Радбез", INST), fixed("ООН")]), Masc)),
            "Орган ООН, відповідальний за міжнародний мир і безпеку",
        ),
        org(
            &[
                word("Міжнародне", ADJ_N),
                word("агентство", Decl::NeutO),
                fixed("з атомної енергії"),
            ],
            Neut,
            abbr("МАГАТЕ", Neut),
            "Міжнародна організація з питань ядерної безпеки",
        ),
        org(
            &[word("Європейська", ADJ_F), word("комісія", Decl::FemYa)],
            Fem,
            Some((word("Єврокомісія", Decl::FemYa), Fem)),
            "Виконавчий орган Європейського Союзу",
        ),
        org(
            &[word("Нафтогаз", INST), fixed("України")],
            Masc,
            Some((word("Нафтогаз", INST), Masc)),
            "Національна акціонерна компанія",
        ),
        org(
            &[word("Укрзалізниця", Decl::FemYa)],
            Fem,
            None,
            "Державна залізнична компанія",
        ),
        org(
            &[fixed("Укренерго")],
            Neut,
            None,
            "Оператор системи передачі електроенергії",
        ),
        org(
            &[word("Енергоатом", INST)],
            Masc,
            None,
            "Оператор українських АЕС",
        ),
        org(
            &[word("Укрпошта", Decl::FemA)],
            Fem,
            None,
            "Національний поштовий оператор",
        ),
        org(
            &[word("Укроборонпром", INST)],
            Masc,
            None,
            "Оборонний концерн",
        ),
        org(
            &[word("Центр", INST), fixed("протидії дезінформації")],
            Masc,
            abbr("ЦПД", Masc),
            "Робочий орган РНБО",
        ),
        org(
            &[
                word("Рада", Decl::FemA),
                fixed("національної безпеки і оборони України"),
            ],
            Fem,
            abbr("РНБО", Fem),
            "Координаційний орган з питань національної безпеки",
        ),
        org(
            &[
                word("Вищий", ADJ_M),
                word("антикорупційний", ADJ_M),
                word("суд", INST),
            ],
            Masc,
            abbr("ВАКС", Masc),
            "Спеціалізований антикорупційний суд",
        ),
    ]
}
