//! Made-up brand names for companies, funds and programmes («Енергоінвест», «Green
//! Grid»), with a historical region added once the plain names run out.

use crate::rng::Rng;

/// Historical regions, for brand variants like «Енергоінвест-Поділля».
const LANDS: &[&str] = &[
    "Поділля",
    "Волинь",
    "Слобожанщина",
    "Полісся",
    "Буковина",
    "Галичина",
    "Таврія",
    "Донбас",
    "Придніпров’я",
    "Закарпаття",
    "Сіверщина",
    "Покуття",
];

const BRAND_HEADS: &[&str] = &[
    "Енерго",
    "Агро",
    "Буд",
    "Нафто",
    "Транс",
    "Мед",
    "Фарм",
    "Техно",
    "Укр",
    "Дніпро",
    "Кий",
    "Карпат",
    "Зерно",
    "Метал",
    "Сталь",
    "Водо",
    "Газо",
    "Хліб",
    "Авіа",
    "Інфо",
];
const BRAND_TAILS: &[&str] = &[
    "інвест",
    "сервіс",
    "холдинг",
    "пром",
    "альянс",
    "тех",
    "трейд",
    "груп",
    "лайн",
    "бізнес",
    "ресурс",
    "систем",
    "експорт",
    "маш",
    "логістик",
];
const BRANDS_LATIN: &[&str] = &[
    "Green Grid",
    "Kyiv Digital",
    "Nova Energy",
    "Black Sea Logistics",
    "Dnipro Tech",
    "Carpathian Capital",
    "Steppe Agro",
    "Polissia Timber",
    "Bright Future Lab",
    "Open Data Hub",
    "Smart City Lviv",
    "Ukrainian Wind",
];
const BRANDS_PHRASE: &[&str] = &[
    "Повернись живим",
    "Крила надії",
    "Серце України",
    "Світло для громад",
    "Право на захист",
    "Відкриті очі",
    "Добрі справи",
    "Разом сильніші",
    "Тепло домівки",
    "Голос громади",
    "Чисте небо",
    "Незламні",
];

pub(super) fn brand(rng: &mut Rng, relaxed: bool) -> String {
    let base = match rng.below(10) {
        0 => rng.pick(BRANDS_LATIN).to_string(),
        1 => rng.pick(BRANDS_PHRASE).to_string(),
        _ => format!("{}{}", rng.pick(BRAND_HEADS), rng.pick(BRAND_TAILS)),
    };
    if relaxed {
        format!("{base}-{}", rng.pick(LANDS))
    } else {
        base
    }
}
