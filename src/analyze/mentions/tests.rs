//! Unit tests of the matcher: boundaries, capitals, apostrophes, longest match, hyphens,
//! shared aliases. The measured test set is in `testset`.

use super::*;
use EntityKind::{Organization, Person, Place};

/// Builds a matcher over `(name, kind, aliases)` and returns each mention as
/// `(surface form, entity index)`.
fn find<'t>(entities: &[(&str, EntityKind, &[&str])], text: &'t str) -> Vec<(&'t str, usize)> {
    let aliases: Vec<Vec<String>> = entities
        .iter()
        .map(|e| e.2.iter().map(|a| a.to_string()).collect())
        .collect();
    let names: Vec<EntityNames<'_>> = entities
        .iter()
        .zip(&aliases)
        .map(|(e, aliases)| EntityNames {
            name: e.0,
            aliases,
            kind: e.1,
        })
        .collect();
    let mentions = MentionMatcher::new(&names).find(text);
    mentions
        .iter()
        .map(|m| (&text[m.start..m.end], m.entity))
        .collect()
}

const KYSLYTSIA: (&str, EntityKind, &[&str]) = ("Сергій Кислиця", Person, &["Кислиця"]);

#[test]
fn finds_declined_forms_in_order() {
    let text = "Сергій Кислиця заявив, а Кислиці відповіли. З Кислицею згодні.";
    assert_eq!(
        find(&[KYSLYTSIA], text),
        [("Сергій Кислиця", 0), ("Кислиці", 0), ("Кислицею", 0)]
    );
}

#[test]
fn never_inside_a_longer_word() {
    let text = "кислий, Кислий присмак, Кислицький, Кислиця'с, Кислиця";
    assert_eq!(find(&[KYSLYTSIA], text), [("Кислиця", 0)]);
    let rada = ("Верховна Рада України", Organization, &["Рада"][..]);
    assert_eq!(
        find(&[rada], "Радаєв, Радіо Свобода, Радченко; Рада."),
        [("Рада", 0)]
    );
}

#[test]
fn capitals_must_match_the_name() {
    let nadiia = ("Надія", Person, &[][..]);
    assert_eq!(
        find(&[nadiia], "надія і надії; Надія прийшла"),
        [("Надія", 0)]
    );
    let mzs = ("Міністерство закордонних справ", Organization, &[][..]);
    assert!(find(&[mzs], "Міністерство Закордонних Справ").is_empty());
    assert_eq!(
        find(&[mzs], "Міністерству закордонних справ"),
        [("Міністерству закордонних справ", 0)]
    );
}

#[test]
fn a_headline_in_capitals_matches() {
    assert_eq!(find(&[KYSLYTSIA], "КИСЛИЦЯ ЗАЯВИВ"), [("КИСЛИЦЯ", 0)]);
}

#[test]
fn apostrophes_match_each_other_and_offsets_stay_in_the_original() {
    let daria = ("Дарʼя Каленюк", Person, &["Каленюк"][..]);
    let text = "Дар’ї Каленюк, Дар'ю Каленюк, Дар`єю Каленюк, «Каленюк»";
    let expected = [
        ("Дар’ї Каленюк", 0),
        ("Дар'ю Каленюк", 0),
        ("Дар`єю Каленюк", 0),
        ("Каленюк", 0),
    ];
    assert_eq!(find(&[daria], text), expected);
}

#[test]
fn any_space_between_words_of_a_name() {
    assert_eq!(
        find(&[KYSLYTSIA], "Сергій\u{a0}Кислиця"),
        [("Сергій\u{a0}Кислиця", 0)]
    );
    assert_eq!(
        find(&[KYSLYTSIA], "Сергій\nКислиця"),
        [("Сергій\nКислиця", 0)]
    );
    // A blank line ends a paragraph: the alias alone is found.
    assert_eq!(find(&[KYSLYTSIA], "Сергій\n\nКислиця"), [("Кислиця", 0)]);
}

#[test]
fn leftmost_longest_over_all_entities() {
    let president = ("Володимир Зеленський", Person, &["Зеленський"][..]);
    let prince = ("Володимир Великий", Person, &["Володимир"][..]);
    let text = "Володимира Зеленського порівнюють з Володимиром.";
    assert_eq!(
        find(&[president, prince], text),
        [("Володимира Зеленського", 0), ("Володимиром", 1)]
    );
}

#[test]
fn a_shorter_name_stands_where_the_longer_fails() {
    let serhii = ("Сергій Марченко", Person, &["Сергій"][..]);
    assert_eq!(
        find(&[KYSLYTSIA, serhii], "Сергій кислиця"),
        [("Сергій", 1)]
    );
}

#[test]
fn hyphens_join_two_names_but_do_not_split_one() {
    let places = [
        ("Київ", Place, &[][..]),
        ("Ковель", Place, &[][..]),
        ("Йорк", Place, &[][..]),
    ];
    assert_eq!(
        find(&places, "траса Києва-Ковеля"),
        [("Києва", 0), ("Ковеля", 1)]
    );
    assert!(find(&places, "у Нью-Йорку").is_empty());
    assert!(find(&places, "Києво-Печерська, Київщина").is_empty());
    let klychko = ("Володимир Кличко", Person, &["Кличко"][..]);
    assert_eq!(find(&[klychko], "Кличко-молодший"), [("Кличко", 0)]);
}

#[test]
fn a_shared_alias_links_to_the_most_recently_named_entity() {
    let taras = ("Тарас Шевченко", Person, &["Шевченко"][..]);
    let andrii = ("Андрій Шевченко", Person, &["Шевченко", "Шева"][..]);
    let text = "Шевченко мовчить. Тарас Шевченко писав. Шевченко. Шева забив. Шевченко радів.";
    let expected = [
        ("Тарас Шевченко", 0),
        ("Шевченко", 0),
        ("Шева", 1),
        ("Шевченко", 1),
    ];
    assert_eq!(find(&[taras, andrii], text), expected);
}

#[test]
fn grammar_can_tell_shared_surnames_apart() {
    // A woman's -енко never declines, so «Шевченка» can only be Тарас.
    let taras = ("Тарас Шевченко", Person, &["Шевченко"][..]);
    let iryna = ("Ірина Шевченко", Person, &["Шевченко"][..]);
    assert_eq!(find(&[taras, iryna], "вірші Шевченка"), [("Шевченка", 0)]);
}

#[test]
fn shared_aliases_are_reported() {
    let aliases = vec!["Шевченко".to_string()];
    let names = [
        EntityNames {
            name: "Тарас Шевченко",
            aliases: &aliases,
            kind: Person,
        },
        EntityNames {
            name: "Андрій Шевченко",
            aliases: &aliases,
            kind: Person,
        },
        EntityNames {
            name: "Київ",
            aliases: &[],
            kind: Place,
        },
    ];
    let matcher = MentionMatcher::new(&names);
    let expected = [SharedAlias {
        alias: "Шевченко".into(),
        entities: vec![0, 1],
    }];
    assert_eq!(matcher.shared_aliases(), expected);
}

#[test]
fn empty_inputs() {
    assert!(MentionMatcher::new(&[]).find("Київ").is_empty());
    assert!(find(&[KYSLYTSIA], "").is_empty());
    assert!(MentionMatcher::new(&[]).shared_aliases().is_empty());
}

#[test]
fn folding_maps_offsets_back() {
    let text = "Об’єднаних ʼ A\u{a0}Ї ü";
    let view = TextView::new(text);
    assert_eq!(
        view.folded.len() + 1,
        text.chars()
            .map(|c| if c == 'ü' { 5 } else { 1 })
            .sum::<usize>()
            + 1
    );
    assert_eq!(text::fold_str("ОБ'ЄДНАНИХ"), view.folded[..10]);
    for (i, (at, _)) in text
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| *c != 'ü')
    {
        assert_eq!(view.original(i), at);
    }
    assert_eq!(view.original(view.folded.len()), text.len());
}

#[test]
fn a_lower_case_name_word_is_capitalised_only_where_a_sentence_starts() {
    let gaulle = ("Шарль де Голль", Person, &["де Голль"][..]);
    let text = "Де Голль прибув. Потім Де Голль поїхав. «Де Голля чекали?» — Так, і де Голлю раді.";
    assert_eq!(
        find(&[gaulle], text),
        [("Де Голль", 0), ("Де Голля", 0), ("де Голлю", 0)]
    );
}

#[test]
fn a_name_the_text_quotes_is_not_found_unquoted_where_a_sentence_starts() {
    let party = ("Свобода", Organization, &[][..]);
    let text = "Список «Свободи» оприлюднили. Свобода слова — головна тема. У «Свободі» \
                заявили, що Свобода не змінить курсу.";
    assert_eq!(
        find(&[party], text),
        [("Свободи", 0), ("Свободі", 0), ("Свобода", 0)]
    );
    // Where the text never quotes it, a capital at a sentence start is the name.
    assert_eq!(
        find(&[party], "Свобода заявила про вихід."),
        [("Свобода", 0)]
    );
}

#[test]
fn a_town_genitive_before_a_noun_it_agrees_with_is_the_adjective() {
    let donetsk = ("Донецьк", Place, &[][..]);
    let text = "Донецька область під обстрілом. До Донецька повернулася тиша. Зі Донецька та \
                околиць виїхали. Донецька\nобласна адміністрація мовчить.";
    assert_eq!(find(&[donetsk], text), [("Донецька", 0), ("Донецька", 0)]);
    // After a preposition that takes the genitive, it is the town before any word.
    let sloviansk = ("Слов'янськ", Place, &[][..]);
    let text = "З Дружківки до Слов'янська щодня курсують автобуси. Поблизу Словʼянська\nтиша. \
                Слов'янська МВА звітує.";
    assert_eq!(
        find(&[sloviansk], text),
        [("Слов'янська", 0), ("Словʼянська", 0)]
    );
    // A name in quotes after it is the noun it qualifies: a club, a theatre.
    let luhansk = ("Луганськ", Place, &[][..]);
    let text = "Луганська «Зоря» перемогла. Уболівальники з Луганська «Зорю» підтримують.";
    assert_eq!(find(&[luhansk], text), [("Луганська", 0)]);
}

#[test]
fn an_alias_cut_short_of_a_longer_name_is_not_a_mention() {
    let sbu = (
        "Служба безпеки України",
        Organization,
        &["Служба безпеки", "СБУ"][..],
    );
    let text = "Служба безпеки затримала агента. Служба безпеки Великої Британії і Служби \
                безпеки Росії мовчать. Служби безпеки України; у Службі безпеки заявили.";
    assert_eq!(
        find(&[sbu], text),
        [
            ("Служба безпеки", 0),
            ("Служби безпеки України", 0),
            ("Службі безпеки", 0)
        ]
    );
    // The entity's own name may follow its alias: Рада України is Верховна Рада України.
    let rada = ("Верховна Рада України", Organization, &["Рада"][..]);
    assert_eq!(
        find(&[rada], "Рада Європи критикує, Рада України мовчить."),
        [("Рада", 0)]
    );
    // A full name is never cut: the rule is for aliases only.
    let ministry = ("Міністерство оборони", Organization, &[][..]);
    assert_eq!(
        find(&[ministry], "Міністерство оборони Росії"),
        [("Міністерство оборони", 0)]
    );
}

#[test]
fn a_person_in_apposition_does_not_cut_an_alias() {
    let commission = ("Європейська комісія", Organization, &["Єврокомісія"][..]);
    let office = (
        "Офіс Президента України",
        Organization,
        &["Офіс президента"][..],
    );
    let president = ("Володимир Зеленський", Person, &["Зеленський"][..]);
    let entities = [commission, office, president];
    let text = "голови Єврокомісії Урсули фон дер Ляєн; керівника Офісу президента Андрія \
                Єрмака; голова Офісу президента Андрій Єрмак; Офісу президента Зеленського.";
    assert_eq!(
        find(&entities, text),
        [
            ("Єврокомісії", 0),
            ("Офісу президента", 1),
            ("Офісу президента", 1),
            ("Офісу президента", 1),
            ("Зеленського", 2)
        ]
    );
}

#[test]
fn apostrophes_in_a_first_name_before_an_adjectival_surname() {
    let daria = ("Дар'я Біла", Person, &["Біла"][..]);
    let text = "Дар’ї Білої, Дарʼї Білій, Дар'єю Білою, Білу";
    assert_eq!(
        find(&[daria], text),
        [
            ("Дар’ї Білої", 0),
            ("Дарʼї Білій", 0),
            ("Дар'єю Білою", 0),
            ("Білу", 0)
        ]
    );
}

/// The character tests with a fast path for Cyrillic, ASCII and punctuation answer as the
/// general ones, for every character.
#[test]
fn character_classes_agree_with_unicode() {
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let word = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{ad}';
        assert_eq!(text::is_word_char(c), word, "{c:?}");
        assert_eq!(text::is_upper(c), c.is_uppercase(), "{c:?}");
        assert_eq!(text::is_space(c), c.is_whitespace(), "{c:?}");
    }
}

/// Every character that folds to what a pattern starts with, when that is a letter or
/// digit, is a word character: the matcher looks for mentions at the initials of words
/// only (a pattern that starts otherwise, as ʼ folds to an apostrophe, makes it scan).
#[test]
fn folded_initials_are_word_characters() {
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if text::starts_with_word_char(&text::fold_str(&c.to_string())) {
            assert!(text::is_word_char(c), "{c:?}");
        }
    }
}

#[test]
fn a_surname_after_another_first_name_is_a_namesake() {
    let klymov = ("Ігор Климов", Person, &["Климов"][..]);
    let text = "Ігор Климов приїхав. Допомогла дружина Олена Климова, і Климова подякували. \
        Брат Петро Климов мовчав. У Харкові Климов виступив, а мер Києва Климов ні.";
    assert_eq!(
        find(&[klymov], text),
        [
            ("Ігор Климов", 0),
            ("Климова", 0),
            ("Климов", 0),
            ("Климов", 0)
        ]
    );
}

#[test]
fn a_surname_that_is_a_first_name_before_another_surname_is_someone_else() {
    let hordii = ("Максим Гордій", Person, &["Гордій"][..]);
    let text = "Гордій запевнив депутатів. Серед волонтерів — ветеран Гордій Савчук. \
        Гордій ЗСУ подякував.";
    assert_eq!(find(&[hordii], text), [("Гордій", 0), ("Гордій", 0)]);
}

#[test]
fn a_possessive_in_ovi_before_its_plural_noun_is_no_mention() {
    let shevchenko = ("Тарас Шевченко", Person, &["Шевченко"][..]);
    let text = "Шевченкові вірші читали. Пам'ятник Шевченкові відкрили. Шевченкові \
        присвятили вечір, а Шевченкові тоді подарували книгу. Доручили Шевченкові написати.";
    assert_eq!(find(&[shevchenko], text), [("Шевченкові", 0); 4]);
}

#[test]
fn a_plural_noun_in_ti_makes_a_possessive_but_an_infinitive_keeps_the_dative() {
    let franko = ("Іван Франко", Person, &["Франко"][..]);
    // листи, факти: a consonant before -ти marks a plural noun; принести, допомогти and
    // прийти are of the few infinitives with one, читати has a vowel.
    let text = "Франкові листи зберігають у Львові, Франкові факти відомі. Доручили \
        Франкові принести книгу, Франкові допомогти, Франкові прийти, Франкові читати.";
    assert_eq!(find(&[franko], text), [("Франкові", 0); 4]);
}

#[test]
fn a_bare_surname_entity_keeps_any_first_name_before_it() {
    let zaluzhnyi = ("Залужний", Person, &[][..]);
    assert_eq!(
        find(&[zaluzhnyi], "Генерал Валерій Залужний прибув."),
        [("Залужний", 0)]
    );
}
