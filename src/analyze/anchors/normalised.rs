//! The whitespace-normalised view of a seed and of a selector, and the map from offsets
//! in that view back to the paragraphs: bytes for rendering, code points for export.
//!
//! Every whitespace run, the break between paragraphs included, becomes one space, so that
//! matching is one substring search. Words are copied byte for byte, so an offset inside
//! a stretch of them maps back by adding where the stretch starts in its paragraph.

use std::ops::Range;

use super::{Anchor, AnchorError, QuoteSelector, SeedText, TextPoint};

/// Where a stretch of `norm` comes from: words the paragraph separates by single ASCII
/// spaces are copied together, so any offset inside the stretch maps back by adding
/// where it starts in its paragraph. (Most of a text is one stretch per paragraph.)
#[derive(Debug, Clone, Copy)]
pub(super) struct Stretch {
    norm: usize,
    paragraph: usize,
    byte: usize,
}

impl SeedText<'_> {
    /// Appends the words of one paragraph to `norm`, a stretch at a time.
    pub(super) fn push_paragraph(&mut self, index: usize, paragraph: &str) {
        // Where the stretch being copied starts, and where its last word ends.
        let mut stretch: Option<usize> = None;
        let mut last_end = 0;
        let mut word_start = None;
        for (byte, c) in paragraph.char_indices().chain([(paragraph.len(), ' ')]) {
            match (c.is_whitespace(), word_start) {
                (true, Some(start)) => {
                    let joined = stretch.is_some() && &paragraph[last_end..start] == " ";
                    if !joined {
                        if let Some(from) = stretch {
                            self.norm.push_str(&paragraph[from..last_end]);
                        }
                        self.start_stretch(index, start);
                        stretch = Some(start);
                    }
                    last_end = byte;
                    word_start = None;
                }
                (false, None) => word_start = Some(byte),
                _ => {}
            }
        }
        if let Some(from) = stretch {
            self.norm.push_str(&paragraph[from..last_end]);
        }
    }

    fn start_stretch(&mut self, paragraph: usize, byte: usize) {
        if !self.norm.is_empty() {
            self.norm.push(' ');
        }
        self.stretches.push(Stretch {
            norm: self.norm.len(),
            paragraph,
            byte,
        });
    }
}

/// A selector with whitespace normalised; empty prefixes and suffixes become `None`.
pub(super) struct Wanted {
    pub(super) exact: String,
    pub(super) prefix: Option<String>,
    pub(super) suffix: Option<String>,
}

impl Wanted {
    pub(super) fn new(selector: &QuoteSelector<'_>) -> Result<Self, AnchorError> {
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
pub(super) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

// Offsets in `norm` mapped back to the paragraphs.
impl SeedText<'_> {
    /// The [`Anchor`] of `range` of `norm`.
    pub(super) fn anchor(&self, range: Range<usize>) -> Anchor {
        let (start, start_char) = self.point(range.start, self.stretch_at(range.start));
        // The end is exclusive: it belongs to the stretch holding the match's last byte.
        let (end, end_char) = self.point(range.end, self.stretch_at(range.end - 1));
        Anchor {
            start,
            end,
            start_char,
            end_char,
        }
    }

    /// The 0-based paragraph that holds byte `at` of `norm`.
    pub(super) fn paragraph_at(&self, at: usize) -> usize {
        self.stretches[self.stretch_at(at)].paragraph
    }

    /// The index of the stretch that holds byte `at` of `norm` (or the space after it).
    fn stretch_at(&self, at: usize) -> usize {
        self.stretches.partition_point(|stretch| stretch.norm <= at) - 1
    }

    /// Maps offset `at` of `norm`, inside or at the end of stretch `index`, to both
    /// systems.
    fn point(&self, at: usize, index: usize) -> (TextPoint, usize) {
        let stretch = self.stretches[index];
        let point = TextPoint {
            paragraph: stretch.paragraph,
            byte: stretch.byte + at - stretch.norm,
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
