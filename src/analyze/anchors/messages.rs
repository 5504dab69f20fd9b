//! The text newsroom editors read: [`AnchorError::message`] says in one line what is
//! wrong, [`AnchorError::hint`] what to do about it.

use std::fmt;

use super::snippets::{SNIPPET_CHARS, show, snip_around};
use super::{AnchorError, Difference, Occurrence};

impl AnchorError {
    /// One line saying what is wrong.
    pub fn message(&self) -> String {
        match self {
            AnchorError::Empty => "the quote is empty".to_string(),
            AnchorError::NotFound { quote, .. } => {
                format!("the quote {} is not in the seed text", show(quote))
            }
            AnchorError::Ambiguous {
                quote,
                count,
                prefix,
                suffix,
                ..
            } => format!(
                "the quote {} occurs {count} times in the seed text{}",
                show(quote),
                between(prefix.as_deref(), suffix.as_deref())
            ),
            AnchorError::PrefixMismatch { quote, prefix, .. } => format!(
                "the quote {} occurs in the seed text, but never right after the prefix {}",
                show(quote),
                show(prefix)
            ),
            AnchorError::SuffixMismatch { quote, suffix, .. } => format!(
                "the quote {} occurs in the seed text, but never right before the suffix {}",
                show(quote),
                show(suffix)
            ),
        }
    }

    /// What to do about it, when there is something to suggest.
    pub fn hint(&self) -> Option<String> {
        match self {
            AnchorError::Empty => {
                Some("copy into `quote:` the words of the seed the note is about".into())
            }
            AnchorError::NotFound {
                quote,
                closest,
                differences,
            } => closest
                .as_ref()
                .map(|closest| did_you_mean(quote, closest, differences)),
            AnchorError::Ambiguous {
                count, occurrences, ..
            } => Some(pick_one(*count, occurrences)),
            AnchorError::PrefixMismatch {
                actual_before,
                differences,
                ..
            } => Some(neighbours(
                "in the seed the quote comes right after",
                actual_before,
                differences,
            )),
            AnchorError::SuffixMismatch {
                actual_after,
                differences,
                ..
            } => Some(neighbours(
                "in the seed the quote is followed by",
                actual_after,
                differences,
            )),
        }
    }
}

impl fmt::Display for AnchorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for AnchorError {}

/// The not-found hint: the closest passage, shown around where it first differs.
fn did_you_mean(quote: &str, closest: &str, differences: &[Difference]) -> String {
    let first_difference = (quote.chars().zip(closest.chars()))
        .take_while(|(q, c)| q == c)
        .count();
    let shown = snip_around(closest, first_difference, SNIPPET_CHARS);
    format!("did you mean «{shown}»?{}", only_differs(differences))
}

/// " Only the apostrophe (the seed has ’ U+2019) differs.", or "" for no differences.
fn only_differs(differences: &[Difference]) -> String {
    let named: Vec<String> = differences.iter().map(Difference::describe).collect();
    match named.len() {
        0 => String::new(),
        1 => format!(" Only {} differs.", named[0]),
        _ => format!(" Only {} differ.", named.join(" and ")),
    }
}

impl Difference {
    fn describe(&self) -> String {
        let seed_has = |c: char| format!("(the seed has {c} U+{:04X})", u32::from(c));
        match *self {
            Difference::Case => "upper/lower case".to_string(),
            Difference::Apostrophe(c) => format!("the apostrophe {}", seed_has(c)),
            Difference::QuoteMark(c) => format!("the quotation marks {}", seed_has(c)),
            Difference::Dash(c) => format!("the dash {}", seed_has(c)),
        }
    }
}

/// The ambiguity hint: one line per listed occurrence with the words that select it.
fn pick_one(count: usize, occurrences: &[Occurrence]) -> String {
    let needs_suffix = occurrences.iter().any(|o| !o.suggested_suffix.is_empty());
    let mut hint = if needs_suffix {
        "add a `prefix:` with the words just before, or a `suffix:` with the words just after, the one you mean:"
    } else {
        "add a `prefix:` with the words just before the one you mean:"
    }
    .to_string();
    for occurrence in occurrences {
        hint.push_str(&format!(
            "\n  paragraph {}, «{}»: {}",
            occurrence.paragraph + 1,
            occurrence.context,
            occurrence.selection()
        ));
    }
    if count > occurrences.len() {
        hint.push_str(&format!("\n  and {} more", count - occurrences.len()));
    }
    hint
}

impl Occurrence {
    /// "prefix «Мирні»", "suffix «між»" or both.
    pub(super) fn selection(&self) -> String {
        let prefix = format!("prefix «{}»", self.suggested_prefix);
        let suffix = format!("suffix «{}»", self.suggested_suffix);
        match (
            self.suggested_prefix.is_empty(),
            self.suggested_suffix.is_empty(),
        ) {
            (false, true) => prefix,
            (true, false) => suffix,
            _ => format!("{prefix} and {suffix}"),
        }
    }
}

/// The mismatch hint: what the seed really has next to the quote.
fn neighbours(lead: &str, actual: &[String], differences: &[Difference]) -> String {
    let shown: Vec<String> = (actual.iter())
        .map(|text| {
            if text.is_empty() {
                "the start of the text".to_string()
            } else {
                format!("«{text}»")
            }
        })
        .collect();
    format!("{lead} {}.{}", shown.join(", "), only_differs(differences))
}

/// " after the prefix «…»" and the like, for an ambiguity the editor already narrowed.
fn between(prefix: Option<&str>, suffix: Option<&str>) -> String {
    match (prefix, suffix) {
        (None, None) => String::new(),
        (Some(p), None) => format!(" after the prefix {}", show(p)),
        (None, Some(s)) => format!(" before the suffix {}", show(s)),
        (Some(p), Some(s)) => format!(" between the prefix {} and the suffix {}", show(p), show(s)),
    }
}
