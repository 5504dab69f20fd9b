//! Finding a quote in the normalised seed and applying the selector's prefix and suffix:
//! the happy path of [`SeedText::locate`], one substring search over the normalised copy.

use std::ops::Range;

use super::normalised::Wanted;
use super::{AnchorError, SeedText};

impl SeedText<'_> {
    /// Start offsets in `norm` of every occurrence of `exact` that cuts no word, overlapping
    /// ones included («так так» occurs twice in «так так так»): W3C matching does not skip
    /// past a match.
    pub(super) fn occurrences(&self, exact: &str) -> Vec<usize> {
        let step = exact.chars().next().map_or(1, char::len_utf8);
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = self.norm[from..].find(exact) {
            let start = from + at;
            if self.cuts_no_word(start..start + exact.len()) {
                found.push(start);
            }
            from = start + step;
        }
        found
    }

    /// Whether `range` of `norm` neither starts nor ends inside a word. Stricter than W3C,
    /// which matches any substring: a quote ending in «WhatsAp» is a typo that would
    /// highlight half a word, so it is reported with «WhatsApp» as the suggestion.
    fn cuts_no_word(&self, range: Range<usize>) -> bool {
        let before = self.norm[..range.start].chars().next_back();
        let after = self.norm[range.end..].chars().next();
        let quote = &self.norm[range];
        !one_word(before, quote.chars().next()) && !one_word(quote.chars().next_back(), after)
    }

    /// The occurrences that fit the prefix and the suffix, or the error saying which of
    /// the two never fits.
    pub(super) fn fitting(
        &self,
        all: &[usize],
        wanted: &Wanted,
    ) -> Result<Vec<usize>, AnchorError> {
        let len = wanted.exact.len();
        let prefix = wanted.prefix.as_deref();
        let suffix = wanted.suffix.as_deref();
        let after_prefix: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&start| self.has_prefix(start, prefix))
            .collect();
        if let (Some(prefix), []) = (prefix, &after_prefix[..]) {
            return Err(self.prefix_mismatch(wanted, prefix, all));
        }
        let fitting: Vec<usize> = after_prefix
            .iter()
            .copied()
            .filter(|&start| self.has_suffix(start + len, suffix))
            .collect();
        if let (Some(suffix), []) = (suffix, &fitting[..]) {
            return Err(self.suffix_mismatch(wanted, suffix, &after_prefix));
        }
        Ok(fitting)
    }

    /// Whether the text before `start` ends with `prefix` (whitespace at the joint optional).
    pub(super) fn has_prefix(&self, start: usize, prefix: Option<&str>) -> bool {
        prefix.is_none_or(|prefix| self.before(start).ends_with(prefix))
    }

    /// Whether the text after `end` starts with `suffix` (whitespace at the joint optional).
    pub(super) fn has_suffix(&self, end: usize, suffix: Option<&str>) -> bool {
        suffix.is_none_or(|suffix| self.after(end).starts_with(suffix))
    }

    /// All of `norm` before `start`, without the space at the joint.
    pub(super) fn before(&self, start: usize) -> &str {
        self.norm[..start].trim_end_matches(' ')
    }

    /// All of `norm` after `end`, without the space at the joint.
    pub(super) fn after(&self, end: usize) -> &str {
        self.norm[end..].trim_start_matches(' ')
    }
}

/// Whether two adjacent characters (`None` past either end) belong to one word.
pub(super) fn one_word(a: Option<char>, b: Option<char>) -> bool {
    a.zip(b)
        .is_some_and(|(a, b)| a.is_alphanumeric() && b.is_alphanumeric())
}
