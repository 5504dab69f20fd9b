//! The "did you mean" for a quote that is not in the seed: the passage with the least
//! edit distance to it, widened to whole words. Runs only once a quote is known to be
//! missing, so clarity beats speed, but it stays linear in the length of the text.

use std::ops::Range;

use super::differences::{classify, fold};
use super::matching::one_word;
use super::{AnchorError, Difference, SeedText};

/// Quotes longer than twice this are matched fuzzily by this many characters at each end.
const FUZZY_END_CHARS: usize = 64;

impl SeedText<'_> {
    /// The error for a quote that occurs nowhere, with the closest passage if any.
    pub(super) fn not_found(&self, quote: String) -> AnchorError {
        let (closest, differences) = match self.closest(&quote) {
            Some((closest, differences)) => (Some(closest), differences),
            None => (None, Vec::new()),
        };
        AnchorError::NotFound {
            quote,
            closest,
            differences,
        }
    }

    /// The passage most similar to `quote`, widened to whole words, and how it differs if
    /// only by easily overlooked characters.
    fn closest(&self, quote: &str) -> Option<(String, Vec<Difference>)> {
        let chars: Vec<(usize, char)> = self.norm.char_indices().collect();
        let text: Vec<char> = chars.iter().map(|&(_, c)| fold(c)).collect();
        let pattern: Vec<char> = quote.chars().map(fold).collect();
        let found = closest_chars(&text, &pattern)?;
        let byte = |i: usize| chars.get(i).map_or(self.norm.len(), |&(b, _)| b);
        let matched = &self.norm[byte(found.start)..byte(found.end)];
        let differences = classify(quote, matched).unwrap_or_default();
        let whole = widen_to_words(&chars, found);
        let closest = self.norm[byte(whole.start)..byte(whole.end)].trim_matches(' ');
        Some((closest.to_string(), differences))
    }
}

/// The range of `text` most similar to `pattern`, both folded, if any is similar enough:
/// at most a third of the pattern's characters wrong.
fn closest_chars(text: &[char], pattern: &[char]) -> Option<Range<usize>> {
    let m = pattern.len();
    if m <= 2 * FUZZY_END_CHARS {
        return closest_range(text, pattern, m / 3);
    }
    // A long quote: find its two ends separately, each a search linear in the text, and
    // take what lies between if that is about as long as the quote. A full edit distance
    // would cost quote × text, which is quadratic when an editor quotes a whole paragraph.
    let ends = (&pattern[..FUZZY_END_CHARS], &pattern[m - FUZZY_END_CHARS..]);
    let head = closest_range(text, ends.0, FUZZY_END_CHARS / 3)?;
    let tail = closest_range(&text[head.start..], ends.1, FUZZY_END_CHARS / 3)?;
    let range = head.start..head.start + tail.end;
    (range.len().abs_diff(m) <= m / 3).then_some(range)
}

/// One cell of the edit-distance table: the cost of matching a quote prefix so far and
/// the text position where that alignment began.
#[derive(Debug, Clone, Copy)]
struct Cell {
    cost: usize,
    start: usize,
}

/// The range of `text` with the least edit distance to `pattern`, if it is at most `limit`.
///
/// Sellers' algorithm (any substring of the text may match: row 0 costs nothing) with
/// Ukkonen's cut-off: each column is computed only down to the last row whose cost is
/// within `limit`, so away from passages that resemble the pattern a column costs about
/// `limit` steps. [`closest_chars`] keeps patterns short, so this stays linear in the text.
fn closest_range(text: &[char], pattern: &[char], limit: usize) -> Option<Range<usize>> {
    let m = pattern.len();
    let mut prev: Vec<Cell> = (0..=m).map(|cost| Cell { cost, start: 0 }).collect();
    let mut cur = prev.clone();
    let mut active = limit.min(m); // the last row of `prev` whose cost is within the limit
    let mut best: Option<(usize, Range<usize>)> = None;
    for (j, &t) in text.iter().enumerate() {
        cur[0] = Cell {
            cost: 0,
            start: j + 1,
        };
        let top = (active + 1).min(m);
        for i in 1..=top {
            cur[i] = edit_step(&prev, &cur, i, i <= active, pattern[i - 1] == t);
        }
        active = top;
        while active > 0 && cur[active].cost > limit {
            active -= 1;
        }
        if active == m && best.as_ref().is_none_or(|(cost, _)| cur[m].cost < *cost) {
            best = Some((cur[m].cost, cur[m].start..j + 1));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best.map(|(_, range)| range)
}

/// Cell `i` of the current column from its three neighbours; `left_known` is false when
/// the previous column's cell `i` was cut off (it exceeded the limit).
fn edit_step(prev: &[Cell], cur: &[Cell], i: usize, left_known: bool, same: bool) -> Cell {
    let diagonal = Cell {
        cost: prev[i - 1].cost + usize::from(!same),
        ..prev[i - 1]
    };
    let missing_in_text = Cell {
        cost: cur[i - 1].cost + 1,
        ..cur[i - 1]
    };
    let extra_in_text = Cell {
        cost: prev[i].cost + 1,
        ..prev[i]
    };
    // On ties the diagonal wins: one substitution reads better than a deletion and an insertion.
    let mut best = diagonal;
    if missing_in_text.cost < best.cost {
        best = missing_in_text;
    }
    if left_known && extra_in_text.cost < best.cost {
        best = extra_in_text;
    }
    best
}

/// Widens a character range so that it neither starts nor ends inside a word: a
/// suggestion reads better as «переговори», not «ереговори».
fn widen_to_words(chars: &[(usize, char)], range: Range<usize>) -> Range<usize> {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let (mut start, mut end) = (range.start, range.end);
    while start > 0 && one_word(at(start - 1), at(start)) {
        start -= 1;
    }
    while end > 0 && one_word(at(end - 1), at(end)) {
        end += 1;
    }
    start..end
}
