//! The differences an editor easily overlooks: case, apostrophes, quotation marks and
//! dashes. Folded away so that the "did you mean" search sees through them, then told
//! apart so that the hint can name the character the seed uses.

use super::Difference;

/// Maps characters that editors type interchangeably to one representative, so that the
/// edit distance ignores them and [`classify`] can name them.
pub(super) fn fold(c: char) -> char {
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
pub(super) fn classify(wanted: &str, actual: &str) -> Option<Vec<Difference>> {
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

/// How `wanted` differs from the first candidate it nearly equals, if any does.
pub(super) fn near_miss<'t>(
    wanted: &str,
    candidates: impl Iterator<Item = &'t str>,
) -> Vec<Difference> {
    (candidates.filter_map(|candidate| classify(wanted, candidate)))
        .find(|differences| !differences.is_empty())
        .unwrap_or_default()
}
