//! The text as the matcher sees it: folded to one byte per letter, lower-case, with one
//! apostrophe, one space and one hyphen (character by character from an initial, see
//! [`fold_at`] and [`initials`], or all at once, see [`TextView`]); and word boundaries.

use std::ops::Range;

use crate::analyze::inflect::letters::{ends_with_any, is_cyrillic};
pub(super) use crate::analyze::inflect::letters::{is_apostrophe, starts_upper};

/// A folded copy of a text, scanned instead of it where the matcher cannot go by initials
/// alone (see `MentionMatcher::hits`); [`TextView::original`] maps offsets back.
///
/// Cyrillic letters fold to one byte each (0x80..=0xB0) instead of UTF-8's two: the
/// automaton then reads half the bytes and holds half the states. Other
/// non-ASCII characters fold to a marker byte and four digit bytes, so they still match
/// exactly and no match can start inside one.
pub(super) struct TextView {
    pub(super) folded: Vec<u8>,
    /// The original offset of every folded byte, and of the end (u32: half the memory of
    /// usize, and a seed is far below 4 GiB).
    offsets: Vec<u32>,
}

impl TextView {
    /// Folds byte by byte where it can: ASCII and two-byte Cyrillic (nearly all of a text)
    /// fold without decoding, several times faster than `chars()`.
    pub(super) fn new(text: &str) -> TextView {
        let bytes = text.as_bytes();
        let mut folded = Vec::with_capacity(text.len());
        let mut offsets = Vec::with_capacity(text.len() + 1);
        let mut at = 0;
        while at < bytes.len() {
            let (byte, width) = match (bytes[at], bytes.get(at + 1)) {
                (b, _) if b.is_ascii() => (fold_ascii(b), 1),
                (lead, Some(&next)) if let Some(byte) = fold_cyrillic(lead, next) => (byte, 2),
                _ => {
                    let c = text[at..].chars().next().unwrap_or_default();
                    let width = fold_into(c, &mut folded);
                    offsets.extend(std::iter::repeat_n(at as u32, width));
                    at += c.len_utf8();
                    continue;
                }
            };
            folded.push(byte);
            offsets.push(at as u32);
            at += width;
        }
        offsets.push(text.len() as u32);
        TextView { folded, offsets }
    }

    /// The offset in the original text of a character boundary in the folded one.
    pub(super) fn original(&self, at: usize) -> usize {
        self.offsets[at] as usize
    }

    /// Where to search next after a failed match at `at`: the end of the word there, since
    /// no mention starts inside a word.
    pub(super) fn after_word(&self, text: &str, at: usize) -> usize {
        let start = self.original(at);
        let mut rest = text[start..].char_indices().skip(1);
        let end = rest.find(|&(_, c)| !(is_word_char(c) || is_apostrophe(c)));
        let end = end.map_or(text.len(), |(i, _)| start + i);
        at + self.offsets[at..].partition_point(|&o| (o as usize) < end)
    }
}

/// Where no mention can start inside a word: after the first character of a match, the
/// rest of its word (letters and apostrophes). Byte offsets in `text`.
pub(super) fn word_end(text: &str, start: usize) -> usize {
    let mut rest = text[start..].char_indices().skip(1);
    let end = rest.find(|&(_, c)| !(is_word_char(c) || is_apostrophe(c)));
    end.map_or(text.len(), |(i, _)| start + i)
}

/// Calls `visit` with every byte offset of `text`, in order, where a mention may start:
/// the first letter of a word (a word character after neither a word character nor an
/// apostrophe inside a word: where [`edge_before`] is not [`Edge::Closed`]) that is
/// upper-case, or whose folded first byte is in `lower` (the first bytes of names that
/// may start in lower case). Returns false if such a letter follows two apostrophes:
/// then a word may go on past it (see [`super::MentionMatcher::hits`]).
///
/// A mention starts with a capital in nearly every text, and capitals are rare: this
/// looks closer only at the bytes [`lane`] picks, tested 32 at a time (in vector
/// instructions).
pub(super) fn initials(
    text: &str,
    lower: Option<&[bool; 256]>,
    mut visit: impl FnMut(usize),
) -> bool {
    const BLOCK: usize = 32;
    let bytes = text.as_bytes();
    let every = lower.is_some();
    let mut regular = true;
    let mut consider = |at: usize| {
        let c = text[at..].chars().next().unwrap_or_default();
        let wanted = || match lower {
            Some(lower) => lower[fold_at(text, at).0.first() as usize],
            None => false,
        };
        if !((is_upper(c) || wanted()) && is_word_char(c)) {
            return;
        }
        let mut before = text[..at].chars().rev();
        match (before.next(), before.next()) {
            (Some(c), _) if is_word_char(c) => {}
            (Some(c), Some(b)) if is_apostrophe(c) && is_word_char(b) => {}
            (Some(c), Some(b)) if is_apostrophe(c) && is_apostrophe(b) => {
                regular = false;
                visit(at);
            }
            _ => visit(at),
        }
    };
    let mut picked = |at: usize| {
        consider(at);
        if bytes[at].is_ascii() {
            return;
        }
        // The character after one other than an ASCII or Cyrillic letter, unless [`lane`]
        // picks it: ASCII follows ASCII, other characters are picked.
        let c = text[at..].chars().next().unwrap_or_default();
        let after = at + c.len_utf8();
        let plain = match bytes.get(after..) {
            Some([b, ..]) if b.is_ascii() => true,
            Some([0xD0, ..]) => true,
            Some([0xD1, next, ..]) => *next < 0xA0,
            _ => false,
        };
        if plain && !is_word_char(c) {
            consider(after);
        }
    };
    let at_byte = |at: usize| bytes.get(at).copied().unwrap_or(0);
    // The start of the text counts as after ASCII.
    if !bytes.is_empty() && lane(0, bytes[0], at_byte(1), every) {
        picked(0);
    }
    let mut base = 1;
    while base + BLOCK < bytes.len() {
        let window = |from: usize| -> &[u8; BLOCK] {
            bytes[from..from + BLOCK]
                .try_into()
                .expect("a block is BLOCK bytes")
        };
        let (before, block, after) = (window(base - 1), window(base), window(base + 1));
        let mut lanes = [0u8; BLOCK];
        for i in 0..BLOCK {
            lanes[i] = lane(before[i], block[i], after[i], every) as u8;
        }
        let words = lanes
            .chunks_exact(8)
            .map(|w| u64::from_le_bytes(w.try_into().unwrap_or_default()));
        if words.clone().any(|w| w != 0) {
            for (i, mut word) in words.enumerate() {
                while word != 0 {
                    picked(base + i * 8 + word.trailing_zeros() as usize / 8);
                    word &= word - 1;
                }
            }
        }
        base += BLOCK;
    }
    for at in base..bytes.len() {
        if lane(bytes[at - 1], bytes[at], at_byte(at + 1), every) {
            picked(at);
        }
    }
    regular
}

/// Whether [`initials`] looks closer at the byte `byte` of a text, between `before` and
/// `after`: a Latin letter (or any of 0x40..=0x7F) or А..Я after an ASCII byte, or any
/// letter there if `every`; and anywhere, a character other than ASCII and Cyrillic
/// letters (Ґ, «, –), and the historic Cyrillic letters 0xD1 0xA0..=0xBF. Branch-free,
/// so that the compiler tests whole blocks of bytes at once.
#[inline(always)]
fn lane(before: u8, byte: u8, after: u8, every: bool) -> bool {
    let after_ascii = before < 0x80;
    let latin = byte & 0xC0 == 0x40;
    let capital = (byte == 0xD0) & (after < 0xB0);
    let other = (byte >= 0xC0) & (byte & 0xFE != 0xD0) | (byte == 0xD1) & (after >= 0xA0);
    after_ascii & (latin | capital | every) | other
}

/// [`char::is_uppercase`], Cyrillic, ASCII and punctuation first: the general test walks
/// Unicode tables.
pub(super) fn is_upper(c: char) -> bool {
    match c {
        'Ѐ'..='Я' | 'A'..='Z' => true,
        'а'..='џ' | 'a'..='z' => false,
        c if is_punctuation(c) => false,
        c => c.is_uppercase(),
    }
}

/// [`char::is_whitespace`], Cyrillic first.
pub(super) fn is_space(c: char) -> bool {
    match c {
        'Ѐ'..='џ' => false,
        c => c.is_whitespace(),
    }
}

/// General punctuation (spaces, dashes, quotes, ellipsis), the Latin-1 quotes and the
/// no-break space: neither letters, digits nor marks, and common in any text.
fn is_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '«' | '»' | '\u{a0}')
}

/// Folds a name the way [`TextView`] folds a text, for the automaton's patterns.
pub(super) fn fold_str(s: &str) -> Vec<u8> {
    let mut folded = Vec::with_capacity(s.len());
    s.chars().for_each(|c| {
        fold_into(c, &mut folded);
    });
    folded
}

/// One character folded: one byte, or [`OTHER`] and four digits.
#[derive(Clone, Copy)]
pub(super) struct Folded {
    bytes: [u8; 5],
    len: u8,
}

impl Folded {
    fn one(byte: u8) -> Folded {
        Folded {
            bytes: [byte, 0, 0, 0, 0],
            len: 1,
        }
    }

    pub(super) fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// The first byte, which every pattern that starts with this character starts with.
    pub(super) fn first(&self) -> u8 {
        self.bytes[0]
    }
}

/// An ASCII character or a Cyrillic letter that starts with byte `lead`, folded, and its
/// width; `None` for any other character.
#[inline]
pub(super) fn fold_letter(lead: u8, next: Option<u8>) -> Option<(u8, usize)> {
    match (lead, next) {
        (b, _) if b.is_ascii() => Some((fold_ascii(b), 1)),
        (lead, Some(next)) => Some((fold_cyrillic(lead, next)?, 2)),
        _ => None,
    }
}

/// The character that starts at byte `at` of `text`, folded as [`TextView`] folds it, and
/// its width in `text`.
pub(super) fn fold_at(text: &str, at: usize) -> (Folded, usize) {
    let bytes = text.as_bytes();
    match fold_letter(bytes[at], bytes.get(at + 1).copied()) {
        Some((byte, width)) => (Folded::one(byte), width),
        None => {
            let c = text[at..].chars().next().unwrap_or_default();
            (fold_char(c), c.len_utf8())
        }
    }
}

/// Whether a folded pattern starts with a letter or digit: then so does any text it
/// matches ([`initials`] relies on it).
pub(super) fn starts_with_word_char(key: &[u8]) -> bool {
    match key {
        [b, ..] if b.is_ascii() => b.is_ascii_alphanumeric(),
        [0x80..=0xB0, ..] => true,
        [OTHER, digits @ ..] if digits.len() >= 4 => {
            let code = digits[..4]
                .iter()
                .fold(0, |code, d| code << 6 | (d & 0x3F) as u32);
            char::from_u32(code).is_some_and(is_word_char)
        }
        _ => false,
    }
}

/// Marks a character folded to digits (see [`TextView`]); Cyrillic uses 0x80..=0xB0.
const OTHER: u8 = 0xB1;

/// Appends the folded form of `c` and returns its width in bytes.
fn fold_into(c: char, out: &mut Vec<u8>) -> usize {
    let folded = fold_char(c);
    out.extend_from_slice(folded.as_slice());
    folded.len as usize
}

/// Lower-case, and one form of each apostrophe, space and hyphen: «Об’єднаних» and
/// «Об'єднаних» must match the same pattern, and a name may wrap onto the next line.
fn fold_char(c: char) -> Folded {
    let byte = match c {
        'а'..='я' => 0x80 + (c as u32 - 'а' as u32) as u8,
        'А'..='Я' => 0x80 + (c as u32 - 'А' as u32) as u8,
        'ѐ'..='џ' => 0xA0 + (c as u32 - 'ѐ' as u32) as u8,
        'Ѐ'..='Џ' => 0xA0 + (c as u32 - 'Ѐ' as u32) as u8,
        'Ґ' | 'ґ' => 0xB0,
        c if c.is_ascii() => fold_ascii(c as u8),
        c if is_apostrophe(c) => b'\'',
        c if is_hyphen(c) => b'-',
        c if c.is_whitespace() => b' ',
        c => return fold_other(c),
    };
    Folded::one(byte)
}

/// [`fold_into`] for a two-byte UTF-8 Cyrillic letter, upper- or lower-case.
#[inline]
fn fold_cyrillic(lead: u8, next: u8) -> Option<u8> {
    Some(match (lead, next) {
        (0xD0, 0x80..=0x8F) => 0xA0 + (next - 0x80), // Ѐ..Џ: Є, І, Ї
        (0xD0, 0x90..=0xAF) => 0x80 + (next - 0x90), // А..Я
        (0xD0, 0xB0..=0xBF) => 0x80 + (next - 0xB0), // а..п
        (0xD1, 0x80..=0x8F) => 0x90 + (next - 0x80), // р..я
        (0xD1, 0x90..=0x9F) => 0xA0 + (next - 0x90), // ѐ..џ: є, і, ї
        (0xD2, 0x90 | 0x91) => 0xB0,                 // Ґ, ґ
        _ => return None,
    })
}

#[inline]
fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b if b.is_ascii_whitespace() => b' ',
        b => b.to_ascii_lowercase(),
    }
}

/// Any other character: lower-cased, then its code point as four base-64 digits in
/// 0xC0..=0xFF after the [`OTHER`] marker.
fn fold_other(c: char) -> Folded {
    let mut lower = c.to_lowercase();
    let c = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    };
    let code = c as u32;
    let digit = |shift: u32| 0xC0 | ((code >> shift) & 0x3F) as u8;
    Folded {
        bytes: [OTHER, digit(18), digit(12), digit(6), digit(0)],
        len: 5,
    }
}

/// What borders a match on one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Edge {
    /// Space, punctuation or the end of the text.
    Open,
    /// A hyphen joining a capitalised word: a mention only if that word is one too.
    Hyphen,
    /// A letter, digit, or an apostrophe inside a word: the match is part of a longer word.
    Closed,
}

pub(super) fn edge_before(text: &str, start: usize) -> Edge {
    let mut before = text[..start].chars().rev();
    let next = before.next();
    let adjacent = before.next();
    // The first letter of the word beyond a hyphen; only a hyphen needs it.
    let initial = match next {
        Some(c) if is_hyphen(c) => before
            .take_while(|&c| is_word_char(c) || is_apostrophe(c))
            .last()
            .or(adjacent),
        _ => adjacent,
    };
    edge(next, adjacent, initial)
}

pub(super) fn edge_after(text: &str, end: usize) -> Edge {
    let mut after = text[end..].chars();
    let next = after.next();
    let beyond = after.next();
    edge(next, beyond, beyond)
}

/// Classifies the character `next` to a match, given the letter `adjacent` to it beyond
/// and the `initial` of the word that letter belongs to. A hyphen before a lower-case
/// word or a number leaves the name whole (Кличко-молодший, Євробаченні-2016); next to a
/// capitalised word it may join two names (Києва-Ковеля) or be inside one (Нью-Йорка),
/// which [`super::resolve`] tells apart.
fn edge(next: Option<char>, adjacent: Option<char>, initial: Option<char>) -> Edge {
    let joins_word = adjacent.is_some_and(is_word_char);
    match next {
        Some(c) if is_word_char(c) => Edge::Closed,
        Some(c) if is_apostrophe(c) && joins_word => Edge::Closed,
        Some(c) if is_hyphen(c) && joins_word && initial.is_some_and(is_upper) => Edge::Hyphen,
        _ => Edge::Open,
    }
}

/// Whether a sentence starts at `start`: at the start of the text, or after . ! ? … or an
/// opening quote (spaces between). Only there may a lower-case name word be capitalised.
pub(super) fn starts_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    match before.chars().next_back() {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | '…') || is_opening_quote(c),
    }
}

/// Whether `text[start..end]` stands between quotation marks: «Свобода», „Свобода“.
pub(super) fn is_quoted(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_some_and(is_opening_quote) && after.is_some_and(is_closing_quote)
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '«' | '„' | '"' | '“')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '»' | '“' | '"' | '”')
}

/// The word after `end`, if only spaces and at most one line break come between.
pub(super) fn word_after(text: &str, end: usize) -> Option<&str> {
    after_gap(text, end).map(|start| leading_word(&text[start..]))
}

/// Whether a name in quotation marks follows `end` («Зоря» after Луганська).
pub(super) fn quoted_name_after(text: &str, end: usize) -> bool {
    let Some(start) = after_gap(text, end) else {
        return false;
    };
    let mut next = text[start..].chars();
    next.next().is_some_and(is_opening_quote) && next.next().is_some_and(char::is_uppercase)
}

/// The word before `start`, if only spaces and at most one line break come between.
pub(super) fn word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].trim_end();
    if !is_word_gap(&text[before.len()..start]) {
        return None;
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || is_apostrophe(c))
        .last()
        .map(|(i, _)| i)?;
    Some(&before[word_start..])
}

/// Endings of a genitive that may continue a name into a longer one: feminine -и/-і/-ї
/// (Європи, Польщі, Росії), masculine and neuter -а/-я/-у/-ю (Києва, Криму), plural -ів
/// (Штатів), and those of adjectives, which end in one of these or in -ого/-их/-іх.
const GENITIVE_ENDINGS: &str = "и і ї а я у ю ів їв ого ього их іх";

/// Adjective genitives (Великої Британії, Сполучених Штатів): a capitalised word after
/// them still belongs to the same name.
const ADJECTIVE_GENITIVE_ENDINGS: &str = "ої ьої ого ього их іх";

/// Lower-case particles inside foreign persons' names (Урсули фон дер Ляєн).
const NAME_PARTICLES: &str = "фон дер ван ден де ді да дос дю ла ле дель делла ель аль бін бен ібн";

/// The capitalised genitive right after `end`, one space or line break away,
/// that would continue a name into a longer one: «Рада Європи», «Міністерство оборони
/// Великої Британії». A noun followed by another capitalised word (after name particles)
/// is rather a person's name in apposition: «голови Ради Руслана Стефанчука», «Урсули фон
/// дер Ляєн».
pub(super) fn genitive_after(text: &str, end: usize) -> Option<Range<usize>> {
    let start = after_gap(text, end)?;
    let word = leading_word(&text[start..]);
    let mut letters = word.chars();
    let title_case = letters.next().is_some_and(is_upper)
        && letters.any(char::is_lowercase)
        && word.chars().all(|c| is_cyrillic(c) || is_apostrophe(c));
    let lower = word.to_lowercase();
    if !title_case || !ends_with_any(&lower, GENITIVE_ENDINGS) {
        return None;
    }
    let span = start..start + word.len();
    if ends_with_any(&lower, ADJECTIVE_GENITIVE_ENDINGS) {
        return Some(span);
    }
    let mut at = start + word.len();
    while let Some(next) = after_gap(text, at) {
        let word = leading_word(&text[next..]);
        if word.chars().next().is_some_and(is_upper) {
            return None;
        }
        if !NAME_PARTICLES.split(' ').any(|p| p == word) {
            break;
        }
        at = next + word.len();
    }
    Some(span)
}

/// Where the next word starts after `at`, if only spaces and at most one line break
/// separate them (a blank line ends a paragraph).
fn after_gap(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let gap = rest.len() - rest.trim_start().len();
    (is_word_gap(&rest[..gap]) && gap < rest.len()).then_some(at + gap)
}

/// Space between two words of one paragraph: some, with at most one line break.
fn is_word_gap(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().filter(|&c| c == '\n').count() <= 1
}

/// The word at the start of `s`: letters and apostrophes inside it.
fn leading_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(is_word_char(c) || is_apostrophe(c)))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Which words of `s` start with a capital: bit `i` for word `i` (words split at spaces
/// and hyphens). A name matches only where the text capitalises the same words.
pub(super) fn capitals(s: &str) -> u64 {
    let mut bits = 0;
    let mut word = 0;
    let mut at_start = true;
    for c in s.chars() {
        if is_space(c) || is_hyphen(c) {
            at_start = true;
        } else if at_start {
            if is_upper(c) && word < 64 {
                bits |= 1 << word;
            }
            word += 1;
            at_start = false;
        }
    }
    bits
}

/// Letters and digits of any script, combining accents (stress marks) and soft hyphens.
pub(super) fn is_word_char(c: char) -> bool {
    match c {
        // Cyrillic letters, ASCII and punctuation first: the general test walks Unicode
        // tables.
        'Ѐ'..='џ' | 'ґ' | 'Ґ' => true,
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        c if is_punctuation(c) => false,
        c => c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{ad}',
    }
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}
