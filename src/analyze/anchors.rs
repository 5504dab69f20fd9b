//! Placeholder until the anchoring module lands: the position types only.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPoint {
    pub paragraph: usize,
    pub byte: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub start: TextPoint,
    pub end: TextPoint,
    pub start_char: usize,
    pub end_char: usize,
}
