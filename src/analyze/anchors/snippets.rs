//! How much of a seed an error shows, and how longer text is cut to fit: at a word
//! boundary where there is one, marked with "…".

/// How many occurrences or neighbours an error lists before it says "and N more".
pub(super) const MAX_LISTED: usize = 5;
/// How many characters of a seed or selector snippet an error message shows.
pub(super) const SNIPPET_CHARS: usize = 60;
/// How many characters of context an ambiguity shows on each side of an occurrence.
pub(super) const CONTEXT_CHARS: usize = 20;

/// A snippet of seed or selector text in «», shortened for a one-line message.
pub(super) fn show(text: &str) -> String {
    format!("«{}»", snip(text, SNIPPET_CHARS))
}

/// The start of `text`, about `max` characters, cut at a word boundary and marked "…".
pub(super) fn snip(text: &str, max: usize) -> String {
    let cut = first_chars(text, max).len();
    if cut == text.len() {
        return text.to_string();
    }
    let head = match text[..cut].rfind(' ') {
        // Cut exactly at `cut` if a word ends there, else before the word it splits.
        Some(space) if !text[cut..].starts_with(' ') => &text[..space],
        _ => &text[..cut],
    };
    format!("{}…", head.trim_end())
}

/// The end of `text`, about `max` characters, cut at a word boundary and marked "…".
pub(super) fn snip_start(text: &str, max: usize) -> String {
    let cut = text.len() - last_chars(text, max).len();
    if cut == 0 {
        return text.to_string();
    }
    format!("…{}", word_start(text, cut).trim_start())
}

/// About `max` characters of `text` around character `at`, so that a long suggestion
/// shows where it differs from the quote rather than only its start.
pub(super) fn snip_around(text: &str, at: usize, max: usize) -> String {
    let from = at.saturating_sub(max / 3);
    if from == 0 || text.chars().count() <= max {
        return snip(text, max);
    }
    let byte = first_chars(text, from).len();
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

/// The first `n` characters of `text` (all of it if shorter).
pub(super) fn first_chars(text: &str, n: usize) -> &str {
    &text[..text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)]
}

/// The last `n` characters of `text` (all of it if shorter).
pub(super) fn last_chars(text: &str, n: usize) -> &str {
    let skip = text.chars().count().saturating_sub(n);
    &text[first_chars(text, skip).len()..]
}
