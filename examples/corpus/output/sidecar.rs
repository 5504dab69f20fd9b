//! `content/articles/<id>.md`: a sidecar's front matter (title, tags, source,
//! entities, annotations, events), then its editorial note.

use super::annotations::annotations;
use super::editorial::editorial;
use crate::calendar;
use crate::corpus::Corpus;
use crate::entities::Kind;
use crate::rng::Rng;
use crate::schedule::Planned;
use crate::text::Body;
use crate::{grammar, translit, vocab, yaml};

pub(super) fn sidecar(corpus: &Corpus, p: &Planned, body: &Body, rng: &mut Rng) -> String {
    let text = body.text();
    let mut s = String::from("---\n");
    if rng.chance(0.4) {
        s.push_str(&format!(
            "title: {}\n",
            yaml::scalar(&title(corpus, p, body, rng))
        ));
    }
    let mut tags: Vec<&str> = Vec::new();
    for _ in 0..rng.range(1, 4) {
        let tag = *rng.pick(vocab::TAGS);
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    s.push_str(&format!("tags: {}\n", yaml::flow_list(&tags)));
    let (name, url) = source(p, body, rng);
    s.push_str(&format!(
        "source: {{name: {}, url: {}}}\n",
        yaml::scalar(name),
        yaml::url(&url)
    ));
    if rng.chance(0.3) {
        s.push_str(&format!(
            "entities: {}\n",
            yaml::flow_list(&explicit_entities(corpus, body, rng))
        ));
    }
    if rng.chance(0.85) {
        annotations(&mut s, body, &text, p.date, rng);
    }
    events(&mut s, corpus, p.date, rng);
    s.push_str("---\n");
    s.push_str(&editorial(corpus, body, p, rng));
    s
}

/// A headline: «Прізвище: «цитата»» (the article's own quote when it has one),
/// or the lede shortened; the daily summary gets a fixed pattern.
fn title(corpus: &Corpus, p: &Planned, body: &Body, rng: &mut Rng) -> String {
    if p.summary {
        let (year, _, _) = calendar::civil(p.date);
        return format!(
            "Зведення Генштабу за {} {year} року",
            calendar::day_month(p.date)
        );
    }
    let speaker = body
        .entities
        .iter()
        .map(|&e| &corpus.entities[e])
        .find(|e| e.kind == Kind::Person);
    match speaker {
        Some(person) if rng.chance(0.4) => {
            let text = body.text();
            let own = text
                .split_once('«')
                .and_then(|(_, rest)| rest.split_once('»'))
                .map(|(quote, _)| quote)
                .filter(|q| q.chars().count() <= 80);
            let quote = own.unwrap_or_else(|| {
                let q = rng.word(vocab::QUOTES);
                q.split(',').next().unwrap_or(q)
            });
            let who = person.short.as_ref().unwrap_or(&person.name).forms.nom();
            format!("{who}: «{quote}»")
        }
        _ => {
            let lede = body.paragraphs[0].split(". ").next().unwrap_or_default();
            shorten(lede.trim_end_matches('.'), 90)
        }
    }
}

fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let cut: String = s.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ':', ' ', '–']))
}

fn source<'a>(p: &Planned, body: &Body, rng: &mut Rng) -> (&'a str, String) {
    let (name, pattern) = *rng.pick(vocab::SOURCES);
    let (y, m, d) = calendar::civil(p.date);
    let words: Vec<&str> = body.paragraphs[0].split(' ').take(6).collect();
    let slug = translit::slug(&words.join(" "));
    let url = pattern
        .replace("{y}", &y.to_string())
        .replace("{m}", &format!("{m:02}"))
        .replace("{d}", &format!("{d:02}"))
        .replace("{n}", &(3_000_000 + p.index * 7 + rng.below(7)).to_string())
        .replace("{s}", &slug);
    (name, url)
}

/// Mostly entities the text mentions anyway; sometimes one it does not (an
/// editor's explicit addition).
fn explicit_entities(corpus: &Corpus, body: &Body, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..rng.range(1, 3) {
        let e = if body.entities.is_empty() || rng.chance(0.2) {
            corpus.popular(rng)
        } else {
            *rng.pick(&body.entities)
        };
        let slug = corpus.entities[e].slug.clone();
        if !out.contains(&slug) {
            out.push(slug);
        }
    }
    out
}

fn events(s: &mut String, corpus: &Corpus, date: calendar::Day, rng: &mut Rng) {
    let n = match rng.below(10) {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    };
    if n == 0 {
        return;
    }
    s.push_str("events:\n");
    for _ in 0..n {
        let when = date - rng.below(60) as i64;
        let template = rng.pick(vocab::EVENT_TEXTS);
        let place = corpus
            .place(rng)
            .map(|p| {
                corpus.entities[p]
                    .name
                    .forms
                    .get(grammar::Case::Loc)
                    .to_string()
            })
            .unwrap_or_else(|| "Києві".to_string());
        let text = template
            .replace("{uP}", &format!("{} {place}", grammar::prep_u(&place)))
            .replace("{t}", rng.word(vocab::TOPICS));
        s.push_str(&format!(
            "  - date: {}\n    text: {}\n",
            calendar::iso(when),
            yaml::scalar(&text)
        ));
    }
}
