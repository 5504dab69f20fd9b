//! Real cities in Ukraine and abroad, hand-declined where irregular, and the ones
//! that host conferences and summits.

use super::draft::{ADJ_M, ADJ_N, CITY, CITY_ALT};
use crate::grammar::{
    Decl, Forms, GenPl,
    Gender::{self, Fem, Masc, Neut, Plural},
    decline,
};

/// (name, forms, gender, description): real cities, hand-declined where irregular.
pub(super) fn real_places() -> Vec<(&'static str, Forms, Gender, &'static str)> {
    let d = |nom: &'static str, decl: Decl, g: Gender, desc: &'static str| {
        (nom, decline(nom, decl), g, desc)
    };
    let e = |forms: [&'static str; 6], g: Gender, desc: &'static str| {
        (forms[0], Forms::explicit(forms), g, desc)
    };
    let pl = |nom: &'static str, soft: bool, genitive: GenPl, desc: &'static str| {
        let decl = Decl::Plural {
            anim: false,
            soft,
            genitive,
        };
        (nom, decline(nom, decl), Plural, desc)
    };
    vec![
        d("Київ", CITY_ALT, Masc, "Столиця України"),
        d(
            "Харків",
            CITY_ALT,
            Masc,
            "Місто на сході України, обласний центр",
        ),
        d("Одеса", Decl::FemA, Fem, "Портове місто на півдні України"),
        d(
            "Дніпро",
            Decl::MascO { anim: false },
            Masc,
            "Місто в центрі України",
        ),
        d("Львів", CITY_ALT, Masc, "Місто на заході України"),
        d(
            "Запоріжжя",
            Decl::NeutYa,
            Neut,
            "Обласний центр на півдні України",
        ),
        pl(
            "Суми",
            false,
            GenPl::Zero,
            "Обласний центр на північному сході України",
        ),
        pl(
            "Черкаси",
            false,
            GenPl::Zero,
            "Обласний центр у центрі України",
        ),
        pl(
            "Чернівці",
            true,
            GenPl::Iv,
            "Обласний центр на заході України",
        ),
        pl("Бровари", false, GenPl::Iv, "Місто в Київській області"),
        d(
            "Миколаїв",
            CITY_ALT,
            Masc,
            "Обласний центр на півдні України",
        ),
        d(
            "Чернігів",
            CITY_ALT,
            Masc,
            "Обласний центр на півночі України",
        ),
        d(
            "Полтава",
            Decl::FemA,
            Fem,
            "Обласний центр у центрі України",
        ),
        d("Вінниця", Decl::FemYa, Fem, "Обласний центр на Поділлі"),
        d("Херсон", CITY, Masc, "Обласний центр на півдні України"),
        d("Житомир", CITY, Masc, "Обласний центр на півночі України"),
        d("Ужгород", CITY, Masc, "Обласний центр на Закарпатті"),
        d("Луцьк", CITY, Masc, "Обласний центр на Волині"),
        d("Рівне", ADJ_N, Neut, "Обласний центр на заході України"),
        d(
            "Кропивницький",
            ADJ_M,
            Masc,
            "Обласний центр у центрі України",
        ),
        d("Хмельницький", ADJ_M, Masc, "Обласний центр на Поділлі"),
        d(
            "Івано-Франківськ",
            CITY,
            Masc,
            "Обласний центр у Прикарпатті",
        ),
        d("Краматорськ", CITY, Masc, "Місто в Донецькій області"),
        d("Слов’янськ", CITY, Masc, "Місто в Донецькій області"),
        d("Покровськ", CITY, Masc, "Місто в Донецькій області"),
        d("Бахмут", CITY, Masc, "Місто в Донецькій області"),
        d("Куп’янськ", CITY, Masc, "Місто в Харківській області"),
        d("Ізюм", CITY, Masc, "Місто в Харківській області"),
        d("Кременчук", CITY, Masc, "Місто в Полтавській області"),
        d("Буча", Decl::FemA, Fem, "Місто в Київській області"),
        e(
            [
                "Тернопіль",
                "Тернополя",
                "Тернополю",
                "Тернопіль",
                "Тернополем",
                "Тернополі",
            ],
            Masc,
            "Обласний центр на заході України",
        ),
        e(
            [
                "Маріуполь",
                "Маріуполя",
                "Маріуполю",
                "Маріуполь",
                "Маріуполем",
                "Маріуполі",
            ],
            Masc,
            "Тимчасово окуповане місто в Донецькій області",
        ),
        e(
            [
                "Нікополь",
                "Нікополя",
                "Нікополю",
                "Нікополь",
                "Нікополем",
                "Нікополі",
            ],
            Masc,
            "Місто в Дніпропетровській області",
        ),
        e(
            ["Ірпінь", "Ірпеня", "Ірпеню", "Ірпінь", "Ірпенем", "Ірпені"],
            Masc,
            "Місто в Київській області",
        ),
        e(
            [
                "Біла Церква",
                "Білої Церкви",
                "Білій Церкві",
                "Білу Церкву",
                "Білою Церквою",
                "Білій Церкві",
            ],
            Fem,
            "Місто в Київській області",
        ),
        e(
            [
                "Кривий Ріг",
                "Кривого Рогу",
                "Кривому Рогу",
                "Кривий Ріг",
                "Кривим Рогом",
                "Кривому Розі",
            ],
            Masc,
            "Місто в Дніпропетровській області",
        ),
    ]
}

/// Cities abroad, where talks and summits happen.
pub(super) fn foreign_places() -> Vec<(&'static str, Forms, Gender, &'static str)> {
    let d = |nom: &'static str, decl: Decl, g: Gender, desc: &'static str| {
        (nom, decline(nom, decl), g, desc)
    };
    vec![
        d("Стамбул", CITY, Masc, "Місто в Туреччині"),
        d("Варшава", Decl::FemA, Fem, "Столиця Польщі"),
        (
            "Брюссель",
            Forms::explicit([
                "Брюссель",
                "Брюсселя",
                "Брюсселю",
                "Брюссель",
                "Брюсселем",
                "Брюсселі",
            ]),
            Masc,
            "Столиця Бельгії",
        ),
        d("Вашингтон", CITY, Masc, "Столиця США"),
        d("Берлін", CITY, Masc, "Столиця Німеччини"),
        d("Лондон", CITY, Masc, "Столиця Великої Британії"),
        d("Париж", CITY, Masc, "Столиця Франції"),
        d("Вільнюс", CITY, Masc, "Столиця Литви"),
        d("Женева", Decl::FemA, Fem, "Місто у Швейцарії"),
        d("Прага", Decl::FemA, Fem, "Столиця Чехії"),
    ]
}

/// Ukrainian cities that host conferences and summits.
pub(super) const VENUES: &[&str] = &[
    "Київ",
    "Львів",
    "Одеса",
    "Вінниця",
    "Ужгород",
    "Чернівці",
    "Івано-Франківськ",
    "Луцьк",
    "Рівне",
    "Тернопіль",
    "Біла Церква",
];
