//! What a successful build produces: the pages a reader sees, their order and
//! their URLs, and the guarantees around the output folder.

use std::fs;

use crate::harness::{REAL_SEED_ID, SiteTest, real_seed, tree};

fn seed_text(date: &str, text: &str) -> String {
    format!("date {date} {text}")
}

#[test]
fn real_seed_becomes_an_article_page() {
    let site = SiteTest::new().file(&format!("seeds/{REAL_SEED_ID}.txt"), real_seed());
    let run = site.build().succeeds();
    let slug = "myrni-perehovory-mizh-rosiieiu-ta-ukrainoiu-tsoho-roku-zavershylysia";
    let page = run.page(&format!("articles/{slug}/index.html"));
    assert!(page.contains(
        "<h1 id=\"article-title\">Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу…</h1>"
    ));
    assert!(page.contains("<time datetime=\"2025-11-12\">12 листопада 2025</time>"));
    assert_eq!(
        page.matches("<div class=\"para\">").count(),
        6,
        "six paragraphs"
    );
    assert!(page.contains("<p>Він твердить, що в Стамбулі «вдалося досягти"));
    assert!(page.contains("<html lang=\"uk\">"));
}

#[test]
fn seed_text_is_escaped_everywhere() {
    let site = SiteTest::new().seed(
        "x1",
        &seed_text(
            "2025-11-12",
            "Увага <script>alert(1)</script> & «лапки».\n\nДругий <b>абзац</b>.",
        ),
    );
    let run = site.build().succeeds();
    let page = run.page("articles/uvaha-script-alert-1-script-lapky/index.html");
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(page.contains("Увага &lt;script&gt;alert(1)&lt;/script&gt; &amp; «лапки»"));
    assert!(page.contains("Другий &lt;b&gt;абзац&lt;/b&gt;."));
    let home = run.page("index.html");
    assert!(!home.contains("<script>alert"));
    let feed = run.page("feed.xml");
    assert!(!feed.contains("<script>"), "{feed}");
}

#[test]
fn a_title_from_the_sidecar_is_escaped_too() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .sidecar("a1", "---\ntitle: \"Увага <script>alert(1)</script>\"\nslug: a\ntags: [\"<b>тег</b>\"]\n---\n");
    let run = site.build().succeeds();
    let page = run.page("articles/a/index.html");
    assert!(!page.contains("<script>alert"));
    assert!(
        page.contains("<h1 id=\"article-title\">Увага &lt;script&gt;alert(1)&lt;/script&gt;</h1>")
    );
    assert!(!page.contains("<b>тег</b>"));
    assert!(!run.page("index.html").contains("<script>alert"));
}

#[test]
fn sidecar_fills_title_tags_source_note_and_sidebar() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Кислиця заявив про паузу."))
        .sidecar(
            "a1",
            "---\ntitle: Пауза в переговорах\ntags: [переговори, Туреччина]\nsource: {name: Укрінформ, url: https://www.ukrinform.ua/}\nentities: [serhii-kyslytsia, stambul]\n---\nНотатка **редакції**.\n\n```json\n{\"a\": 1}\n```\n",
        )
        .entity("serhii-kyslytsia", "---\nname: Сергій Кислиця\nkind: person\ndescription: Дипломат\n---\n")
        .entity("stambul", "---\nname: Стамбул\nkind: place\n---\n");
    let run = site.build().succeeds();
    let page = run.page("articles/pauza-v-perehovorakh/index.html");
    assert!(page.contains("<h1 id=\"article-title\">Пауза в переговорах</h1>"));
    assert!(page.contains("<a href=\"/tags/perehovory/\">переговори</a>"));
    assert!(page.contains("<a href=\"/tags/turechchyna/\">Туреччина</a>"));
    assert!(
        page.contains(
            "<a href=\"https://www.ukrinform.ua/\" rel=\"external noopener\">Укрінформ</a>"
        )
    );
    assert!(page.contains("<p>Нотатка <strong>редакції</strong>.</p>"));
    assert!(page.contains("<pre class=\"highlight\"><code class=\"language-json\">"));
    let people = page.find("<h3>Люди</h3>").expect("people group");
    let places = page.find("<h3>Місця</h3>").expect("places group");
    assert!(people < places, "people come before places");
    assert!(page.contains("<a href=\"/entities/serhii-kyslytsia/\">Сергій Кислиця</a>"));
    let entity = run.page("entities/serhii-kyslytsia/index.html");
    assert!(entity.contains("<a href=\"/articles/pauza-v-perehovorakh/\">Пауза в переговорах</a>"));
    let index = run.page("entities/index.html");
    assert!(index.find("Люди").unwrap() < index.find("Місця").unwrap());
}

#[test]
fn drafts_are_built_only_with_the_flag() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Опублікована стаття."))
        .seed("a2", &seed_text("2025-11-12", "Чернетка статті."))
        .sidecar("a2", "---\ndraft: true\n---\n");
    let run = site.build().succeeds();
    assert!(run.exists("articles/opublikovana-stattia/index.html"));
    assert!(!run.exists("articles/chernetka-statti/index.html"));
    assert!(!run.page("index.html").contains("Чернетка"));
    let run = site.run(&["build", "--drafts"]).succeeds();
    assert!(run.exists("articles/chernetka-statti/index.html"));
}

#[test]
fn colliding_default_slugs_are_unique_and_stable() {
    let site = SiteTest::new()
        .seed(
            "d3",
            &seed_text("2025-11-13", "Зведення Генштабу. Ворог атакував."),
        )
        .seed(
            "d1",
            &seed_text("2025-11-12", "Зведення Генштабу. Ворог наступав."),
        )
        .seed(
            "d2b",
            &seed_text("2025-11-12", "Зведення Генштабу. Вечірнє."),
        )
        .seed(
            "d2a",
            &seed_text("2025-11-12", "Зведення Генштабу. Ранкове."),
        );
    let run = site.build().succeeds();
    // The earliest (by date, then id) keeps the plain slug.
    assert!(
        run.page("articles/zvedennia-henshtabu/index.html")
            .contains("Ворог наступав")
    );
    assert!(
        run.page("articles/zvedennia-henshtabu-2025-11-12/index.html")
            .contains("Ранкове")
    );
    assert!(
        run.page("articles/zvedennia-henshtabu-2025-11-12-d2b/index.html")
            .contains("Вечірнє")
    );
    assert!(
        run.page("articles/zvedennia-henshtabu-2025-11-13/index.html")
            .contains("атакував")
    );
}

#[test]
fn explicit_slug_wins_over_a_default_one() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-10", "Пауза."))
        .seed("a2", &seed_text("2025-11-12", "Інше."))
        .sidecar("a2", "---\nslug: pauza\n---\n");
    let run = site.build().succeeds();
    assert!(run.page("articles/pauza/index.html").contains("Інше"));
    assert!(
        run.page("articles/pauza-2025-11-10/index.html")
            .contains("Пауза")
    );
}

#[test]
fn page_slug_cannot_take_a_section_url() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .file(
            "content/pages/about.md",
            "---\ntitle: Сутності\nslug: entities\n---\nТекст.\n",
        );
    site.build()
        .fails()
        .stderr_contains(
            "error: the slug `entities` is the address of annalist's own /entities/ section",
        )
        .stderr_contains("--> content/pages/about.md:3:7");
}

fn many_days(site: SiteTest, articles: usize) -> SiteTest {
    let mut site = site;
    for i in 0..articles {
        let day = 1 + i / 3;
        let text = format!("Стаття номер {i}. Текст.");
        site = site.seed(
            &format!("n{i:03}"),
            &seed_text(&format!("2025-10-{day:02}"), &text),
        );
    }
    site
}

#[test]
fn home_page_paginates_newest_day_first() {
    let site = many_days(SiteTest::new(), 45);
    let run = site.build().succeeds();
    let home = run.page("index.html");
    assert_eq!(home.matches("<article class=\"card\">").count(), 20);
    let newest = home.find("Стаття номер 44").expect("newest on page 1");
    let older = home.find("Стаття номер 30").expect("older on page 1");
    assert!(newest < older);
    assert!(home.contains("<h2 id=\"day-2025-10-15\""));
    assert!(home.contains("href=\"/page/2/\""));
    assert_eq!(
        run.page("page/3/index.html")
            .matches("<article class=\"card\">")
            .count(),
        5
    );
    assert!(!run.exists("page/4/index.html"));
    let day = run.page("digest/2025-10-07/index.html");
    assert_eq!(day.matches("<article class=\"card\">").count(), 3);
    assert!(
        day.contains("href=\"/digest/2025-10-08/\""),
        "link to the next day"
    );
}

#[test]
fn per_page_is_configurable() {
    let site = many_days(SiteTest::new(), 7).file(
        "site.yaml",
        "title: Т\nbase_url: https://t.example.org/\nper_page: 3\n",
    );
    let run = site.build().succeeds();
    assert!(run.exists("page/3/index.html"));
    assert!(!run.exists("page/4/index.html"));
}

#[test]
fn entity_lists_have_their_own_page_size() {
    let mut site = SiteTest::new()
        .file(
            "site.yaml",
            "title: Т\nbase_url: https://t.example.org/\nentity_per_page: 4\n",
        )
        .entity("kyiv", "---\nname: Київ\nkind: place\n---\n");
    for i in 0..9 {
        site = site.seed(
            &format!("k{i}"),
            &seed_text(
                &format!("2025-03-{:02}", i + 1),
                &format!("Київ, новина {i}."),
            ),
        );
    }
    let run = site.build().succeeds();
    assert!(run.page("entities/kyiv/index.html").contains("новина 8"));
    assert!(
        run.page("entities/kyiv/page/3/index.html")
            .contains("новина 0")
    );
    assert!(!run.exists("entities/kyiv/page/4/index.html"));
    assert!(
        !run.exists("page/2/index.html"),
        "the digest keeps its own page size of 20"
    );
}

#[test]
fn chronology_lists_articles_and_events_newest_first() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Переговори зупинено."))
        .sidecar(
            "a1",
            "---\nevents:\n  - date: 2025-05-16\n    text: Перший раунд у Стамбулі\n  - date: 2025-07-23\n    text: Третій раунд\n---\n",
        )
        .seed("a0", &seed_text("2025-06-02", "Другий раунд."));
    let run = site.build().succeeds();
    let page = run.page("chronology/index.html");
    let order: Vec<usize> = [
        "Переговори зупинено",
        "Третій раунд",
        "Другий раунд",
        "Перший раунд у Стамбулі",
    ]
    .iter()
    .map(|t| page.find(t).unwrap_or_else(|| panic!("{t} missing")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(page.contains("<h2 id=\"m2025-11\">Листопад 2025</h2>"));
}

#[test]
fn long_chronology_gets_a_page_per_month() {
    let mut site = SiteTest::new();
    for i in 0..210 {
        let date = format!("2025-{:02}-{:02}", 1 + i / 28 % 12, 1 + i % 28);
        site = site.seed(
            &format!("c{i:03}"),
            &seed_text(&date, &format!("Подія {i}.")),
        );
    }
    let run = site.build().succeeds();
    let index = run.page("chronology/index.html");
    assert!(index.contains("href=\"/chronology/2025/08/\""));
    assert!(
        run.page("chronology/2025/01/index.html")
            .contains("Подія 0")
    );
}

#[test]
fn feeds_take_their_dates_from_the_content() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Перша."))
        .seed("a2", &seed_text("2025-11-14", "Друга."))
        .sidecar("a2", "---\nentities: [kyiv]\n---\n")
        .entity("kyiv", "---\nname: Київ\nkind: place\n---\n");
    let run = site.build().succeeds();
    let feed: atom_syndication::Feed = run.page("feed.xml").parse().expect("valid Atom");
    assert_eq!(feed.updated().to_rfc3339(), "2025-11-14T00:00:00+00:00");
    assert_eq!(feed.entries().len(), 2);
    assert_eq!(
        feed.entries()[0].id(),
        "https://test.example.org/articles/druha/"
    );
    assert!(feed.links().iter().any(|l| l.rel() == "self"));
    let entity_feed: atom_syndication::Feed = run
        .page("entities/kyiv/feed.xml")
        .parse()
        .expect("valid Atom");
    assert_eq!(entity_feed.entries().len(), 1);
}

#[test]
fn sitemap_lists_every_page_by_absolute_url() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Перша."))
        .file(
            "content/pages/about.md",
            "---\ntitle: Про нас\n---\nТекст.\n",
        );
    let run = site.build().succeeds();
    let sitemap = run.page("sitemap.xml");
    for url in [
        "https://test.example.org/",
        "https://test.example.org/articles/persha/",
        "https://test.example.org/about/",
        "https://test.example.org/digest/2025-11-12/",
        "https://test.example.org/chronology/",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>{url}</loc>")),
            "{url} missing:\n{sitemap}"
        );
    }
    assert!(!sitemap.contains("404"));
}

#[test]
fn not_found_page_and_static_files() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .file("static/robots.txt", "User-agent: *\n")
        .file("static/style.css", "body { color: red }\n");
    let run = site.build().succeeds();
    assert!(run.page("404.html").contains("Сторінку не знайдено"));
    assert_eq!(run.page("robots.txt"), "User-agent: *\n");
    assert_eq!(
        run.page("style.css"),
        "body { color: red }\n",
        "the site's static file wins over the theme's"
    );
    assert!(run.exists("notes.js"));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = many_days(SiteTest::new(), 30)
        .sidecar("n001", "---\ntags: [а, б]\nentities: [kyiv]\nevents:\n  - date: 2025-01-01\n    text: Подія\n---\nНотатка.\n")
        .entity("kyiv", "---\nname: Київ\nkind: place\n---\n");
    site.build().succeeds();
    let first = tree(&site.public());
    site.build().succeeds();
    let second = tree(&site.public());
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} differs between builds", a.0.display());
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Текст."));
    site.build().succeeds();
    let before = tree(&site.public());
    let site = site.seed("a2", "no date here");
    site.build().fails();
    assert!(
        before == tree(&site.public()),
        "the output changed after a failed build"
    );
    let leftovers: Vec<_> = fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("annalist"))
        .collect();
    assert!(leftovers.is_empty(), "staging left behind: {leftovers:?}");
}

#[test]
fn inputs_are_never_written() {
    let site = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .sidecar("a1", "---\ntitle: Т\n---\n");
    let seeds = tree(&site.root.join("seeds"));
    let content = tree(&site.root.join("content"));
    site.build().succeeds();
    assert!(seeds == tree(&site.root.join("seeds")));
    assert!(content == tree(&site.root.join("content")));
}

#[test]
fn output_cannot_be_an_input_folder() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Текст."));
    let content = site.root.join("content");
    site.run(&["build", "--output", content.to_str().unwrap()])
        .fails()
        .stderr_contains("refusing to write the site to");
    assert!(site.root.join("seeds/a1.txt").exists());
}

#[test]
fn other_files_among_the_seeds_are_warned_about_in_name_order() {
    let stderr = SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .file("seeds/notes/b.md", "x")
        .file("seeds/a.doc", "y")
        .build()
        .succeeds()
        .stderr();
    let (a, b) = (
        stderr
            .find("--> seeds/a.doc")
            .expect("a.doc is warned about"),
        stderr
            .find("--> seeds/notes/b.md")
            .expect("b.md is warned about"),
    );
    assert!(a < b, "{stderr}");
    assert!(stderr.contains("ignored: only `*.txt` files are read here"));
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_do_not_hang_the_build() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Текст."));
    std::os::unix::fs::symlink(site.root.join("seeds"), site.root.join("seeds/loop")).unwrap();
    site.build().succeeds().stderr_contains("loops back");
}

#[test]
fn seeds_with_bom_crlf_and_no_final_newline() {
    let site = SiteTest::new()
        .file(
            "seeds/a1.txt",
            "\u{feff}  date 2025-11-12 Перший рядок.\r\n\r\nДругий абзац",
        )
        .file("seeds/a2.txt", "date 2025-11-13\nТекст на новому рядку.\n");
    let run = site.build().succeeds();
    let page = run.page("articles/pershyi-riadok/index.html");
    assert!(page.contains("<p>Перший рядок.</p>"));
    assert!(page.contains("<p>Другий абзац</p>"));
    assert!(run.exists("articles/tekst-na-novomu-riadku/index.html"));
}

#[test]
fn check_validates_without_writing() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Текст."));
    site.run(&["check"]).succeeds().stderr_contains("no errors");
    assert!(!site.public().exists());
    let site = site.seed("a2", "date 2025-02-30 Текст.");
    site.run(&["check"])
        .fails()
        .stderr_contains("2025-02-30 is not a real date");
}

#[test]
fn new_scaffolds_a_sidecar_once() {
    let site = SiteTest::new().file(&format!("seeds/{REAL_SEED_ID}.txt"), real_seed());
    site.run(&["new", REAL_SEED_ID]).succeeds();
    let sidecar = fs::read_to_string(
        site.root
            .join(format!("content/articles/{REAL_SEED_ID}.md")),
    )
    .unwrap();
    assert!(sidecar.starts_with("---\ntitle: \"Мирні переговори"));
    site.build().succeeds();
    site.run(&["new", REAL_SEED_ID])
        .fails()
        .stderr_contains("already exists");
}

#[test]
fn a_rebuild_returns_at_once_and_the_previous_output_is_removed_after_it() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Перший текст."));
    site.build().succeeds();
    // An earlier build's previous output whose removal was interrupted goes too.
    let stale = site.root.join(".public.annalist-old-999999999");
    fs::create_dir_all(stale.join("articles/x")).unwrap();
    fs::write(stale.join("articles/x/index.html"), "old").unwrap();
    let site = site.seed("a2", &seed_text("2025-11-13", "Другий текст."));
    site.build().succeeds();
    let page = fs::read_to_string(site.public().join("digest/2025-11-13/index.html")).unwrap();
    assert!(page.contains("Другий текст"), "{page}");
    // The previous site was moved aside and is removed by a background process.
    let leftovers = || -> Vec<String> {
        fs::read_dir(&site.root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains("annalist"))
            .collect()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !leftovers().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(leftovers().is_empty(), "left behind: {:?}", leftovers());
}

#[test]
fn only_a_previous_output_can_be_removed_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let keep = dir.path().join("public");
    fs::create_dir_all(keep.join("articles")).unwrap();
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_annalist"))
        .arg("__remove-previous-output")
        .arg(&keep)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        keep.join("articles").is_dir(),
        "a folder of the user was removed"
    );
    let previous = dir.path().join(".public.annalist-old-42");
    fs::create_dir_all(previous.join("articles/a")).unwrap();
    fs::write(previous.join("articles/a/index.html"), "old").unwrap();
    let removed = std::process::Command::new(env!("CARGO_BIN_EXE_annalist"))
        .arg("__remove-previous-output")
        .arg(&previous)
        .output()
        .unwrap();
    assert!(removed.status.success());
    assert!(!previous.exists());
}

#[test]
fn timings_show_every_stage_with_its_cpu_time_and_peak_memory() {
    let site = SiteTest::new().seed("a1", &seed_text("2025-11-12", "Текст."));
    let stderr = site.run(&["build", "--timings"]).succeeds().stderr();
    let stages: Vec<&str> = stderr
        .lines()
        .filter_map(|line| line.split_once(" s  ").map(|(_, stage)| stage))
        .map(|stage| stage.split("  (cpu").next().unwrap_or(stage))
        .collect();
    assert_eq!(
        stages,
        [
            "load, and the mention matcher",
            "read seeds: mentions, anchors",
            "resolve: slugs, tags, references",
            "lists",
            "render and write",
            "swap in"
        ],
        "{stderr}"
    );
    if cfg!(target_os = "linux") {
        for line in stderr.lines().filter(|line| line.contains(" s  ")) {
            assert!(line.contains("  (cpu "), "{stderr}");
            let mib: u64 = line
                .split("(peak memory ")
                .nth(1)
                .and_then(|rest| rest.strip_suffix(" MiB)"))
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no peak memory in {line:?}"));
            assert!((1..1024).contains(&mib), "{line}");
        }
    }
}

#[test]
fn a_kind_too_many_for_the_entity_index_gets_a_list_of_its_own() {
    let mut site = SiteTest::new()
        .seed(
            "a1",
            &seed_text("2025-11-12", "Людина 250 приїхала до Києва."),
        )
        .entity("kyiv", "---\nname: Київ\nkind: place\n---\n");
    for n in 1..=250 {
        site = site.entity(
            &format!("person-{n:03}"),
            &format!("---\nname: Людина {n}\nkind: person\n---\n"),
        );
    }
    let run = site.build().succeeds();
    let index = run.page("entities/index.html");
    let people =
        &index[index.find("<h2 id=\"person\">").unwrap()..index.find("<h2 id=\"place\">").unwrap()];
    assert_eq!(people.matches("href=\"/entities/person-").count(), 100);
    assert!(people.contains("Найчастіше згадувані"));
    // The one person the article mentions comes first, though late by name.
    let first = people.find("href=\"/entities/person-").unwrap();
    assert!(
        people[first..].starts_with("href=\"/entities/person-250/\""),
        "{people}"
    );
    assert!(people.contains("<a href=\"/entities/people/\">Усі люди (250)</a>"));
    // A kind that fits shows every entity and no such link.
    assert!(index.contains("href=\"/entities/kyiv/\""));
    assert!(!index.contains("Усі місця"));
    assert!(!run.exists("entities/places/index.html"));

    // The list of them all is by name, 200 a page.
    let first_page = run.page("entities/people/index.html");
    assert!(first_page.contains("<h1>Усі люди</h1>"));
    assert_eq!(first_page.matches("href=\"/entities/person-").count(), 200);
    assert!(first_page.find("Людина 1<").unwrap() < first_page.find("Людина 10<").unwrap());
    let second_page = run.page("entities/people/page/2/index.html");
    assert_eq!(second_page.matches("href=\"/entities/person-").count(), 50);
    assert!(second_page.contains("href=\"/entities/person-099/\""));
    let sitemap = run.page("sitemap.xml");
    assert!(sitemap.contains("/entities/people/</loc>"));
    assert!(sitemap.contains("/entities/people/page/2/</loc>"));
}

#[test]
fn an_entity_cannot_take_the_address_of_a_kind_list() {
    SiteTest::new()
        .seed("a1", &seed_text("2025-11-12", "Текст."))
        .entity("people", "---\nname: People\nkind: organization\n---\n")
        .build()
        .fails()
        .stderr_contains(
            "the entity file name `people` is taken: `entities/people/` lists every entity of kind `person`",
        )
        .stderr_contains("rename the file, for example to `people-organization.md`");
}
