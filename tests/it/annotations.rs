//! Quote-anchored editorial notes: verified against the seed at build time, marked in
//! the text with numbered notes, exported as W3C Web Annotations.

use crate::harness::{REAL_SEED_ID, SiteTest, expected_stderr, real_seed};

fn check(case: &str) {
    let case = format!("annotations/{case}");
    SiteTest::case(&case)
        .build()
        .fails()
        .stderr_is(&expected_stderr(&case));
}

#[test]
fn a_quote_not_in_the_text_suggests_the_closest_passage() {
    check("not-found");
}

#[test]
fn an_ambiguous_quote_lists_where_it_occurs() {
    check("ambiguous");
}

#[test]
fn a_prefix_that_does_not_fit_is_pointed_at() {
    check("prefix-mismatch");
}

#[test]
fn a_suffix_that_does_not_fit_is_pointed_at() {
    check("suffix-mismatch");
}

fn annotated(annotations: &str) -> SiteTest {
    SiteTest::new()
        .file(&format!("seeds/{REAL_SEED_ID}.txt"), real_seed())
        .sidecar(
            REAL_SEED_ID,
            &format!("---\nslug: s\nannotations:\n{annotations}---\n"),
        )
}

#[test]
fn notes_are_numbered_in_reading_order_beside_their_paragraph() {
    let site = annotated(
        "  - quote: безумовне припинення вогню\n    note: Третя в тексті.\n  - quote: групи в WhatsApp\n    prefix: \"зокрема «\"\n    note: Друга **в тексті**.\n  - quote: Мирні переговори\n    note: Перша.\n",
    );
    let run = site.build().succeeds();
    let page = run.page("articles/s/index.html");
    assert!(page.contains("<mark class=\"quote\" data-note=\"1\">Мирні переговори</mark><button type=\"button\" class=\"note-toggle\" aria-expanded=\"true\" aria-controls=\"note-1\" aria-label=\"Примітка 1\">1</button>"));
    assert!(page.contains("<mark class=\"quote\" data-note=\"2\">групи в WhatsApp</mark>"));
    assert!(page.contains("<aside class=\"sidenote\" id=\"note-2\" aria-label=\"Примітка 2\"><span class=\"sidenote-number\">2</span> Друга <strong>в тексті</strong>.</aside>"));
    let first_paragraph_end = page.find("Сергій Кислиця.</p>").unwrap();
    let note_1 = page.find("id=\"note-1\"").unwrap();
    assert!(note_1 > first_paragraph_end && note_1 < page.find("За його словами").unwrap());
    assert!(page.contains("<script src=\"/notes.js\" defer></script>"));
}

#[test]
fn whitespace_differences_do_not_break_a_match() {
    let site = annotated("  - quote: \"групи   в\\u00a0WhatsApp\"\n    note: Пробіли.\n");
    let page = site.build().succeeds().page("articles/s/index.html");
    assert!(page.contains("<mark class=\"quote\" data-note=\"1\">групи в WhatsApp</mark>"));
}

#[test]
fn overlapping_quotes_and_quotes_across_paragraphs_stay_well_formed() {
    let site = annotated(
        "  - quote: Кислиця. За його словами\n    note: Через межу абзаців.\n  - quote: За його словами, Київ\n    note: Перетин.\n",
    );
    let page = site.build().succeeds().page("articles/s/index.html");
    let text_start = page.find("<div class=\"article-text\">").unwrap();
    let text_end = page
        .find("<section class=\"editorial\"")
        .or(page.find("</article>"))
        .unwrap();
    let text = &page[text_start..text_end];
    assert_eq!(
        text.matches("<mark").count(),
        text.matches("</mark>").count()
    );
    assert!(text.contains("<mark class=\"quote\" data-note=\"1\">Кислиця.</mark></p>"));
    assert!(text.contains("<p><mark class=\"quote\" data-note=\"1\"><mark class=\"quote\" data-note=\"2\">За його словами</mark></mark>"));
}

#[test]
fn notes_are_exported_as_web_annotations() {
    let site = annotated("  - quote: групи в WhatsApp\n    note: Ірония.\n");
    let run = site.build().succeeds();
    let page = run.page("articles/s/index.html");
    assert!(page.contains("href=\"/articles/s/annotations.jsonld\""));
    let json: serde_json::Value =
        serde_json::from_str(&run.page("articles/s/annotations.jsonld")).unwrap();
    assert_eq!(json["type"], "AnnotationPage");
    let note = &json["items"][0];
    assert_eq!(note["type"], "Annotation");
    assert_eq!(
        note["target"]["source"],
        "https://test.example.org/articles/s/text.txt"
    );
    assert_eq!(
        note["target"]["scope"],
        "https://test.example.org/articles/s/"
    );
    assert_eq!(note["target"]["selector"][0]["type"], "TextQuoteSelector");
    assert_eq!(note["target"]["selector"][0]["exact"], "групи в WhatsApp");
    assert_eq!(
        note["target"]["selector"][0]["prefix"],
        "що росіяни пропонували створити зокрема «"
            .chars()
            .rev()
            .take(32)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<String>()
    );
    let start = note["target"]["selector"][1]["start"].as_u64().unwrap() as usize;
    let end = note["target"]["selector"][1]["end"].as_u64().unwrap() as usize;
    let seed = String::from_utf8(real_seed()).unwrap();
    let body = seed.trim_start().splitn(3, ' ').nth(2).unwrap().trim_end();
    assert_eq!(
        run.page("articles/s/text.txt"),
        body,
        "the text the positions count over"
    );
    let text: Vec<char> = body.chars().collect();
    assert_eq!(
        text[start..end].iter().collect::<String>(),
        "групи в WhatsApp"
    );
}

#[test]
fn a_note_links_within_the_site_on_the_page_and_absolutely_in_the_export() {
    let site = annotated(
        "  - quote: групи в WhatsApp\n    note: \"Див. [хронологію](/chronology/).\"\n  - quote: Мирні переговори\n    note: Без **посилань**.\n",
    );
    let run = site.build().succeeds();
    let page = run.page("articles/s/index.html");
    assert!(
        page.contains("<a href=\"/chronology/\">хронологію</a>"),
        "{page}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&run.page("articles/s/annotations.jsonld")).unwrap();
    let bodies: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["body"]["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            "Без <strong>посилань</strong>.",
            "Див. <a href=\"https://test.example.org/chronology/\">хронологію</a>."
        ]
    );
    assert!(page.contains("Без <strong>посилань</strong>."), "{page}");
}
