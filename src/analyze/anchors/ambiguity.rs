//! Explains an ambiguous quote: where its first few occurrences are and, for each, the
//! fewest words of prefix (or, failing that, suffix) that would single it out.

use std::ops::Range;

use super::normalised::Wanted;
use super::snippets::{CONTEXT_CHARS, MAX_LISTED, SNIPPET_CHARS, snip, snip_start};
use super::{AnchorError, Occurrence, SeedText};

/// The longest prefix or suffix (in words) suggested to single out an occurrence.
const MAX_SUGGESTED_WORDS: usize = 8;

impl SeedText<'_> {
    /// The error for a quote that `fitting` (the occurrences that fit the editor's prefix
    /// and suffix) leaves more than once, listing the first few of them.
    pub(super) fn ambiguous(
        &self,
        wanted: Wanted,
        all: &[usize],
        fitting: &[usize],
    ) -> AnchorError {
        let len = wanted.exact.len();
        let occurrences = (fitting.iter().take(MAX_LISTED))
            .map(|&start| self.occurrence(start..start + len, all))
            .collect();
        AnchorError::Ambiguous {
            quote: wanted.exact,
            count: fitting.len(),
            occurrences,
            prefix: wanted.prefix,
            suffix: wanted.suffix,
        }
    }

    fn occurrence(&self, range: Range<usize>, all: &[usize]) -> Occurrence {
        let paragraph = self.paragraph_at(range.start);
        let before = snip_start(&self.norm[..range.start], CONTEXT_CHARS);
        let after = snip(&self.norm[range.end..], CONTEXT_CHARS);
        let exact = snip(&self.norm[range.clone()], SNIPPET_CHARS - 2 * CONTEXT_CHARS);
        let (prefix, suffix) = self.singling_out(range, all);
        Occurrence {
            paragraph,
            context: format!("{before}{exact}{after}"),
            suggested_prefix: prefix.to_string(),
            suggested_suffix: suffix.to_string(),
        }
    }

    /// The fewest words before (preferred, as editors think in "the one after …") and if
    /// need be after `range` that select it alone among `all` occurrences of the quote.
    /// The editor's own prefix is ignored: the suggestion replaces it.
    fn singling_out(&self, range: Range<usize>, all: &[usize]) -> (&str, &str) {
        let prefixes = (1..=MAX_SUGGESTED_WORDS).map(|k| (k, 0));
        let suffixes = (1..=MAX_SUGGESTED_WORDS).map(|k| (0, k));
        let both = (1..=MAX_SUGGESTED_WORDS).map(|k| (MAX_SUGGESTED_WORDS, k));
        let mut last = ("", "");
        for (before, after) in prefixes.chain(suffixes).chain(both) {
            let prefix = last_words(self.before(range.start), before);
            let suffix = first_words(self.after(range.end), after);
            if !has_letters(prefix) && !has_letters(suffix) {
                continue; // «(» alone would select it, but reads as noise
            }
            last = (prefix, suffix);
            if self.selects_one(all, range.len(), prefix, suffix) {
                break;
            }
        }
        last
    }

    fn selects_one(&self, all: &[usize], len: usize, prefix: &str, suffix: &str) -> bool {
        let selected = all.iter().filter(|&&start| {
            self.has_prefix(start, Some(prefix)) && self.has_suffix(start + len, Some(suffix))
        });
        selected.count() == 1
    }
}

/// The last `n` words of `text` (all of it if it has fewer); whole words, so `text` must
/// end at a word end. Counts a partial word at the joint as a word.
fn last_words(text: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        None => "",
        Some(skip) => text
            .rmatch_indices(' ')
            .nth(skip)
            .map_or(text, |(i, _)| &text[i + 1..]),
    }
}

/// The first `n` words of `text` (all of it if it has fewer).
fn first_words(text: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        None => "",
        Some(skip) => text
            .match_indices(' ')
            .nth(skip)
            .map_or(text, |(i, _)| &text[..i]),
    }
}

/// Whether `text` has a letter or digit, not only punctuation.
fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}
