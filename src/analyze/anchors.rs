//! Verifies and locates annotation quotes (W3C TextQuoteSelector) in a seed text.
//!
//! Part of the analyze stage: every sidecar annotation names a `quote` of its seed, with an
//! optional `prefix` and `suffix` in the sense of the W3C Web Annotation TextQuoteSelector
//! (<https://www.w3.org/TR/annotation-model/#text-quote-selector>). [`SeedText`] is built
//! once per article; [`SeedText::locate`] returns the one place a selector points at, in the
//! two coordinate systems the rest of the pipeline needs, or an [`AnchorError`] that tells
//! the editor how to fix the selector.
//!
//! Matching is exact except for whitespace: every run of whitespace (spaces, tabs, line
//! breaks, U+00A0, U+202F, thin spaces, and the break between paragraphs) counts as one
//! space. Whitespace at the joints between prefix, quote and suffix is optional, because
//! YAML drops the trailing space of a plain scalar (`prefix: Мирні ` reads as `Мирні`).
//! Unlike plain W3C matching, a quote may not start or end inside a word: «WhatsAp» is
//! reported as a typo for «WhatsApp» instead of highlighting half a word.
//! The happy path is one substring search over a normalised copy of the text; the slower
//! search for a "did you mean" runs only once a quote is known to be missing.

use std::fmt;
use std::ops::Range;

/// How many occurrences or neighbours an error lists before it says "and N more".
const MAX_LISTED: usize = 5;
/// How many characters of a seed or selector snippet an error message shows.
const SNIPPET_CHARS: usize = 60;
/// How many characters of context an ambiguity shows on each side of an occurrence.
const CONTEXT_CHARS: usize = 20;
/// How many characters of what precedes or follows a quote a mismatch shows.
const NEIGHBOUR_CHARS: usize = 40;
/// Quotes longer than twice this are matched fuzzily by this many characters at each end.
const FUZZY_END_CHARS: usize = 64;
/// The longest prefix or suffix (in words) suggested to single out an occurrence.
const MAX_SUGGESTED_WORDS: usize = 8;

/// A TextQuoteSelector as written in a sidecar: `exact` is the `quote:` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSelector<'a> {
    pub exact: &'a str,
    pub prefix: Option<&'a str>,
    pub suffix: Option<&'a str>,
}

/// A position for rendering: a byte offset inside `paragraphs[paragraph]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPoint {
    pub paragraph: usize,
    pub byte: usize,
}

/// Where a quote is. `start`/`end` are for rendering; `start_char`/`end_char` are a W3C
/// TextPositionSelector: code points over `paragraphs.join("\n\n")`, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub start: TextPoint,
    pub end: TextPoint,
    pub start_char: usize,
    pub end_char: usize,
}

/// One place an ambiguous quote occurs, with the selector words that would single it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// 0-based; messages show it 1-based.
    pub paragraph: usize,
    /// The occurrence with a few words around it, shortened with "…".
    pub context: String,
    /// The words just before the occurrence that select it; empty when a suffix is needed
    /// instead (the occurrence starts the text, or the text repeats itself).
    pub suggested_prefix: String,
    /// The words just after it, when a prefix alone cannot single it out; usually empty.
    pub suggested_suffix: String,
}

/// A difference that is not whitespace but that an editor easily overlooks. Each names
/// the character the seed uses (except `Case`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Case,
    Apostrophe(char),
    QuoteMark(char),
    Dash(char),
}

/// Why a selector does not pick exactly one place. Snippets are whitespace-normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorError {
    /// `closest` is the most similar passage, if any is similar enough; `differences` is
    /// non-empty when it differs from the quote only in case, apostrophes, quote marks or dashes.
    NotFound {
        quote: String,
        closest: Option<String>,
        differences: Vec<Difference>,
    },
    /// `count` occurrences fit the selector; `occurrences` lists the first few of them.
    Ambiguous {
        quote: String,
        count: usize,
        occurrences: Vec<Occurrence>,
        /// The prefix and suffix the editor gave, which were not enough.
        prefix: Option<String>,
        suffix: Option<String>,
    },
    /// The quote occurs, but never right after `prefix`; `actual_before` is what precedes
    /// the first few occurrences ("" at the start of the text).
    PrefixMismatch {
        quote: String,
        prefix: String,
        actual_before: Vec<String>,
        differences: Vec<Difference>,
    },
    /// The quote occurs after the prefix, but never right before `suffix`.
    SuffixMismatch {
        quote: String,
        suffix: String,
        actual_after: Vec<String>,
        differences: Vec<Difference>,
    },
    /// The quote is empty or whitespace only.
    Empty,
}

/// A seed prepared for anchoring: a copy in which every whitespace run is one space, and
/// the map from that copy back to paragraphs and code points.
pub struct SeedText<'a> {
    paragraphs: &'a [String],
    /// Words of all paragraphs separated by single spaces, without leading or trailing space.
    norm: String,
    /// One entry per word, in order; a word is copied byte for byte, so offsets inside
    /// it are the same in `norm` and in its paragraph.
    words: Vec<Word>,
}

/// Where a word of `norm` comes from.
#[derive(Debug, Clone, Copy)]
struct Word {
    norm: usize,
    paragraph: usize,
    byte: usize,
}

/// A selector with whitespace normalised; empty prefixes and suffixes become `None`.
struct Wanted {
    exact: String,
    prefix: Option<String>,
    suffix: Option<String>,
}

impl<'a> SeedText<'a> {
    /// Prepares the paragraphs of one seed; linear in its length.
    pub fn new(paragraphs: &'a [String]) -> Self {
        let bytes: usize = paragraphs.iter().map(|p| p.len() + 1).sum();
        let mut seed = SeedText {
            paragraphs,
            norm: String::with_capacity(bytes),
            // Roughly one word per 8 bytes of Ukrainian text; saves most regrowth.
            words: Vec::with_capacity(bytes / 8),
        };
        for (index, paragraph) in paragraphs.iter().enumerate() {
            seed.push_paragraph(index, paragraph);
        }
        seed
    }

    /// Appends the words of one paragraph to `norm`.
    fn push_paragraph(&mut self, index: usize, paragraph: &str) {
        let mut word_start = None;
        for (byte, c) in paragraph.char_indices().chain([(paragraph.len(), ' ')]) {
            match (c.is_whitespace(), word_start) {
                (true, Some(start)) => {
                    self.push_word(&paragraph[start..byte], index, start);
                    word_start = None;
                }
                (false, None) => word_start = Some(byte),
                _ => {}
            }
        }
    }

    fn push_word(&mut self, word: &str, paragraph: usize, byte: usize) {
        if !self.norm.is_empty() {
            self.norm.push(' ');
        }
        let norm = self.norm.len();
        self.norm.push_str(word);
        self.words.push(Word {
            norm,
            paragraph,
            byte,
        });
    }

    /// Finds the one place `selector` points at.
    pub fn locate(&self, selector: &QuoteSelector<'_>) -> Result<Anchor, AnchorError> {
        let wanted = Wanted::new(selector)?;
        let all = self.occurrences(&wanted.exact);
        if all.is_empty() {
            return Err(self.not_found(wanted.exact));
        }
        let fitting = self.fitting(&all, &wanted)?;
        match fitting[..] {
            [start] => Ok(self.anchor(start..start + wanted.exact.len())),
            _ => Err(self.ambiguous(wanted, &all, &fitting)),
        }
    }

    /// The original text an anchor covers, paragraphs joined by "\n\n" (for export).
    pub fn text_of(&self, anchor: &Anchor) -> String {
        let (first, last) = (&anchor.start, &anchor.end);
        if first.paragraph == last.paragraph {
            return self.paragraphs[first.paragraph][first.byte..last.byte].to_string();
        }
        let mut text = self.paragraphs[first.paragraph][first.byte..].to_string();
        for middle in &self.paragraphs[first.paragraph + 1..last.paragraph] {
            text.push_str("\n\n");
            text.push_str(middle);
        }
        text.push_str("\n\n");
        text.push_str(&self.paragraphs[last.paragraph][..last.byte]);
        text
    }

    /// Start offsets in `norm` of every occurrence of `exact` that cuts no word, overlapping
    /// ones included («так так» occurs twice in «так так так»): W3C matching does not skip
    /// past a match.
    fn occurrences(&self, exact: &str) -> Vec<usize> {
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
    fn fitting(&self, all: &[usize], wanted: &Wanted) -> Result<Vec<usize>, AnchorError> {
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
    fn has_prefix(&self, start: usize, prefix: Option<&str>) -> bool {
        prefix.is_none_or(|prefix| self.before(start).ends_with(prefix))
    }

    /// Whether the text after `end` starts with `suffix` (whitespace at the joint optional).
    fn has_suffix(&self, end: usize, suffix: Option<&str>) -> bool {
        suffix.is_none_or(|suffix| self.after(end).starts_with(suffix))
    }

    /// All of `norm` before `start`, without the space at the joint.
    fn before(&self, start: usize) -> &str {
        self.norm[..start].trim_end_matches(' ')
    }

    /// All of `norm` after `end`, without the space at the joint.
    fn after(&self, end: usize) -> &str {
        self.norm[end..].trim_start_matches(' ')
    }

    fn anchor(&self, range: Range<usize>) -> Anchor {
        let (start, start_char) = self.point(range.start, self.word_at(range.start));
        // The end is exclusive: it belongs to the word holding the last byte of the match.
        let (end, end_char) = self.point(range.end, self.word_at(range.end - 1));
        Anchor {
            start,
            end,
            start_char,
            end_char,
        }
    }

    /// The index of the word that holds byte `at` of `norm` (or the space after it).
    fn word_at(&self, at: usize) -> usize {
        self.words.partition_point(|word| word.norm <= at) - 1
    }

    /// Maps offset `at` of `norm`, inside or at the end of word `index`, to both systems.
    fn point(&self, at: usize, index: usize) -> (TextPoint, usize) {
        let word = self.words[index];
        let point = TextPoint {
            paragraph: word.paragraph,
            byte: word.byte + at - word.norm,
        };
        let code_points = self.code_points_before(&point);
        (point, code_points)
    }

    /// The TextPosition of `point`: code points before it in `paragraphs.join("\n\n")`.
    /// Counted on demand (a few anchors per article) rather than for every word.
    fn code_points_before(&self, point: &TextPoint) -> usize {
        let earlier = &self.paragraphs[..point.paragraph];
        let joints = 2 * point.paragraph;
        let inside = self.paragraphs[point.paragraph][..point.byte]
            .chars()
            .count();
        earlier.iter().map(|p| p.chars().count()).sum::<usize>() + joints + inside
    }
}

/// Whether two adjacent characters (`None` past either end) belong to one word.
fn one_word(a: Option<char>, b: Option<char>) -> bool {
    a.zip(b)
        .is_some_and(|(a, b)| a.is_alphanumeric() && b.is_alphanumeric())
}

impl Wanted {
    fn new(selector: &QuoteSelector<'_>) -> Result<Self, AnchorError> {
        let exact = normalise(selector.exact);
        if exact.is_empty() {
            return Err(AnchorError::Empty);
        }
        let optional = |text: Option<&str>| text.map(normalise).filter(|t| !t.is_empty());
        Ok(Wanted {
            exact,
            prefix: optional(selector.prefix),
            suffix: optional(selector.suffix),
        })
    }
}

/// Collapses every whitespace run to one space and trims both ends, as `SeedText` does.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Errors: building them. Only reached when a selector is wrong, so clarity beats speed.
// ---------------------------------------------------------------------------------------

impl SeedText<'_> {
    fn not_found(&self, quote: String) -> AnchorError {
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

    fn ambiguous(&self, wanted: Wanted, all: &[usize], fitting: &[usize]) -> AnchorError {
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
        let paragraph = self.words[self.word_at(range.start)].paragraph;
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

    fn prefix_mismatch(&self, wanted: &Wanted, prefix: &str, all: &[usize]) -> AnchorError {
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

    fn suffix_mismatch(&self, wanted: &Wanted, suffix: &str, starts: &[usize]) -> AnchorError {
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

/// How `wanted` differs from the first candidate it nearly equals, if any does.
fn near_miss<'t>(wanted: &str, candidates: impl Iterator<Item = &'t str>) -> Vec<Difference> {
    (candidates.filter_map(|candidate| classify(wanted, candidate)))
        .find(|differences| !differences.is_empty())
        .unwrap_or_default()
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

/// The last `n` characters of `text` (all of it if shorter).
fn last_chars(text: &str, n: usize) -> &str {
    let skip = text.chars().count().saturating_sub(n);
    &text[text.char_indices().nth(skip).map_or(text.len(), |(b, _)| b)..]
}

/// The first `n` characters of `text` (all of it if shorter).
fn first_chars(text: &str, n: usize) -> &str {
    &text[..text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)]
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

fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

// ---------------------------------------------------------------------------------------
// "Did you mean": the most similar passage by edit distance.
// ---------------------------------------------------------------------------------------

/// Maps characters that editors type interchangeably to one representative, so that the
/// edit distance ignores them and [`classify`] can name them.
fn fold(c: char) -> char {
    match c {
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '′' => '\'',
        '"' | '«' | '»' | '“' | '”' | '„' | '‟' | '‹' | '›' => '"',
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// `Some(differences)` if `wanted` and `actual` differ only by folded characters (an empty
/// list if they are equal), `None` if they differ otherwise.
fn classify(wanted: &str, actual: &str) -> Option<Vec<Difference>> {
    if wanted.chars().count() != actual.chars().count() {
        return None;
    }
    let mut differences: Vec<Difference> = Vec::new();
    for (w, a) in wanted.chars().zip(actual.chars()) {
        if w != a {
            let kind = Difference::between(w, a)?;
            let same_kind =
                |d: &Difference| std::mem::discriminant(d) == std::mem::discriminant(&kind);
            if !differences.iter().any(same_kind) {
                differences.push(kind);
            }
        }
    }
    Some(differences)
}

impl Difference {
    /// The kind of difference between the wanted `w` and the seed's `a`, if they fold alike.
    fn between(w: char, a: char) -> Option<Self> {
        match fold(a) {
            folded if folded != fold(w) => None,
            '\'' => Some(Difference::Apostrophe(a)),
            '"' => Some(Difference::QuoteMark(a)),
            '-' => Some(Difference::Dash(a)),
            _ => Some(Difference::Case),
        }
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

// ---------------------------------------------------------------------------------------
// Errors: their text, for newsroom editors.
// ---------------------------------------------------------------------------------------

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
    fn selection(&self) -> String {
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

/// A snippet of seed or selector text in «», shortened for a one-line message.
fn show(text: &str) -> String {
    format!("«{}»", snip(text, SNIPPET_CHARS))
}

/// The start of `text`, about `max` characters, cut at a word boundary and marked "…".
fn snip(text: &str, max: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let head = match text[..cut].rfind(' ') {
        // Cut exactly at `cut` if a word ends there, else before the word it splits.
        Some(space) if !text[cut..].starts_with(' ') => &text[..space],
        _ => &text[..cut],
    };
    format!("{}…", head.trim_end())
}

/// The end of `text`, about `max` characters, cut at a word boundary and marked "…".
fn snip_start(text: &str, max: usize) -> String {
    let count = text.chars().count();
    let Some((cut, _)) = text
        .char_indices()
        .nth(count.saturating_sub(max))
        .filter(|_| count > max)
    else {
        return text.to_string();
    };
    format!("…{}", word_start(text, cut).trim_start())
}

/// About `max` characters of `text` around character `at`, so that a long suggestion
/// shows where it differs from the quote rather than only its start.
fn snip_around(text: &str, at: usize, max: usize) -> String {
    let from = at.saturating_sub(max / 3);
    if from == 0 || text.chars().count() <= max {
        return snip(text, max);
    }
    let byte = text.char_indices().nth(from).map_or(text.len(), |(b, _)| b);
    format!("…{}", snip(word_start(text, byte), max))
}

/// `text` from byte `cut`, moved forward to the next word start unless a word starts at
/// `cut` already (or no word start follows: one long word is cut inside).
fn word_start(text: &str, cut: usize) -> &str {
    let tail = &text[cut..];
    if text[..cut].ends_with(' ') {
        return tail;
    }
    match tail.find(' ') {
        Some(space) if space + 1 < tail.len() => &tail[space + 1..],
        _ => tail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real seed 000_b06be8841d63b2af, as the loader hands it over (header removed).
    const REAL: [&str; 6] = [
        "Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу, тому їх було вирішено зупинити, заявив в інтерв’ю виданню Times заступник міністра закордонних справ України Сергій Кислиця.",
        "За його словами, Київ з літа 2025 року вів активну роботу з метою домогтися від міжнародних партнерів України посилення тиску на президента РФ Володимира Путіна, щоб той погодився на особисту зустріч із президентом Володимиром Зеленським. «В умовах диктатури неможливо вести плідні дискусії з переговорними групами, які представляють диктатора. Вони мають дуже жорсткий мандат, і вони мають захищати ту позицію, яку їм наказали», – заявив Кислиця, маючи на увазі переговорний процес української та російської делегацій у Стамбулі.",
        "У російському МЗС 12 листопада після оприлюднення інтерв’ю Кислиці заявили, що Кремль готовий відновити переговори з Україною в Туреччині, підкресливши, що мирний процес був припинений Києвом. «Турецькі представники неодноразово закликали їх (переговори) відновити. Російська команда до цього готова, м’яч перебуває на українському боці», – повідомив ТАСС голова другого департаменту країн СНД МЗС РФ Олексій Поліщук.",
        "Він твердить, що в Стамбулі «вдалося досягти важливих домовленостей у гуманітарній сфері про масштабні обміни військовополоненими, репатріацію тіл загиблих, повернення цивільних осіб».",
        "Поліщук також заявив, що Україна поки не відповіла на пропозицію РФ щодо формування «трьох робочих груп стамбульського процесу». Кислиця, згадуючи про ініціативу Москви про робочі групи, зазначив, що росіяни пропонували створити зокрема «групи в WhatsApp» та інші подібні механізми, ігноруючи всі спроби поговорити по суті. Це, за словами дипломата, мало переконати США, що переговори йдуть успішно і їм не варто застосовувати санкції проти Росії.",
        "Переговори в Туреччині відбулися в три етапи – у травні, червні та липні. Однією з ключових позицій української сторони було безумовне припинення вогню та припинення ударів по цивільній інфраструктурі. Очолювана помічником президента РФ Володимиром Мединським делегація фактично відмовилася від перемир’я. Москва також вимагала визнати російськими окуповані території України та обмежити чисельність ЗСУ.",
    ];

    fn real() -> Vec<String> {
        REAL.iter().map(|p| p.to_string()).collect()
    }

    fn text(paragraphs: &[&str]) -> Vec<String> {
        paragraphs.iter().map(|p| p.to_string()).collect()
    }

    fn quote(exact: &str) -> QuoteSelector<'_> {
        QuoteSelector {
            exact,
            prefix: None,
            suffix: None,
        }
    }

    fn locate(paragraphs: &[String], selector: QuoteSelector<'_>) -> Result<Anchor, AnchorError> {
        SeedText::new(paragraphs).locate(&selector)
    }

    /// Checks that both coordinate systems of `anchor` cover `expected` in the original text.
    fn assert_covers(paragraphs: &[String], anchor: &Anchor, expected: &str) {
        let by_points = SeedText::new(paragraphs).text_of(anchor);
        assert_eq!(by_points, expected, "paragraph/byte coordinates");
        let joined = paragraphs.join("\n\n");
        let by_chars: String = (joined.chars())
            .skip(anchor.start_char)
            .take(anchor.end_char - anchor.start_char)
            .collect();
        assert_eq!(by_chars, expected, "code point coordinates");
    }

    fn found(paragraphs: &[String], selector: QuoteSelector<'_>, expected: &str) -> Anchor {
        let anchor = locate(paragraphs, selector).unwrap_or_else(|e| panic!("{e:?}"));
        assert_covers(paragraphs, &anchor, expected);
        anchor
    }

    fn error(paragraphs: &[String], selector: QuoteSelector<'_>) -> AnchorError {
        locate(paragraphs, selector).expect_err("the selector should not anchor")
    }

    // --- the happy path -------------------------------------------------------------

    #[test]
    fn unique_quote_in_the_real_seed() {
        let seed = real();
        let anchor = found(&seed, quote("групи в WhatsApp"), "групи в WhatsApp");
        assert_eq!(anchor.start.paragraph, 4);
        assert_eq!(anchor.end.paragraph, 4);
    }

    #[test]
    fn quote_at_the_start_of_the_text() {
        let seed = real();
        let anchor = found(&seed, quote("Мирні переговори"), "Мирні переговори");
        assert_eq!(
            anchor.start,
            TextPoint {
                paragraph: 0,
                byte: 0
            }
        );
        assert_eq!((anchor.start_char, anchor.end_char), (0, 16));
    }

    #[test]
    fn quote_at_the_end_of_the_text() {
        let seed = real();
        let anchor = found(&seed, quote("чисельність ЗСУ."), "чисельність ЗСУ.");
        let last = seed.len() - 1;
        assert_eq!(
            anchor.end,
            TextPoint {
                paragraph: last,
                byte: seed[last].len()
            }
        );
        assert_eq!(anchor.end_char, seed.join("\n\n").chars().count());
    }

    #[test]
    fn quote_spanning_two_paragraphs() {
        let seed = real();
        let anchor = found(
            &seed,
            quote("Кислиця. За його словами"),
            "Кислиця.\n\nЗа його словами",
        );
        assert_eq!((anchor.start.paragraph, anchor.end.paragraph), (0, 1));
        assert_eq!(anchor.end.byte, "За його словами".len());
    }

    #[test]
    fn quote_spanning_a_whole_middle_paragraph() {
        let seed = text(&["Перший абзац.", "Другий.", "Третій абзац."]);
        let anchor = found(
            &seed,
            quote("абзац. Другий. Третій"),
            "абзац.\n\nДругий.\n\nТретій",
        );
        assert_eq!((anchor.start_char, anchor.end_char), (7, 30));
    }

    #[test]
    fn line_break_in_the_quote_where_the_seed_has_a_space() {
        let seed = real();
        found(&seed, quote("групи в\nWhatsApp"), "групи в WhatsApp");
        found(
            &seed,
            quote("  групи \t в\r\n  WhatsApp \n"),
            "групи в WhatsApp",
        );
    }

    #[test]
    fn line_break_in_the_seed_where_the_quote_has_a_space() {
        let seed = text(&["зокрема «групи в\nWhatsApp» та інші"]);
        let anchor = found(&seed, quote("групи в WhatsApp"), "групи в\nWhatsApp");
        assert_eq!((anchor.start_char, anchor.end_char), (9, 25));
    }

    #[test]
    fn unusual_spaces_in_the_seed() {
        // NBSP, narrow NBSP, thin space, a tab and a run of spaces.
        let seed = text(&["У МЗС 12\u{a0}листопада\u{202f}2025\u{2009}року\tзаявили   щось"]);
        let anchor = found(
            &seed,
            quote("12 листопада 2025 року заявили щось"),
            "12\u{a0}листопада\u{202f}2025\u{2009}року\tзаявили   щось",
        );
        assert_eq!(
            anchor.start,
            TextPoint {
                paragraph: 0,
                byte: "У МЗС ".len()
            }
        );
        assert_eq!(anchor.start_char, 6);
    }

    #[test]
    fn unusual_spaces_in_the_quote() {
        let seed = real();
        found(&seed, quote("12\u{a0}листопада"), "12 листопада");
        found(&seed, quote("Сергій\u{202f}Кислиця"), "Сергій Кислиця");
    }

    #[test]
    fn leading_and_trailing_whitespace_in_paragraphs() {
        let seed = text(&["  \n Перший абзац.  ", "\tДругий абзац."]);
        let anchor = found(&seed, quote("абзац. Другий"), "абзац.  \n\n\tДругий");
        assert_eq!(
            anchor.start,
            TextPoint {
                paragraph: 0,
                byte: "  \n Перший ".len()
            }
        );
        assert_eq!((anchor.start_char, anchor.end_char), (11, 28));
    }

    #[test]
    fn empty_paragraphs_are_skipped_but_counted() {
        let seed = text(&["А", "", "Б в"]);
        let anchor = found(&seed, quote("А Б"), "А\n\n\n\nБ");
        assert_eq!(
            anchor.end,
            TextPoint {
                paragraph: 2,
                byte: "Б".len()
            }
        );
    }

    #[test]
    fn characters_that_need_care() {
        let seed = real();
        found(&seed, quote("«В умовах диктатури"), "«В умовах диктатури");
        found(&seed, quote("м’яч перебуває"), "м’яч перебуває");
        found(
            &seed,
            quote("в три етапи – у травні"),
            "в три етапи – у травні",
        );
        found(&seed, quote("виданню Times"), "виданню Times");
        found(&seed, quote("(переговори)"), "(переговори)");
        found(&seed, quote("літа 2025 року"), "літа 2025 року");
        found(
            &seed,
            quote("«трьох робочих груп стамбульського процесу»."),
            "«трьох робочих груп стамбульського процесу».",
        );
    }

    #[test]
    fn combining_characters_are_matched_as_written_and_counted_as_code_points() {
        // «й» written as и + U+0306: two code points, no Unicode normalisation.
        let seed = text(&["Київ і Краи\u{306} мрій"]);
        let anchor = found(&seed, quote("Краи\u{306} мрій"), "Краи\u{306} мрій");
        assert_eq!((anchor.start_char, anchor.end_char), (7, 17));
        assert!(matches!(
            error(&seed, quote("Край мрій")),
            AnchorError::NotFound { .. }
        ));
    }

    #[test]
    fn a_quote_must_not_cut_a_word() {
        let seed = real();
        let truncated = error(&seed, quote("групи в WhatsAp"));
        assert_eq!(
            truncated.message(),
            "the quote «групи в WhatsAp» is not in the seed text"
        );
        assert_eq!(
            truncated.hint().as_deref(),
            Some("did you mean «групи в WhatsApp»?")
        );
        let AnchorError::NotFound { closest, .. } = error(&seed, quote("ереговорний"))
        else {
            panic!("a quote starting inside a word should not be found");
        };
        assert_eq!(closest.as_deref(), Some("переговорний"));
    }

    #[test]
    fn punctuation_and_hyphens_are_word_edges() {
        let seed = text(&["Чат («WhatsApp-групи») ЗСУ."]);
        found(&seed, quote("WhatsApp"), "WhatsApp");
        found(&seed, quote("групи"), "групи");
        found(&seed, quote("ЗСУ"), "ЗСУ");
        found(&seed, quote("(«WhatsApp"), "(«WhatsApp");
    }

    #[test]
    fn very_long_quote() {
        let seed = real();
        let long = format!("{} {}", REAL[1], REAL[2]);
        let anchor = found(&seed, quote(&long), &format!("{}\n\n{}", REAL[1], REAL[2]));
        assert_eq!((anchor.start.paragraph, anchor.end.paragraph), (1, 2));
        let whole = REAL.join("\n");
        found(&seed, quote(&whole), &REAL.join("\n\n"));
    }

    #[test]
    fn every_run_of_three_words_maps_back_to_itself() {
        // Sweeps the whole real seed, paragraph joints included, through both coordinate
        // systems; a run that occurs twice must be reported as such, never misplaced.
        let seed = real();
        let joined = seed.join("\n\n");
        let words: Vec<&str> = joined.split_whitespace().collect();
        for run in words.windows(3) {
            let exact = run.join(" ");
            match locate(&seed, quote(&exact)) {
                Ok(anchor) => {
                    let covered = SeedText::new(&seed).text_of(&anchor);
                    assert_eq!(normalise(&covered), exact);
                    assert_covers(&seed, &anchor, &covered);
                }
                Err(AnchorError::Ambiguous { count, .. }) => assert!(count > 1),
                Err(other) => panic!("{exact}: {other:?}"),
            }
        }
    }

    // --- prefix and suffix ----------------------------------------------------------

    #[test]
    fn prefix_and_suffix_select_one_of_several() {
        let seed = real();
        let with_prefix = QuoteSelector {
            prefix: Some("відновити"),
            ..quote("переговори")
        };
        let anchor = found(&seed, with_prefix, "переговори");
        assert_eq!(anchor.start.paragraph, 2);
        let with_suffix = QuoteSelector {
            suffix: Some("йдуть успішно"),
            ..quote("переговори")
        };
        assert_eq!(found(&seed, with_suffix, "переговори").start.paragraph, 4);
    }

    #[test]
    fn prefix_and_suffix_from_the_design_example() {
        let seed = real();
        let selector = QuoteSelector {
            exact: "групи в WhatsApp",
            prefix: Some("зокрема «"),
            suffix: Some("»"),
        };
        found(&seed, selector, "групи в WhatsApp");
    }

    #[test]
    fn whitespace_at_the_joints_is_optional() {
        // YAML drops a plain scalar's trailing space, so «Мирні » arrives as «Мирні».
        let seed = real();
        for prefix in ["Мирні", "Мирні ", "Мирні\n", " Мирні\u{a0}"] {
            let selector = QuoteSelector {
                prefix: Some(prefix),
                ..quote("переговори")
            };
            assert_eq!(found(&seed, selector, "переговори").start_char, 6);
        }
        let glued = QuoteSelector {
            exact: "групи",
            prefix: Some("зокрема « "),
            suffix: Some(" в"),
        };
        found(&seed, glued, "групи");
    }

    #[test]
    fn prefix_and_suffix_spanning_whitespace_differences() {
        let seed = text(&[
            "Він сказав:\n«групи в\u{a0}WhatsApp»\tта інші.",
            "Далі: групи в WhatsApp знову.",
        ]);
        let selector = QuoteSelector {
            exact: "групи в WhatsApp",
            prefix: Some("сказав: «"),
            suffix: Some("» та\n\nінші"),
        };
        let anchor = found(&seed, selector, "групи в\u{a0}WhatsApp");
        assert_eq!(anchor.start.paragraph, 0);
    }

    #[test]
    fn prefix_and_suffix_across_a_paragraph_break() {
        let seed = real();
        let selector = QuoteSelector {
            prefix: Some("Кислиця. За"),
            ..quote("його словами")
        };
        found(&seed, selector, "його словами");
        let selector = QuoteSelector {
            suffix: Some("За його"),
            ..quote("Сергій Кислиця.")
        };
        found(&seed, selector, "Сергій Кислиця.");
    }

    #[test]
    fn whitespace_only_prefix_is_no_prefix() {
        let seed = real();
        let selector = QuoteSelector {
            prefix: Some(" \n"),
            suffix: Some(""),
            ..quote("групи в WhatsApp")
        };
        found(&seed, selector, "групи в WhatsApp");
    }

    #[test]
    fn overlapping_occurrences() {
        let seed = text(&["так так так"]);
        let AnchorError::Ambiguous {
            count, occurrences, ..
        } = error(&seed, quote("так так"))
        else {
            panic!("expected an ambiguity");
        };
        assert_eq!(count, 2);
        // The first has nothing before it, so only a suffix can select it.
        assert_eq!(occurrences[0].selection(), "suffix «так»");
        assert_eq!(occurrences[1].selection(), "prefix «так»");
        let second = found(
            &seed,
            QuoteSelector {
                prefix: Some("так"),
                ..quote("так так")
            },
            "так так",
        );
        assert_eq!((second.start.byte, second.start_char), ("так ".len(), 4));
        let first = found(
            &seed,
            QuoteSelector {
                suffix: Some("так"),
                ..quote("так так")
            },
            "так так",
        );
        assert_eq!(first.start_char, 0);
        assert_eq!(
            error(&seed, quote("так так")).hint().unwrap(),
            "add a `prefix:` with the words just before, or a `suffix:` with the words just after, the one you mean:
  paragraph 1, «так так так»: suffix «так»
  paragraph 1, «так так так»: prefix «так»"
        );
    }

    #[test]
    fn overlapping_inside_a_word_is_no_occurrence() {
        // «ааа» occurs twice in «аааа» as W3C substrings, but each cuts the word.
        let seed = text(&["аааа"]);
        let AnchorError::NotFound { closest, .. } = error(&seed, quote("ааа")) else {
            panic!("expected not found");
        };
        assert_eq!(closest.as_deref(), Some("аааа"));
    }

    #[test]
    fn a_periodic_text_needs_prefix_and_suffix_for_the_middle() {
        let seed = text(&["так так так так так"]);
        let AnchorError::Ambiguous { occurrences, .. } = error(&seed, quote("так так так"))
        else {
            panic!("expected an ambiguity");
        };
        assert_eq!(occurrences[1].selection(), "prefix «так» and suffix «так»");
        let selector = QuoteSelector {
            exact: "так так так",
            prefix: Some("так"),
            suffix: Some("так"),
        };
        assert_eq!(found(&seed, selector, "так так так").start_char, 4);
    }

    // --- errors ---------------------------------------------------------------------

    #[test]
    fn empty_quote() {
        let seed = real();
        for exact in ["", "  \n\u{a0}"] {
            let error = error(&seed, quote(exact));
            assert_eq!(error, AnchorError::Empty);
            assert_eq!(error.message(), "the quote is empty");
        }
    }

    #[test]
    fn typo_suggests_the_closest_passage() {
        let seed = real();
        let error = error(&seed, quote("групи в WhatsAppp"));
        assert_eq!(
            error.message(),
            "the quote «групи в WhatsAppp» is not in the seed text"
        );
        assert_eq!(
            error.hint().as_deref(),
            Some("did you mean «групи в WhatsApp»?")
        );
    }

    #[test]
    fn closest_passage_for_common_slips() {
        let seed = real();
        let cases = [
            ("групи у WhatsApp", "групи в WhatsApp"), // a typo
            ("переговорів з Україною", "переговори з Україною"), // another ending
            (
                "заявив Кислиця, маючи увазі",
                "заявив Кислиця, маючи на увазі",
            ), // a missing word
            (
                "Кремль готовий відновити переговори з Україною у Туреччині",
                "Кремль готовий відновити переговори з Україною в Туреччині",
            ),
            ("WhatsApp»та інші", "WhatsApp» та інші"), // a missing space
        ];
        for (wrong, right) in cases {
            let AnchorError::NotFound { closest, .. } = error(&seed, quote(wrong)) else {
                panic!("{wrong} should not be found");
            };
            assert_eq!(closest.as_deref(), Some(right), "for {wrong}");
        }
    }

    #[test]
    fn closest_passage_is_widened_to_whole_words() {
        let seed = real();
        let AnchorError::NotFound { closest, .. } = error(&seed, quote("ереговорами з Україною"))
        else {
            panic!("expected not found");
        };
        assert_eq!(closest.as_deref(), Some("переговори з Україною"));
    }

    #[test]
    fn found_only_ignoring_case() {
        let seed = real();
        let error = error(&seed, quote("мирні переговори між росією"));
        let AnchorError::NotFound {
            closest,
            differences,
            ..
        } = &error
        else {
            panic!("expected not found");
        };
        assert_eq!(closest.as_deref(), Some("Мирні переговори між Росією"));
        assert_eq!(differences, &[Difference::Case]);
        assert_eq!(
            error.hint().as_deref(),
            Some("did you mean «Мирні переговори між Росією»? Only upper/lower case differs.")
        );
    }

    #[test]
    fn found_only_ignoring_the_apostrophe() {
        let seed = real();
        let error = error(&seed, quote("в інтерв'ю виданню Times"));
        assert_eq!(
            error.hint().as_deref(),
            Some(
                "did you mean «в інтерв’ю виданню Times»? Only the apostrophe (the seed has ’ U+2019) differs."
            )
        );
    }

    #[test]
    fn found_only_ignoring_quote_marks_and_dashes() {
        let seed = real();
        let AnchorError::NotFound {
            closest,
            differences,
            ..
        } = error(&seed, quote("\"групи в WhatsApp\""))
        else {
            panic!("expected not found");
        };
        assert_eq!(closest.as_deref(), Some("«групи в WhatsApp»"));
        assert_eq!(differences, [Difference::QuoteMark('«')]);
        let error = error(&seed, quote("в три етапи - У травні"));
        assert_eq!(
            error.hint().as_deref(),
            Some(
                "did you mean «в три етапи – у травні»? Only the dash (the seed has – U+2013) and upper/lower case differ."
            )
        );
    }

    #[test]
    fn nothing_similar_gives_no_hint() {
        let seed = real();
        let error = error(&seed, quote("Lorem ipsum dolor sit amet"));
        assert_eq!(
            error,
            AnchorError::NotFound {
                quote: "Lorem ipsum dolor sit amet".into(),
                closest: None,
                differences: vec![]
            }
        );
        assert_eq!(error.hint(), None);
        let empty = text(&[]);
        assert!(matches!(
            locate(&empty, quote("щось")),
            Err(AnchorError::NotFound { closest: None, .. })
        ));
    }

    #[test]
    fn long_quote_with_a_typo_shows_where_it_differs() {
        let seed = real();
        let wrong = REAL[4].replace("ігноруючи", "ігнуруючи");
        let error = error(&seed, quote(&wrong));
        let AnchorError::NotFound { closest, .. } = &error else {
            panic!("expected not found")
        };
        assert_eq!(closest.as_deref(), Some(REAL[4]));
        let hint = error.hint().unwrap();
        assert!(hint.starts_with("did you mean «…"), "{hint}");
        assert!(hint.contains("ігноруючи"), "{hint}");
        assert!(error.message().chars().count() < 100, "{}", error.message());
    }

    #[test]
    fn long_quote_with_slips_at_both_ends() {
        let seed = real();
        let wrong = format!("{} {}", REAL[1], REAL[2])
            .replace("За його словами", "за його словами")
            .replace("Олексій Поліщук.", "Олексій Поліщукк.");
        let AnchorError::NotFound {
            closest,
            differences,
            ..
        } = error(&seed, quote(&wrong))
        else {
            panic!("expected not found");
        };
        assert_eq!(closest, Some(format!("{} {}", REAL[1], REAL[2])));
        assert!(
            differences.is_empty(),
            "a typo is more than case: {differences:?}"
        );
        let case_only = REAL[5].to_uppercase();
        let AnchorError::NotFound {
            closest,
            differences,
            ..
        } = error(&seed, quote(&case_only))
        else {
            panic!("expected not found");
        };
        assert_eq!(
            (closest.as_deref(), &differences[..]),
            (Some(REAL[5]), &[Difference::Case][..])
        );
    }

    #[test]
    fn long_quote_unlike_the_text_has_no_suggestion() {
        let seed = real();
        let half = |p: &str, first: bool| -> String {
            let n = p.chars().count() / 2;
            if first {
                p.chars().take(n).collect()
            } else {
                p.chars().skip(n).collect()
            }
        };
        let patchwork = format!("{} {}", half(REAL[1], true), half(REAL[2], false));
        let AnchorError::NotFound { closest, .. } = error(&seed, quote(&patchwork)) else {
            panic!("expected not found");
        };
        assert_eq!(closest, None);
    }

    #[test]
    fn ambiguous_quote_lists_occurrences_and_prefixes() {
        let seed = real();
        let error = error(&seed, quote("переговори"));
        assert_eq!(
            error.message(),
            "the quote «переговори» occurs 4 times in the seed text"
        );
        assert_eq!(
            error.hint().unwrap(),
            "add a `prefix:` with the words just before the one you mean:
  paragraph 1, «Мирні переговори між Росією та…»: prefix «Мирні»
  paragraph 3, «…готовий відновити переговори з Україною в…»: prefix «відновити»
  paragraph 3, «…закликали їх (переговори) відновити.…»: prefix «їх (»
  paragraph 5, «…переконати США, що переговори йдуть успішно і їм…»: prefix «що»"
        );
    }

    #[test]
    fn every_suggested_prefix_selects_its_occurrence() {
        let seed = real();
        for exact in ["переговори", "Кислиця", "України", "РФ", "що", "і"]
        {
            let AnchorError::Ambiguous { occurrences, .. } = error(&seed, quote(exact)) else {
                panic!("{exact} should be ambiguous");
            };
            for occurrence in occurrences {
                let selector = QuoteSelector {
                    exact,
                    prefix: Some(&occurrence.suggested_prefix),
                    suffix: Some(&occurrence.suggested_suffix),
                };
                let anchor = found(&seed, selector, exact);
                assert_eq!(
                    anchor.start.paragraph, occurrence.paragraph,
                    "{exact}: {occurrence:?}"
                );
            }
        }
    }

    #[test]
    fn long_lists_are_cut_after_five() {
        let seed = text(&["так, так, так.", "так і так.", "так-так"]);
        let error = error(&seed, quote("так"));
        let AnchorError::Ambiguous {
            count, occurrences, ..
        } = &error
        else {
            panic!("expected an ambiguity")
        };
        assert_eq!((*count, occurrences.len()), (7, 5));
        assert!(
            error.hint().unwrap().ends_with("\n  and 2 more"),
            "{}",
            error.hint().unwrap()
        );
    }

    #[test]
    fn ambiguous_even_with_a_prefix() {
        let seed = text(&["Він сказав: так. Вона сказала: так.", "Він сказав: так."]);
        let error = error(
            &seed,
            QuoteSelector {
                prefix: Some("сказав:"),
                ..quote("так")
            },
        );
        assert_eq!(
            error.message(),
            "the quote «так» occurs 2 times in the seed text after the prefix «сказав:»"
        );
        let AnchorError::Ambiguous { occurrences, .. } = error else {
            panic!("expected an ambiguity")
        };
        // The first starts the text: no prefix can select it, a suffix can.
        assert_eq!(occurrences[0].selection(), "suffix «. Вона»");
        assert_eq!(occurrences[1].selection(), "prefix «так. Він сказав:»");
    }

    #[test]
    fn prefix_that_does_not_fit() {
        let seed = real();
        let error = error(
            &seed,
            QuoteSelector {
                prefix: Some("Успішні"),
                ..quote("переговори")
            },
        );
        assert_eq!(
            error.message(),
            "the quote «переговори» occurs in the seed text, but never right after the prefix «Успішні»"
        );
        assert_eq!(
            error.hint().unwrap(),
            "in the seed the quote comes right after «Мирні», «…Кремль готовий відновити», «…неодноразово закликали їх (», «…мало переконати США, що»."
        );
    }

    #[test]
    fn prefix_that_differs_only_in_the_apostrophe() {
        let seed = real();
        let error = error(
            &seed,
            QuoteSelector {
                prefix: Some("після оприлюднення інтерв'ю"),
                ..quote("Кислиці")
            },
        );
        let AnchorError::PrefixMismatch {
            actual_before,
            differences,
            ..
        } = &error
        else {
            panic!("expected a prefix mismatch")
        };
        assert_eq!(actual_before, &["…після оприлюднення інтерв’ю"]);
        assert_eq!(differences, &[Difference::Apostrophe('’')]);
        assert!(
            error
                .hint()
                .unwrap()
                .ends_with("Only the apostrophe (the seed has ’ U+2019) differs.")
        );
    }

    #[test]
    fn prefix_mismatch_at_the_start_of_the_text() {
        let seed = real();
        let error = error(
            &seed,
            QuoteSelector {
                prefix: Some("Вчора"),
                ..quote("Мирні переговори")
            },
        );
        assert_eq!(
            error.hint().unwrap(),
            "in the seed the quote comes right after the start of the text."
        );
    }

    #[test]
    fn suffix_that_does_not_fit() {
        let seed = real();
        let error = error(
            &seed,
            QuoteSelector {
                suffix: Some("та"),
                ..quote("групи в WhatsApp")
            },
        );
        assert_eq!(
            error.message(),
            "the quote «групи в WhatsApp» occurs in the seed text, but never right before the suffix «та»"
        );
        assert_eq!(
            error.hint().unwrap(),
            "in the seed the quote is followed by «» та інші подібні механізми,…»."
        );
    }

    #[test]
    fn suffix_is_checked_only_after_the_prefix() {
        let seed = real();
        let selector = QuoteSelector {
            exact: "переговори",
            prefix: Some("Мирні"),
            suffix: Some("з Україною"),
        };
        let AnchorError::SuffixMismatch { actual_after, .. } = error(&seed, selector) else {
            panic!("expected a suffix mismatch");
        };
        assert_eq!(actual_after, ["між Росією та Україною…"]);
    }

    #[test]
    fn snippets_are_cut_at_word_boundaries() {
        assert_eq!(snip("коротко", 60), "коротко");
        assert_eq!(
            snip("Мирні переговори між Росією та Україною", 20),
            "Мирні переговори між…"
        );
        assert_eq!(
            snip("Мирні переговори між Росією та Україною", 18),
            "Мирні переговори…"
        );
        assert_eq!(snip("Переговори", 5), "Перег…");
        assert_eq!(
            snip_start("Мирні переговори між Росією та Україною", 20),
            "…Росією та Україною"
        );
        let long = "слово ".repeat(30);
        assert!(show(&long).chars().count() <= SNIPPET_CHARS + 3);
    }

    #[test]
    fn error_messages_trim_long_quotes() {
        let seed = real();
        let long = format!("{} зайве", REAL[3]);
        let message = error(&seed, quote(&long)).message();
        assert_eq!(
            message,
            "the quote «Він твердить, що в Стамбулі «вдалося досягти важливих…» is not in the seed text"
        );
    }

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
}
