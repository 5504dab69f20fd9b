//! Common Ukrainian first names, in every case: a surname right after a first name that
//! is not the entity's own (Олена Климова beside Ігор Климов, Петро Шевченко beside Тарас
//! Шевченко) names a namesake, and a surname alias that is itself a first name, followed
//! by another surname (Гордій Савчук beside Максим Гордій), names another person.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::text::is_apostrophe;
use crate::analyze::inflect;

/// The first names most often met in Ukrainian news, in the nominative.
const GIVEN_NAMES: &str = "\
    Олександр Андрій Сергій Володимир Дмитро Олексій Іван Михайло Юрій Віктор Василь \
    Микола Петро Павло Ігор Олег Роман Богдан Віталій Ярослав Максим Артем Денис Тарас \
    Євген Анатолій Валерій Валентин Григорій Геннадій Степан Борис Костянтин Леонід \
    Станіслав Вадим Руслан Антон Ілля Кирило Назар Остап Орест Святослав Мирослав \
    Ростислав Владислав В'ячеслав Едуард Федір Семен Яків Марко Матвій Данило Гліб \
    Тимофій Тимур Олесь Арсеній Зеновій Любомир Всеволод Гордій Захар Лука Нестор Омелян \
    Панас Устим Пилип Юліан Аркадій Артур Давид Іларіон Йосип Корній Мар'ян Мирон Назарій \
    Платон Родіон Савелій Трохим Ян Яким Вітольд Лук'ян Веніамін Олелько Ілько \
    Олена Ольга Ірина Наталія Наталя Тетяна Оксана Юлія Світлана Людмила Галина Марія \
    Анна Ганна Катерина Вікторія Анастасія Надія Любов Валентина Лариса Інна Алла Віра \
    Софія Дарина Дарія Яна Христина Мар'яна Ліна Леся Лілія Жанна Зоя Ніна Раїса Тамара \
    Зінаїда Олександра Вероніка Діана Аліна Кристина Уляна Соломія Злата Мирослава \
    Богдана Євгенія Єлизавета Карина Марина Маргарита Поліна Таміла Зоряна Роксолана \
    Іванна Василина Мілана Стефанія Емілія Олеся Ярослава Антоніна Лідія Руслана Регіна \
    Ангеліна Ілона Ельвіра Орися Віталіна Валерія Ксенія Римма Неоніла Ганна";

/// Whether `word` is a form of a common first name.
pub(super) fn is_given_name(word: &str) -> bool {
    static FORMS: OnceLock<HashSet<String>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        GIVEN_NAMES
            .split_whitespace()
            .flat_map(inflect::given_name_forms)
            .map(|form| normalise(&form))
            .collect()
    });
    forms.contains(&normalise(word))
}

/// One apostrophe for all of them (Мар'яна, Мар’яна, Марʼяна).
fn normalise(word: &str) -> String {
    word.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_are_known_in_every_case() {
        for word in [
            "Олена",
            "Олени",
            "Олені",
            "Олену",
            "Оленою",
            "Ігоря",
            "Ігореві",
            "Петром",
            "Мар’яна",
            "Гордій",
            "Любов",
        ] {
            assert!(is_given_name(word), "{word}");
        }
        for word in ["Климова", "Києва", "Харкові", "Міністр", "Шевченко"]
        {
            assert!(!is_given_name(word), "{word}");
        }
    }
}
