//! Entity mentions: found in any grammatical case, linked in the text (the first
//! mention per paragraph), counted in the sidebar, quoted on the entity page.

use crate::harness::{REAL_SEED_ID, SiteTest, expected_stderr, real_seed};

/// The opening tag of a mention link to entity `slug`, titled with its name.
fn mention(slug: &str, name: &str) -> String {
    format!("<a class=\"mention\" href=\"/entities/{slug}/\" title=\"{name}\">")
}

fn kyslytsia(site: SiteTest) -> SiteTest {
    site.entity(
        "serhii-kyslytsia",
        "---\nname: Сергій Кислиця\nkind: person\naliases: [Кислиця]\ndescription: Дипломат\n---\n",
    )
    .entity("stambul", "---\nname: Стамбул\nkind: place\n---\n")
    .entity("kyiv", "---\nname: Київ\nkind: place\n---\n")
}

fn real_article() -> SiteTest {
    kyslytsia(SiteTest::new())
        .file(&format!("seeds/{REAL_SEED_ID}.txt"), real_seed())
        .sidecar(REAL_SEED_ID, "---\nslug: s\n---\n")
}

#[test]
fn inflected_mentions_are_linked_once_per_paragraph() {
    let page = real_article()
        .build()
        .succeeds()
        .page("articles/s/index.html");
    let link =
        "<a class=\"mention\" href=\"/entities/serhii-kyslytsia/\" title=\"Сергій Кислиця\">";
    assert!(page.contains(&format!("{link}Сергій Кислиця</a>.")));
    assert!(page.contains(&format!("– заявив {link}Кислиця</a>, маючи")));
    assert!(page.contains(&format!("оприлюднення інтерв’ю {link}Кислиці</a> заявили")));
    assert!(page.contains(
        "<a class=\"mention\" href=\"/entities/stambul/\" title=\"Стамбул\">Стамбулі</a>"
    ));
    assert!(page.contains("мирний процес був припинений <a class=\"mention\" href=\"/entities/kyiv/\" title=\"Київ\">Києвом</a>"));
    // The fifth paragraph names Кислиця twice: only the first is a link.
    let fifth = page.split("<div class=\"para\">").nth(5).unwrap();
    assert_eq!(
        fifth.matches("/entities/serhii-kyslytsia/").count(),
        1,
        "{fifth}"
    );
}

#[test]
fn the_sidebar_counts_mentions_by_kind() {
    let page = real_article()
        .build()
        .succeeds()
        .page("articles/s/index.html");
    let sidebar = &page[page.find("<aside class=\"entity-sidebar\"").unwrap()..];
    assert!(sidebar.contains("<a href=\"/entities/serhii-kyslytsia/\">Сергій Кислиця</a> <span class=\"count\">4 згадки</span>"), "{sidebar}");
    assert!(sidebar.contains(
        "<a href=\"/entities/stambul/\">Стамбул</a> <span class=\"count\">2 згадки</span>"
    ));
    assert!(sidebar.find("<h3>Люди</h3>").unwrap() < sidebar.find("<h3>Місця</h3>").unwrap());
}

#[test]
fn the_entity_page_quotes_the_sentence_of_the_first_mention() {
    let run = real_article().build().succeeds();
    let page = run.page("entities/stambul/index.html");
    assert!(page.contains("маючи на увазі переговорний процес української та російської делегацій у <mark>Стамбулі</mark>.</p>"), "{page}");
    assert!(page.contains("<a href=\"/articles/s/\">"));
}

#[test]
fn entity_pages_list_articles_newest_first_with_related_entities() {
    let site = kyslytsia(SiteTest::new())
        .seed("a1", "date 2025-01-10 Кислиця прибув до Стамбула.")
        .seed("a2", "date 2025-03-05 Сергій Кислиця повернувся до Києва.")
        .seed("a3", "date 2025-02-01 У Стамбулі тихо.");
    let run = site.build().succeeds();
    let page = run.page("entities/serhii-kyslytsia/index.html");
    let newer = page.find("повернувся").unwrap();
    let older = page.find("прибув").unwrap();
    assert!(newer < older, "newest first");
    let related = &page[page.find("related-heading").unwrap()..];
    assert!(
        related
            .contains("<a href=\"/entities/kyiv/\">Київ</a> <span class=\"count\">1 стаття</span>")
    );
    assert!(related.contains(
        "<a href=\"/entities/stambul/\">Стамбул</a> <span class=\"count\">1 стаття</span>"
    ));
    let stambul = run.page("entities/stambul/index.html");
    assert!(stambul.contains("2 статті"));
}

#[test]
fn not_entities_suppresses_a_wrong_detection() {
    let site = kyslytsia(SiteTest::new())
        .seed("a1", "date 2025-01-10 Кислиця прибув до Стамбула.")
        .sidecar("a1", "---\nslug: a\nnot_entities: [stambul]\n---\n");
    let run = site.build().succeeds();
    let page = run.page("articles/a/index.html");
    assert!(!page.contains("/entities/stambul/"), "{page}");
    assert!(page.contains("/entities/serhii-kyslytsia/"));
    assert!(
        run.page("entities/stambul/index.html")
            .contains("Статей поки немає.")
    );
}

#[test]
fn an_unknown_slug_in_not_entities_is_an_error() {
    kyslytsia(SiteTest::new())
        .seed("a1", "date 2025-01-10 Кислиця прибув.")
        .sidecar("a1", "---\nnot_entities: [stambull]\n---\n")
        .build()
        .fails()
        .stderr_contains("error: unknown entity `stambull`")
        .stderr_contains("--> content/articles/a1.md:2:16")
        .stderr_contains("did you mean `stambul`?");
}

#[test]
fn a_shared_alias_links_only_where_the_article_disambiguates_it() {
    let site = SiteTest::new()
        .entity("taras-shevchenko", "---\nname: Тарас Шевченко\nkind: person\naliases: [Шевченко]\n---\n")
        .entity("andrii-shevchenko", "---\nname: Андрій Шевченко\nkind: person\naliases: [Шевченко]\n---\n")
        .seed("a1", "date 2025-01-10 Шевченко відкрив сезон.\n\nАндрій Шевченко подякував уболівальникам. Шевченко задоволений.")
        .sidecar("a1", "---\nslug: a\n---\n");
    let run = site.run(&["check"]).succeeds();
    let stderr = run.stderr();
    assert!(stderr.contains("warning: the name `Шевченко` is shared by the entities andrii-shevchenko, taras-shevchenko"), "{stderr}");
    let run = site.build().succeeds();
    let page = run.page("articles/a/index.html");
    let first = page.split("<div class=\"para\">").nth(1).unwrap();
    assert!(
        !first.contains("class=\"mention\""),
        "ambiguous before any full name: {first}"
    );
    assert!(!page.contains("/entities/taras-shevchenko/"));
    assert!(page.contains("<a class=\"mention\" href=\"/entities/andrii-shevchenko/\" title=\"Андрій Шевченко\">Андрій Шевченко</a>"));
}

#[test]
fn common_nouns_and_longer_words_are_not_names() {
    let site = SiteTest::new()
        .entity(
            "nadiia",
            "---\nname: Надія Савченко\nkind: person\naliases: [Надія]\n---\n",
        )
        .entity("kyslytsia", "---\nname: Кислиця\nkind: person\n---\n")
        .seed("a1", "date 2025-01-10 Остання надія на кислий компот.")
        .sidecar("a1", "---\nslug: a\n---\n");
    let page = site.build().succeeds().page("articles/a/index.html");
    assert!(!page.contains("class=\"mention\""), "{page}");
}

#[test]
fn words_that_only_look_like_a_name_are_not_linked() {
    let site = SiteTest::new()
        .entity("donetsk", "---\nname: Донецьк\nkind: place\n---\n")
        .entity("svoboda", "---\nname: Свобода\nkind: organization\n---\n")
        .entity(
            "shevchenko",
            "---\nname: Тарас Шевченко\nkind: person\naliases: [Шевченко]\n---\n",
        )
        .seed(
            "a1",
            "date 2025-01-10 Донецька область під обстрілом. До Донецька повернулася тиша.\n\n\
             Партія «Свобода» зібрала підписи. Свобода слова — тема дня.\n\n\
             Шевченків «Заповіт» читали вголос.",
        )
        .sidecar("a1", "---\nslug: a\n---\n");
    let page = site.build().succeeds().page("articles/a/index.html");
    // The town's genitive links, the adjective before «область» does not.
    assert!(
        page.contains("<p>Донецька область під обстрілом. До "),
        "{page}"
    );
    assert!(page.contains(&format!(
        "До {}Донецька</a> повернулася",
        mention("donetsk", "Донецьк")
    )));
    // A name the text quotes is the common noun where a sentence starts with it unquoted.
    assert!(page.contains(&format!("«{}Свобода</a>»", mention("svoboda", "Свобода"))));
    assert!(page.contains(" Свобода слова — тема дня."), "{page}");
    // A possessive adjective is not a plural of the surname.
    assert!(!page.contains("/entities/shevchenko/"), "{page}");
}

#[test]
fn namesakes_and_possessives_are_not_linked() {
    let site = SiteTest::new()
        .entity(
            "ihor-klymov",
            "---\nname: Ігор Климов\nkind: person\naliases: [Климов]\n---\n",
        )
        .entity(
            "maksym-hordii",
            "---\nname: Максим Гордій\nkind: person\naliases: [Гордій]\n---\n",
        )
        .entity(
            "shevchenko",
            "---\nname: Тарас Шевченко\nkind: person\naliases: [Шевченко]\n---\n",
        )
        .seed(
            "a1",
            "date 2025-01-10 Ігор Климов передав генератори. Доставку організувала його дружина \
             Олена Климова.\n\n\
             Гордій запевнив, що все готово. Допомагає ветеран Гордій Савчук.\n\n\
             Шевченкові вірші читали вголос. Пам’ятник Шевченкові відкрили.",
        )
        .sidecar("a1", "---\nslug: a\n---\n");
    let page = site.build().succeeds().page("articles/a/index.html");
    let klymov = mention("ihor-klymov", "Ігор Климов");
    let hordii = mention("maksym-hordii", "Максим Гордій");
    let shevchenko = mention("shevchenko", "Тарас Шевченко");
    // His wife shares his surname: her name is not his mention.
    assert!(
        page.contains(&format!("<p>{klymov}Ігор Климов</a> передав")),
        "{page}"
    );
    assert!(page.contains("дружина Олена Климова.</p>"), "{page}");
    // Гордій before another surname is a namesake's first name.
    assert!(
        page.contains(&format!("<p>{hordii}Гордій</a> запевнив")),
        "{page}"
    );
    assert!(page.contains("ветеран Гордій Савчук.</p>"), "{page}");
    // The possessive adjective is not the dative of the surname.
    assert!(
        page.contains("<p>Шевченкові вірші читали вголос."),
        "{page}"
    );
    assert!(
        page.contains(&format!("Пам’ятник {shevchenko}Шевченкові</a> відкрили.")),
        "{page}"
    );
    // The sidebar counts only the real mentions.
    let sidebar = &page[page.find("<aside class=\"entity-sidebar\"").unwrap()..];
    assert_eq!(sidebar.matches("1 згадка").count(), 3, "{sidebar}");
}

#[test]
fn a_possessive_before_a_plural_in_ti_is_not_linked_but_a_dative_before_an_infinitive_is() {
    let page = SiteTest::new()
        .entity(
            "ivan-franko",
            "---\nname: Іван Франко\nkind: person\naliases: [Франко]\n---\n",
        )
        .seed(
            "a1",
            "date 2025-01-10 Франкові листи зберігають у Львові. Доручили Франкові принести архів.",
        )
        .sidecar("a1", "---\nslug: a\n---\n")
        .build()
        .succeeds()
        .page("articles/a/index.html");
    let franko = mention("ivan-franko", "Іван Франко");
    assert!(page.contains("<p>Франкові листи зберігають"), "{page}");
    assert!(
        page.contains(&format!("Доручили {franko}Франкові</a> принести")),
        "{page}"
    );
}

#[test]
fn the_sidebar_lists_the_most_mentioned_first_then_in_alphabet_order() {
    let page = SiteTest::new()
        .entity("yevhen-tkach", "---\nname: Євген Ткач\nkind: person\n---\n")
        .entity(
            "dmytro-koval",
            "---\nname: Дмитро Коваль\nkind: person\n---\n",
        )
        .entity(
            "andrii-shevchuk",
            "---\nname: Андрій Шевчук\nkind: person\n---\n",
        )
        .seed(
            "a1",
            "date 2025-01-10 Євген Ткач і Дмитро Коваль зустрілися. Андрій Шевчук запізнився.\n\n\
             Андрія Шевчука чекали довго.",
        )
        .sidecar("a1", "---\nslug: a\n---\n")
        .build()
        .succeeds()
        .page("articles/a/index.html");
    let sidebar = &page[page.find("<aside class=\"entity-sidebar\"").unwrap()..];
    let at = |slug: &str| {
        sidebar
            .find(&format!("<a href=\"/entities/{slug}/\">"))
            .unwrap_or_else(|| panic!("{slug} is in the sidebar:\n{sidebar}"))
    };
    // Two mentions before one; among equals Д before Є, as the alphabet has it (in UTF-8
    // bytes Є comes first).
    assert!(at("andrii-shevchuk") < at("dmytro-koval"), "{sidebar}");
    assert!(at("dmytro-koval") < at("yevhen-tkach"), "{sidebar}");
}

#[test]
fn names_link_in_the_forms_news_writes_them() {
    let site = SiteTest::new()
        .entity("sloviansk", "---\nname: Слов'янськ\nkind: place\n---\n")
        .entity("neptun", "---\nname: Нептун\nkind: other\n---\n")
        .entity("vance", "---\nname: Джей Ді Венс\nkind: person\n---\n")
        .entity(
            "eurovision",
            "---\nname: Євробачення\nkind: event\naliases: [Євробачення-2025]\n---\n",
        )
        .seed(
            "a1",
            "date 2025-05-20 З Дружківки до Слов'янська щодня курсують автобуси. Слов'янська МВА \
             звітує.\n\nЗСУ вдарили «Нептунами».\n\nЗ Джей Ді Венсом говорили на Євробаченні-2025.",
        )
        .sidecar("a1", "---\nslug: a\n---\n");
    let page = site.build().succeeds().page("articles/a/index.html");
    // After a preposition the town's genitive links; before an abbreviation it is the
    // adjective of the administration.
    assert!(
        page.contains(&format!(
            "до {}Слов&#39;янська</a> щодня",
            mention("sloviansk", "Слов&#39;янськ")
        )),
        "{page}"
    );
    assert!(page.contains(" Слов&#39;янська МВА"), "{page}");
    // A counted thing in the plural, a first name left in the nominative, a year after
    // a hyphen.
    assert!(
        page.contains(&format!("«{}Нептунами</a>»", mention("neptun", "Нептун"))),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "З {}Джей Ді Венсом</a>",
            mention("vance", "Джей Ді Венс")
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "на {}Євробаченні-2025</a>.",
            mention("eurovision", "Євробачення")
        )),
        "{page}"
    );
}

#[test]
fn an_unknown_slug_in_not_entities_has_an_exact_error() {
    let case = "mentions/unknown-not-entity";
    SiteTest::case(case)
        .build()
        .fails()
        .stderr_is(&expected_stderr(case));
}

#[test]
fn check_warns_about_a_shared_alias_exactly() {
    let case = "mentions/shared-alias";
    let run = SiteTest::case(case).run(&["check"]).succeeds();
    let stderr = run.stderr();
    let (before, after) = stderr.rsplit_once(" in ").expect("a summary with the time");
    let seconds = after.split_once(" s:").expect("seconds").1;
    assert_eq!(
        format!("{before} in <time> s:{seconds}"),
        expected_stderr(case)
    );
}
