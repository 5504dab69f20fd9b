//! A timing of the happy path and of the "did you mean" search; ignored by default.

use super::*;

/// `cargo test --release -- --ignored --nocapture happy_path_speed`
#[test]
#[ignore]
fn happy_path_speed() {
    use std::time::Instant;
    let seed = real();
    let selectors = [
        quote("групи в WhatsApp"),
        QuoteSelector {
            prefix: Some("відновити"),
            ..quote("переговори")
        },
        quote("Очолювана помічником президента РФ Володимиром Мединським"),
    ];
    let rounds = 20_000;
    let started = Instant::now();
    for _ in 0..rounds {
        let text = SeedText::new(&seed);
        for selector in &selectors {
            std::hint::black_box(text.locate(selector).unwrap());
        }
    }
    let per_article = started.elapsed() / rounds;
    let started = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(SeedText::new(&seed));
    }
    let building = started.elapsed() / rounds;
    let bytes = seed.concat().len();
    eprintln!(
        "{bytes} bytes, 3 quotes: {per_article:?} per article, of which SeedText::new {building:?}"
    );

    let typo = REAL.join(" ").replace("ігноруючи", "ігнуруючи");
    for (name, wrong) in [
        ("short typo", "групи у WhatsApp"),
        ("the whole text with a typo", typo.as_str()),
    ] {
        let started = Instant::now();
        let error = SeedText::new(&seed).locate(&quote(wrong)).unwrap_err();
        eprintln!(
            "not found, {name}: {:?} ({} chars)",
            started.elapsed(),
            wrong.chars().count()
        );
        assert!(matches!(
            error,
            AnchorError::NotFound {
                closest: Some(_),
                ..
            }
        ));
    }
}
