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
//!
//! The pieces, in the order a selector meets them: `normalised` builds the copy and maps
//! its offsets back, `matching` finds the quote and applies prefix and suffix. Only when
//! that fails do `closest` ("did you mean"), `ambiguity` (suggested prefixes and suffixes)
//! and `mismatch` build the error, with `differences` and `snippets`; `messages` words it.

mod ambiguity;
mod closest;
mod differences;
mod matching;
mod messages;
mod mismatch;
mod normalised;
mod snippets;
#[cfg(test)]
mod tests;

use normalised::{Stretch, Wanted};

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
    /// Where each stretch of `norm` starts, in order; a stretch is copied byte for byte,
    /// so offsets inside it are the same in `norm` and in its paragraph.
    stretches: Vec<Stretch>,
}

impl<'a> SeedText<'a> {
    /// Prepares the paragraphs of one seed; linear in its length.
    pub fn new(paragraphs: &'a [String]) -> Self {
        let bytes: usize = paragraphs.iter().map(|p| p.len() + 1).sum();
        let mut seed = SeedText {
            paragraphs,
            norm: String::with_capacity(bytes),
            // A stretch per paragraph, more where the spacing is irregular.
            stretches: Vec::with_capacity(paragraphs.len() * 2),
        };
        for (index, paragraph) in paragraphs.iter().enumerate() {
            seed.push_paragraph(index, paragraph);
        }
        seed
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
}
