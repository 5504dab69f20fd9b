//! Unit tests: `cargo test --example corpus`.

use crate::corpus::Corpus;
use crate::entities::Kind;
use crate::grammar::{Decl, Forms, GenPl, decline, prep_u, prep_z};
use crate::rng::Rng;
use crate::text::Writer;
use crate::{entities, translit, yaml};

fn forms(nom: &str, decl: Decl) -> Vec<String> {
    let Forms(f) = decline(nom, decl);
    f.to_vec()
}

#[test]
fn declines_names_places_and_institutions() {
    let person = Decl::Hard {
        anim: true,
        gen_u: false,
        alt: false,
    };
    assert_eq!(
        forms("Кислиця", Decl::FemYa),
        [
            "Кислиця",
            "Кислиці",
            "Кислиці",
            "Кислицю",
            "Кислицею",
            "Кислиці"
        ]
    );
    assert_eq!(
        forms("Сергій", Decl::Soft { anim: true }),
        [
            "Сергій",
            "Сергія",
            "Сергієві",
            "Сергія",
            "Сергієм",
            "Сергієві"
        ]
    );
    assert_eq!(
        forms("Мельник", person),
        [
            "Мельник",
            "Мельника",
            "Мельникові",
            "Мельника",
            "Мельником",
            "Мельникові"
        ]
    );
    assert_eq!(
        forms("Ольга", Decl::FemA),
        ["Ольга", "Ольги", "Ользі", "Ольгу", "Ольгою", "Ользі"]
    );
    let city = Decl::Hard {
        anim: false,
        gen_u: false,
        alt: true,
    };
    assert_eq!(
        forms("Харків", city),
        [
            "Харків",
            "Харкова",
            "Харкову",
            "Харків",
            "Харковом",
            "Харкові"
        ]
    );
    assert_eq!(forms("Київ", city)[1], "Києва");
    let plural = Decl::Plural {
        anim: false,
        soft: false,
        genitive: GenPl::Zero,
    };
    assert_eq!(
        forms("Суми", plural),
        ["Суми", "Сум", "Сумам", "Суми", "Сумами", "Сумах"]
    );
    let inst = Decl::Hard {
        anim: false,
        gen_u: true,
        alt: false,
    };
    assert_eq!(forms("банк", inst)[5], "банку");
    assert_eq!(forms("Міністерство", Decl::NeutO)[5], "Міністерстві");
}

#[test]
fn chooses_prepositions_by_euphony() {
    assert_eq!(prep_u("Одесі"), "в");
    assert_eq!(prep_u("Львові"), "у");
    assert_eq!(prep_z("Харковом"), "з");
    assert_eq!(prep_z("Сумами"), "із");
    assert_eq!(prep_z("Стамбулом"), "зі");
}

#[test]
fn transliterates_kmu_2010() {
    assert_eq!(translit::slug("Сергій Кислиця"), "serhii-kyslytsia");
    assert_eq!(translit::slug("Євген Ярошевич"), "yevhen-yaroshevych");
    assert_eq!(translit::slug("Згорани, Київ"), "zghorany-kyiv");
    assert_eq!(translit::slug("Слов’янськ"), "sloviansk");
    assert_eq!(
        translit::slug("Компанія «Green Grid»"),
        "kompaniia-green-grid"
    );
}

#[test]
fn quotes_yaml_only_when_needed() {
    assert_eq!(yaml::scalar("переговори"), "переговори");
    assert_eq!(yaml::scalar("Кислиця: «так»"), "\"Кислиця: «так»\"");
    assert_eq!(yaml::scalar("2025 рік"), "\"2025 рік\"");
    assert_eq!(yaml::scalar("no"), "\"no\"");
    assert_eq!(yaml::quoted("a \"b\" \\ #c"), r#""a \"b\" \\ #c""#);
    assert_eq!(
        yaml::flow_list(&["ППО", "гуманітарна допомога"]),
        "[ППО, гуманітарна допомога]"
    );
}

#[test]
fn entities_are_unique_and_complete() {
    let all = entities::generate(2000, 9).expect("entities");
    assert_eq!(all.len(), 2000);
    let mut names: Vec<&str> = all.iter().map(|e| e.name.forms.nom()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 2000);
    let people = all.iter().filter(|e| e.kind == Kind::Person);
    assert!(
        people
            .clone()
            .all(|p| p.aliases.len() == 1 && p.role.is_some())
    );
}

#[test]
fn articles_depend_only_on_seed_and_index() {
    let corpus = Corpus::new(entities::generate(200, 1).expect("entities"), 1);
    let article = |index: u64| {
        let mut rng = Rng::derive(1, 7, index);
        Writer::new(&mut rng, &corpus, 20_000).news().text()
    };
    assert_eq!(article(5), article(5));
    assert_ne!(article(5), article(6));
    let text = article(5);
    assert!((1000..6000).contains(&text.len()), "{} bytes", text.len());
}
