//! A sidecar's annotations: quotes that occur exactly once in the seed, as an editor
//! would select them, each with a Markdown note.

use crate::calendar;
use crate::rng::Rng;
use crate::text::Body;
use crate::{vocab, yaml};

/// Splits at spaces into lines of at most `width` characters (longer words stay
/// whole); in Markdown the line breaks are soft.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

pub(super) fn annotations(
    s: &mut String,
    body: &Body,
    text: &str,
    date: calendar::Day,
    rng: &mut Rng,
) {
    let mut quotes: Vec<String> = Vec::new();
    for _ in 0..rng.range(1, 3) {
        if let Some(q) = unique_quote(body, text, &quotes, rng) {
            quotes.push(q);
        }
    }
    if quotes.is_empty() {
        return;
    }
    s.push_str("annotations:\n");
    for q in &quotes {
        s.push_str(&format!("  - quote: {}\n", yaml::scalar(q)));
        let note = note(date, rng);
        if rng.chance(0.15) {
            // Sometimes a literal block, as an editor writing a longer note would.
            s.push_str("    note: |\n");
            for line in wrap(&note, 60) {
                s.push_str(&format!("      {line}\n"));
            }
        } else {
            s.push_str(&format!("    note: {}\n", yaml::scalar(&note)));
        }
    }
}

fn note(date: calendar::Day, rng: &mut Rng) -> String {
    let template = rng.pick(vocab::NOTES);
    template
        .replace("{d}", &calendar::day_month(date))
        .replace("{t}", rng.word(vocab::TOPICS))
}

/// A 2–6 word phrase that occurs exactly once in the article text (overlaps
/// included), trimmed of punctuation at its ends: what an editor would select.
fn unique_quote(body: &Body, text: &str, taken: &[String], rng: &mut Rng) -> Option<String> {
    for _ in 0..40 {
        let paragraph = rng.pick(&body.paragraphs);
        let words: Vec<&str> = paragraph.split(' ').collect();
        let len = rng.range(2, 6);
        if words.len() < len {
            continue;
        }
        let start = rng.below(words.len() - len + 1);
        let phrase = words[start..start + len].join(" ");
        let phrase = phrase.trim_matches(|c: char| !c.is_alphanumeric());
        let overlaps = taken
            .iter()
            .any(|t| t.contains(phrase) || phrase.contains(t.as_str()));
        // Editors select inside one sentence and never half a bracket or quote.
        let first_word = phrase.split(' ').next().unwrap_or_default();
        let clean = !phrase.contains(". ")
            && !first_word.ends_with([',', ':', ';'])
            && phrase.matches('«').count() == phrase.matches('»').count()
            && phrase.matches('(').count() == phrase.matches(')').count();
        if phrase.split(' ').count() < 2 || overlaps || !clean {
            continue;
        }
        if occurs_once(text, phrase) {
            return Some(phrase.to_string());
        }
    }
    None
}

fn occurs_once(haystack: &str, needle: &str) -> bool {
    match haystack.find(needle) {
        Some(at) => {
            let next = at + needle.chars().next().map_or(1, char::len_utf8);
            !haystack[next..].contains(needle)
        }
        None => false,
    }
}
