//! Explains a prefix or suffix that does not fit: what the seed really has right before
//! or after the quote, shown about as wide as the editor's own prefix or suffix.

use super::differences::near_miss;
use super::normalised::Wanted;
use super::snippets::{CONTEXT_CHARS, MAX_LISTED, first_chars, last_chars};
use super::{AnchorError, SeedText};

/// How many characters of what precedes or follows a quote a mismatch shows.
const NEIGHBOUR_CHARS: usize = 40;

impl SeedText<'_> {
    /// The error for a `prefix` that precedes none of `all` the occurrences.
    pub(super) fn prefix_mismatch(
        &self,
        wanted: &Wanted,
        prefix: &str,
        all: &[usize],
    ) -> AnchorError {
        let befores: Vec<&str> = all.iter().map(|&start| self.before(start)).collect();
        let width = prefix.chars().count();
        let shown = befores.iter().map(|before| shown_before(before, width));
        AnchorError::PrefixMismatch {
            quote: wanted.exact.clone(),
            prefix: prefix.to_string(),
            actual_before: listed(shown),
            differences: near_miss(prefix, befores.iter().map(|b| last_chars(b, width))),
        }
    }

    /// The error for a `suffix` that follows none of the occurrences `starts` after the
    /// prefix.
    pub(super) fn suffix_mismatch(
        &self,
        wanted: &Wanted,
        suffix: &str,
        starts: &[usize],
    ) -> AnchorError {
        let len = wanted.exact.len();
        let afters: Vec<&str> = starts.iter().map(|&s| self.after(s + len)).collect();
        let width = suffix.chars().count();
        let shown = afters.iter().map(|after| shown_after(after, width));
        AnchorError::SuffixMismatch {
            quote: wanted.exact.clone(),
            suffix: suffix.to_string(),
            actual_after: listed(shown),
            differences: near_miss(suffix, afters.iter().map(|a| first_chars(a, width))),
        }
    }
}

/// The first few distinct snippets, in order.
fn listed(snippets: impl Iterator<Item = String>) -> Vec<String> {
    let mut list: Vec<String> = Vec::new();
    for snippet in snippets {
        if list.len() == MAX_LISTED {
            break;
        }
        if !list.contains(&snippet) {
            list.push(snippet);
        }
    }
    list
}

/// The end of `before` for a mismatch hint: whole words, as wide as the editor's prefix
/// (`width`) within bounds, so the two can be compared at a glance.
fn shown_before(before: &str, width: usize) -> String {
    let tail = last_chars(before, width.clamp(CONTEXT_CHARS, NEIGHBOUR_CHARS));
    let cut = before.len() - tail.len();
    match before[..cut].rfind(' ') {
        None => before.to_string(),
        Some(space) => format!("…{}", &before[space + 1..]),
    }
}

/// The start of `after` for a mismatch hint, like [`shown_before`].
fn shown_after(after: &str, width: usize) -> String {
    let cut = first_chars(after, width.clamp(CONTEXT_CHARS, NEIGHBOUR_CHARS)).len();
    match after[cut..].find(' ') {
        None => after.to_string(),
        Some(space) => format!("{}…", &after[..cut + space]),
    }
}
