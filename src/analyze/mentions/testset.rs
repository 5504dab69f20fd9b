//! The measured test set, `tests/data/mentions-uk.yaml`: recall and precision per entity
//! kind (`cargo test testset -- --nocapture` prints the table), and a speed measurement
//! over 10,000 entities (`cargo test --release bench -- --ignored --nocapture`).

use super::{EntityNames, MentionMatcher};
use crate::model::EntityKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TestSet {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    /// What the case is about; printed with its failures.
    #[serde(default)]
    note: String,
    entities: Vec<Entity>,
    text: String,
    /// `[surface form, entity name]`, in text order.
    expect: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entity {
    name: String,
    kind: EntityKind,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Byte span and entity index: the unit both expectations and results are counted in.
type Span = (usize, usize, usize);

#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    correct: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        ratio(self.correct, self.expected)
    }

    fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }

    fn add(&mut self, other: &Score) {
        self.expected += other.expected;
        self.found += other.found;
        self.correct += other.correct;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn load(file: &str) -> TestSet {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let yaml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn names(case: &Case) -> Vec<EntityNames<'_>> {
    let names = case.entities.iter();
    names
        .map(|e| EntityNames {
            name: &e.name,
            aliases: &e.aliases,
            kind: e.kind,
        })
        .collect()
}

/// The set written with the matcher.
#[test]
fn testset() {
    measure("mentions-uk.yaml");
}

/// The held-out set, written independently from grammar references without reading
/// the matcher's code: the honest measurement.
#[test]
fn testset_heldout() {
    measure("mentions-uk-heldout.yaml");
}

fn measure(file: &str) {
    let set = load(file);
    let mut scores: BTreeMap<EntityKind, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in &set.cases {
        score_case(case, &mut scores, &mut misses);
    }
    let mut total = Score::default();
    scores.values().for_each(|s| total.add(s));
    print_table(file, &scores, &total, set.cases.len());
    misses.iter().for_each(|m| println!("{m}"));
    assert!(
        total.expected >= 150,
        "the test set should hold at least 150 mentions"
    );
    assert!(
        total.recall() >= 0.97,
        "recall {:.3} < 0.97",
        total.recall()
    );
    assert!(
        total.precision() >= 0.99,
        "precision {:.3} < 0.99",
        total.precision()
    );
}

fn score_case(case: &Case, scores: &mut BTreeMap<EntityKind, Score>, misses: &mut Vec<String>) {
    let expected = locate(case);
    let found: Vec<Span> = MentionMatcher::new(&names(case))
        .find(&case.text)
        .iter()
        .map(|m| (m.start, m.end, m.entity))
        .collect();
    let describe = |what: &str, &(start, end, entity): &Span| {
        let (surface, name) = (&case.text[start..end], &case.entities[entity].name);
        format!(
            "{}: {what} {surface} → {name} ({})",
            case.id,
            case.note.trim()
        )
    };
    for span in &expected {
        let score = scores.entry(case.entities[span.2].kind).or_default();
        score.expected += 1;
        match found.contains(span) {
            true => score.correct += 1,
            false => misses.push(describe("missed", span)),
        }
    }
    for span in &found {
        scores.entry(case.entities[span.2].kind).or_default().found += 1;
        if !expected.contains(span) {
            misses.push(describe("spurious", span));
        }
    }
}

/// Finds each expected surface form as a whole word, in order, after the previous one.
fn locate(case: &Case) -> Vec<Span> {
    let mut from = 0;
    let mut spans = Vec::new();
    for (surface, entity) in &case.expect {
        let index = case.entities.iter().position(|e| &e.name == entity);
        let index = index.unwrap_or_else(|| panic!("{}: no entity {entity}", case.id));
        let start = find_word(&case.text, surface, from)
            .unwrap_or_else(|| panic!("{}: «{surface}» not in the text", case.id));
        from = start + surface.len();
        spans.push((start, from, index));
    }
    spans
}

fn find_word(text: &str, word: &str, from: usize) -> Option<usize> {
    let is_edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    text[from..]
        .match_indices(word)
        .map(|(i, _)| from + i)
        .find(|&at| {
            is_edge(text[..at].chars().next_back())
                && is_edge(text[at + word.len()..].chars().next())
        })
}

fn print_table(file: &str, scores: &BTreeMap<EntityKind, Score>, total: &Score, cases: usize) {
    println!("\n{file}: {cases} cases");
    println!(
        "{:<14} {:>8} {:>6} {:>8} {:>7} {:>9}",
        "kind", "expected", "found", "correct", "recall", "precision"
    );
    let rows = scores
        .iter()
        .map(|(kind, s)| (format!("{kind:?}").to_lowercase(), s));
    for (kind, s) in rows.chain([("overall".to_string(), total)]) {
        println!(
            "{kind:<14} {:>8} {:>6} {:>8} {:>7.3} {:>9.3}",
            s.expected,
            s.found,
            s.correct,
            s.recall(),
            s.precision()
        );
    }
}

/// Build time over 10,000 entities (the test set's own plus synthetic ones) and `find`
/// time on about 3 KB of the test set's text.
#[test]
#[ignore = "a measurement; run with --release"]
fn bench() {
    let set = load("mentions-uk.yaml");
    let entities = bench_entities(&set, 10_000);
    let names: Vec<EntityNames<'_>> = entities
        .iter()
        .map(|e| EntityNames {
            name: &e.name,
            aliases: &e.aliases,
            kind: e.kind,
        })
        .collect();
    let started = Instant::now();
    let matcher = MentionMatcher::new(&names);
    let built = started.elapsed();
    let patterns = matcher.offsets.len() - 1;
    println!(
        "\nbuild: {} entities, {patterns} patterns, {built:?}",
        names.len()
    );
    let (kind, bytes) = (matcher.automaton.kind(), matcher.automaton.memory_usage());
    println!("automaton: {kind:?}, {:.1} MB", bytes as f64 / 1e6);

    let text = bench_text(&set, 3_000);
    let view = super::TextView::new(&text);
    let fold = per_call(|| super::TextView::new(&text).folded.len());
    let scan = per_call(|| matcher.automaton.find_iter(&view.folded[..]).count());
    let find = per_call(|| matcher.find(&text).len());
    let speed = text.len() as f64 / find.as_secs_f64() / 1e6;
    println!(
        "find: {} bytes, {} mentions, {find:?} per call ({speed:.0} MB/s)",
        text.len(),
        matcher.find(&text).len()
    );
    println!("  of which folding the text {fold:?}, the automaton's scan {scan:?}");
}

/// The test set's entities, then synthetic ones up to `count`.
fn bench_entities(set: &TestSet, count: usize) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for e in set.cases.iter().flat_map(|c| &c.entities) {
        if !entities.iter().any(|known| known.name == e.name) {
            entities.push(Entity {
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
            });
        }
    }
    let synthetic = synthetic_entities(count - entities.len());
    entities.extend(synthetic.into_iter().map(|(name, aliases, kind)| Entity {
        name,
        kind,
        aliases,
    }));
    entities
}

/// The test set's texts, joined as paragraphs until about `size` bytes.
fn bench_text(set: &TestSet, size: usize) -> String {
    let mut text = String::new();
    for case in &set.cases {
        if text.len() >= size {
            break;
        }
        text.push_str(&case.text);
        text.push_str("\n\n");
    }
    text
}

/// The mean time of `f` over enough calls to smooth out noise.
fn per_call(mut f: impl FnMut() -> usize) -> Duration {
    const ROUNDS: u32 = 2_000;
    let started = Instant::now();
    (0..ROUNDS).for_each(|_| {
        std::hint::black_box(f());
    });
    started.elapsed() / ROUNDS
}

/// Plausible names from syllables: persons with a surname alias, places, organizations
/// with an abbreviation, events. Deterministic.
fn synthetic_entities(count: usize) -> Vec<(String, Vec<String>, EntityKind)> {
    const SYLLABLES: [&str; 20] = [
        "ко", "ва", "ле", "ри", "ну", "да", "мо", "пи", "се", "та", "бу", "го", "жи", "ла", "ме",
        "но", "ро", "су", "ти", "ха",
    ];
    const FIRST: [&str; 12] = [
        "Олег",
        "Ірина",
        "Тарас",
        "Марія",
        "Андрій",
        "Оксана",
        "Юрій",
        "Наталія",
        "Богдан",
        "Олена",
        "Сергій",
        "Микола",
    ];
    const SURNAME: [&str; 6] = ["енко", "ук", "ський", "ич", "ов", "як"];
    const PLACE: [&str; 6] = ["ів", "івка", "ськ", "ине", "ці", "поль"];
    let stem = |i: usize| {
        let syllable = |k: usize| SYLLABLES[(i / 20usize.pow(k as u32)) % 20];
        let s = format!("{}{}{}", syllable(0), syllable(1), syllable(2));
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let entity = |i: usize| match i % 10 {
        0..=5 => {
            let surname = format!("{}{}", stem(i), SURNAME[i % 6]);
            (
                format!("{} {surname}", FIRST[i % 12]),
                vec![surname],
                EntityKind::Person,
            )
        }
        6 | 7 => (
            format!("{}{}", stem(i), PLACE[i % 6]),
            vec![],
            EntityKind::Place,
        ),
        8 => (
            format!("Державна служба {}", stem(i).to_lowercase()),
            vec![format!("ДС{}", i)],
            EntityKind::Organization,
        ),
        _ => (format!("Форум {}", stem(i)), vec![], EntityKind::Event),
    };
    (0..count).map(entity).collect()
}
