//! Multi-word names of organisations, places and events: which words agree with the
//! head and change, which stay; hyphenated names and abbreviations.

use super::*;
use EntityKind::{Event, Organization, Other, Place};

#[test]
fn head_and_agreeing_adjectives_change_genitives_stay() {
    has(
        "Міністерство закордонних справ",
        Organization,
        &[
            "Міністерства закордонних справ",
            "Міністерстві закордонних справ",
        ],
    );
    has(
        "Верховна Рада",
        Organization,
        &[
            "Верховної Ради",
            "Верховній Раді",
            "Верховну Раду",
            "Верховною Радою",
        ],
    );
    has(
        "Європейський Союз",
        Organization,
        &["Європейського Союзу", "Європейським Союзом"],
    );
    has(
        "Всесвітній економічний форум",
        Event,
        &["Всесвітнього економічного форуму"],
    );
    has("Рада Європи", Organization, &["Ради Європи"]);
    lacks("Рада Європи", Organization, &["Ради Європ"]);
    has("Софія Київська", Place, &["Софію Київську"]);
    has("Республіка Польща", Place, &["Республіки Польща"]);
    has(
        "Державне бюро розслідувань",
        Organization,
        &["Державного бюро розслідувань"],
    );
}

#[test]
fn short_possessive_adjective_before_a_masculine_noun() {
    has(
        "Соколів Брід",
        Place,
        &["Соколового Броду", "Соколовому Броді", "Соколовим Бродом"],
    );
    has(
        "Марусин Гай",
        Place,
        &["Марусиного Гаю", "Марусиному Гаї", "Марусиним Гаєм"],
    );
    has("Андріїв Яр", Place, &["Андрієвого Яру", "Андрієвим Яром"]);
    // Alone the same words are nouns: Борисів → Борисова, Святошин → Святошина.
    has("Борисів", Place, &["Борисова", "Борисові"]);
    has("Святошин", Place, &["Святошина", "Святошині"]);
    lacks("Борисів", Place, &["Борисового"]);
    lacks("Святошин", Place, &["Святошиного"]);
    // Not before a feminine noun, nor before an adjective.
    lacks("Борисів Гора", Place, &["Борисового Гори"]);
    lacks("Харків Новий", Place, &["Харкового Нового"]);
}

#[test]
fn third_declension_after_a_feminine_adjective() {
    has(
        "Київська Русь",
        Place,
        &["Київської Русі", "Київською Руссю"],
    );
    has(
        "Бєлгородська область",
        Place,
        &["Бєлгородської області", "Бєлгородською областю"],
    );
}

#[test]
fn hyphenated_names() {
    has(
        "Івано-Франківськ",
        Place,
        &["Івано-Франківська", "Івано-Франківську"],
    );
    has("Ростов-на-Дону", Place, &["Ростова-на-Дону"]);
    // Before a dot, the first word declines and the rest stays.
    has("Дія.City", Other, &["Дії.City", "Дією.City", "Дію.City"]);
    has("Дія.Бізнес", Organization, &["Дії.Бізнес"]);
    lacks("Дія.City", Other, &["Дія.Cityа"]);
    // A first part in -о is a linking vowel: only the adjective after it declines.
    has(
        "Олександро-Шультине",
        Place,
        &["Олександро-Шультиного", "Олександро-Шультиному"],
    );
    lacks("Олександро-Шультине", Place, &["Олександра-Шультиного"]);
    // A lower-case compound declines as a whole, a year after a hyphen stays.
    has(
        "Українська прем'єр-ліга",
        Organization,
        &["Української прем'єр-ліги", "Українській прем'єр-лізі"],
    );
    has(
        "Євробачення-2025",
        Event,
        &["Євробаченні-2025", "Євробаченням-2025"],
    );
    has(
        "Олімпіада-2026",
        Event,
        &["Олімпіаду-2026", "Олімпіади-2026"],
    );
}

#[test]
fn lone_adjectives_and_mixed_stems() {
    has("Незламні", Organization, &["Незламних", "Незламними"]);
    has("Чернеча гора", Place, &["Чернечої гори", "Чернечій горі"]);
    has("Борова", Place, &["Борової", "Боровій"]);
    has(
        "Третя штурмова",
        Organization,
        &["Третьої штурмової", "Третьою штурмовою"],
    );
    has("Селище", Place, &["Селища", "Селищу", "Селищем"]);
    has(
        "Південний міст",
        Place,
        &["Південного мосту", "Південним мостом"],
    );
    lacks("Селище", Place, &["Селищя"]);
    // A preposition is not an adjective: what follows the head stays.
    has("Революція на граніті", Event, &["Революції на граніті"]);
}

#[test]
fn ordinals_in_figures_change_their_ending() {
    has(
        "59-та окрема штурмова бригада",
        Organization,
        &[
            "59-ї окремої штурмової бригади",
            "59-й окремій штурмовій бригаді",
            "59-ту окрему штурмову бригаду",
            "59-ю окремою штурмовою бригадою",
        ],
    );
    has(
        "3-тя бригада",
        Organization,
        &["3-ї бригади", "3-тю бригаду"],
    );
    has("47-й полк", Organization, &["47-го полку", "47-м полком"]);
}

#[test]
fn only_things_that_are_counted_have_a_plural() {
    has("Нептун", Other, &["Нептуни", "Нептунами", "Нептунів"]);
    has("Довгий Нептун", Other, &["Довгими Нептунами"]);
    lacks("Стамбул", Place, &["Стамбули", "Стамбулами"]);
}

#[test]
fn abbreviations_never_change() {
    assert_eq!(surface_forms("МЗС", Organization), ["МЗС"]);
    assert_eq!(surface_forms("США", Place), ["США"]);
    has("Рада безпеки ООН", Organization, &["Ради безпеки ООН"]);
    has("Каховська ГЕС", Place, &["Каховської ГЕС"]);
}

#[test]
fn open_to_genitive_names() {
    assert!(open_to_genitive("Рада"));
    assert!(open_to_genitive("Верховна Рада"));
    assert!(open_to_genitive("Служба безпеки"));
    assert!(!open_to_genitive("Рада Європи"));
    assert!(!open_to_genitive("Рада безпеки ООН"));
    assert!(!open_to_genitive("МЗС"));
    assert!(!open_to_genitive(" "));
}
