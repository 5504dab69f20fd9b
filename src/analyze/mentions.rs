//! Finds entity mentions in a seed text (analyze stage): every declined form of every
//! entity name, in one pass, linked to its entity.
//!
//! All forms of all names ([`inflect`]) go into one leftmost-longest Aho-Corasick
//! automaton over folded text (lower-case, one apostrophe, one byte per letter; see
//! `text`). A mention starts at the initial of a word, nearly always a capital, so the
//! automaton runs anchored from those few initials only, folding as it goes, instead of
//! scanning the whole text: the cost is a quick pass over the bytes plus a few short walks,
//! whatever the number of entities. Each match is then checked on the
//! original text: it must be a whole word and capitalise the same words as the name
//! (надія is not Надія; only the first word of a sentence may gain a capital: «Фон дер
//! Ляєн» for фон дер Ляєн). An organisation's alias cut short of a longer name (Рада in
//! «Рада Європи») does not count. Forms that several entities share are resolved by the
//! text.

mod given_names;
mod resolve;
mod text;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod testset;

use super::inflect::{self, Gender};
use crate::model::EntityKind;
use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, Input, Match, MatchKind, nfa};
use rayon::prelude::*;
use resolve::{Bearer, Entities, Hit};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use text::{Edge, TextView};

/// The names of one entity, as its file gives them (base forms).
#[derive(Clone, Copy, Debug)]
pub struct EntityNames<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    pub kind: EntityKind,
}

impl<'a> EntityNames<'a> {
    /// The name, then the aliases.
    fn names(&self) -> impl Iterator<Item = &'a str> + Clone + use<'a> {
        std::iter::once(self.name).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A mention: byte offsets into the text, and the index of the entity in the slice given
/// to [`MentionMatcher::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

/// A name or alias that more than one entity answers to; it links only where the text
/// disambiguates it, so `annalist check` warns about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedAlias {
    pub alias: String,
    pub entities: Vec<usize>,
}

/// Finds mentions of a fixed set of entities; build once, match many texts.
pub struct MentionMatcher {
    automaton: Searcher,
    /// The first folded bytes of the patterns that may start in lower case (фон дер
    /// Ляєн); `None` when no pattern does, as in most entity lists.
    lower: Option<Box<[bool; 256]>>,
    /// Whether every pattern starts with a word character, so that a mention can only
    /// start where [`text::initials`] looks.
    initials: bool,
    /// Candidates of pattern `p` are `candidates[offsets[p]..offsets[p + 1]]`.
    offsets: Vec<usize>,
    candidates: Vec<Candidate>,
    shared: Vec<SharedAlias>,
    /// Whether each entity is a person, and one declared with a first name.
    bearers: Vec<Bearer>,
    /// The words of all names of each entity that has an open alias (see [`Candidate`]),
    /// folded: «Рада України» is still the Рада of Верховна Рада України.
    own_words: HashMap<usize, Vec<Vec<u8>>>,
}

/// One entity that a pattern may stand for, with the capitalisation it requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Candidate {
    entity: usize,
    capitals: u64,
    /// A form of an organisation's or event's alias that a capitalised genitive would
    /// make into a longer name ([`inflect::open_to_genitive`]): Рада of «Рада Європи».
    open: bool,
}

impl MentionMatcher {
    pub fn new(entities: &[EntityNames<'_>]) -> MentionMatcher {
        // Declining 10,000 entities' names is a third of the matcher's making: in
        // parallel; the patterns are then numbered in entity order, as before.
        let forms: Vec<Vec<NameForms>> = entities.par_iter().map(name_forms).collect();
        let mut patterns = Patterns::default();
        for (index, (entity, names)) in entities.iter().zip(forms).enumerate() {
            patterns.add_entity(index, entity, names);
        }
        patterns.build(entities.iter().map(bearer).collect())
    }

    /// Non-overlapping mentions sorted by start.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let hits = match &self.automaton {
            Searcher::Contiguous(automaton) => self.hits(automaton, text),
            Searcher::Noncontiguous(automaton) => self.hits(automaton, text),
        };
        resolve::link(text, hits, &self.bearers)
    }

    /// The hits of [`Self::find`], in text order. A mention starts at an initial
    /// ([`text::initials`]), so the automaton runs anchored from each initial only: in
    /// most texts a few dozen short walks from capitals instead of a scan of all the text.
    ///
    /// This finds exactly what the scan of the folded text ([`Self::hits_folded`]) finds.
    /// Where the scan meets a match that is no mention, it resumes at the end of that
    /// word, and a word holds no initial after its first letter: every pattern starts
    /// with a word character (else the matcher always scans), and a letter inside a word
    /// counts as an initial only after two apostrophes (then this text is scanned).
    /// Elsewhere both try the same starts, in the same order, from the same place.
    fn hits<A: Automaton>(&self, automaton: &A, text: &str) -> Vec<Hit> {
        if !self.initials {
            return self.hits_folded(automaton, text);
        }
        let mut hits = Vec::new();
        let mut at = 0;
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("the automaton has an anchored start");
        let regular = text::initials(text, self.lower.as_deref(), |initial| {
            if initial < at {
                return;
            }
            let mut limit = usize::MAX;
            let mut valid = None;
            let mut matched = false;
            while let Some((pattern, end, len)) = longest_at(automaton, start, text, initial, limit)
            {
                matched = true;
                valid = self.check(text, initial..end, pattern);
                if valid.is_some() {
                    at = end;
                    break;
                }
                limit = len;
            }
            match valid {
                Some(hit) => hits.push(hit),
                None if matched => at = text::word_end(text, initial),
                None => {}
            }
        });
        match regular {
            true => hits,
            false => self.hits_folded(automaton, text),
        }
    }

    /// The hits of [`Self::find`] by a scan of the folded text: the leftmost-longest match
    /// from where the last one ended, the longest valid mention where it starts, else on
    /// from the end of its word.
    fn hits_folded<A: Automaton>(&self, automaton: &A, text: &str) -> Vec<Hit> {
        let view = TextView::new(text);
        let mut hits = Vec::new();
        let mut at = 0;
        let search = |input: Input<'_>| {
            let found = automaton.try_find(&input);
            found.expect("the automaton searches both anchored and unanchored")
        };
        while let Some(found) = search(Input::new(&view.folded).range(at..)) {
            match self.longest_valid(&view, text, found, search) {
                Some((hit, end)) => {
                    hits.push(hit);
                    at = end;
                }
                // No mention starts inside a word: resume at the end of this one.
                None => at = view.after_word(text, found.start()),
            }
        }
        hits
    }

    /// [`Self::find`] by the scan of the folded text alone, for tests and measurements.
    #[cfg(test)]
    fn find_folded(&self, text: &str) -> Vec<Mention> {
        let hits = match &self.automaton {
            Searcher::Contiguous(automaton) => self.hits_folded(automaton, text),
            Searcher::Noncontiguous(automaton) => self.hits_folded(automaton, text),
        };
        resolve::link(text, hits, &self.bearers)
    }

    /// Names and aliases that several entities share.
    pub fn shared_aliases(&self) -> &[SharedAlias] {
        &self.shared
    }

    /// The longest match where `found` starts that is a mention: when «Сергій кислиця»
    /// fails the capitalisation check, «Сергій» alone may still be one. Returns the hit and
    /// where it ends in the folded text.
    fn longest_valid(
        &self,
        view: &TextView,
        text: &str,
        found: Match,
        search: impl Fn(Input<'_>) -> Option<Match>,
    ) -> Option<(Hit, usize)> {
        let start = view.original(found.start());
        if text::edge_before(text, start) == Edge::Closed {
            return None;
        }
        let mut next = Some(found);
        while let Some(m) = next {
            let span = start..view.original(m.end());
            if let Some(hit) = self.check(text, span, m.pattern().as_usize()) {
                return Some((hit, m.end()));
            }
            let shorter = found.start()..m.end() - 1;
            next = search(
                Input::new(&view.folded)
                    .range(shorter)
                    .anchored(Anchored::Yes),
            );
        }
        None
    }

    /// A match is a mention if it ends a word (or a hyphen-joined part, see [`resolve`])
    /// and its words are capitalised like the name's; a lower-case first word may be
    /// capitalised where a sentence starts (фон дер Ляєн → «Фон дер Ляєн пообіцяла»).
    fn check(&self, text: &str, span: Range<usize>, pattern: usize) -> Option<Hit> {
        let after = text::edge_after(text, span.end);
        if after == Edge::Closed {
            return None;
        }
        let capitals = text::capitals(&text[span.clone()]);
        let sentence_start = OnceCell::new();
        let fits = |c: &&Candidate| {
            c.capitals == capitals
                || c.capitals & 1 == 0
                    && capitals == c.capitals | 1
                    && *sentence_start.get_or_init(|| text::starts_sentence(text, span.start))
        };
        let candidates = &self.candidates[self.offsets[pattern]..self.offsets[pattern + 1]];
        let mut entities = None;
        let mut open = true;
        for candidate in candidates.iter().filter(fits) {
            // Sorted by entity: an entity found by two of its names counts once.
            Entities::push(&mut entities, candidate.entity);
            open &= candidate.open;
        }
        let entities = entities?;
        let genitive_after = open
            .then(|| text::genitive_after(text, span.end))
            .flatten()
            .filter(|word| !self.names_word(entities.as_slice(), &text[word.clone()]))
            .map(|word| word.start);
        Some(Hit {
            start: span.start,
            end: span.end,
            entities,
            hyphen_before: text::edge_before(text, span.start) == Edge::Hyphen,
            hyphen_after: after == Edge::Hyphen,
            genitive_after,
        })
    }

    /// Whether a name of one of `entities` has `word`.
    fn names_word(&self, entities: &[usize], word: &str) -> bool {
        let word = text::fold_str(word);
        let own = entities.iter().filter_map(|e| self.own_words.get(e));
        own.flatten().any(|w| *w == word)
    }
}

/// The patterns while they are collected: folded form → pattern id, and who each one names.
#[derive(Default)]
struct Patterns {
    ids: HashMap<Vec<u8>, usize>,
    keys: Vec<Vec<u8>>,
    entries: Vec<(usize, Candidate)>,
    /// Every declared name and alias, to find the shared ones.
    declared: Vec<(String, usize, Candidate)>,
    own_words: HashMap<usize, Vec<Vec<u8>>>,
}

/// One of an entity's names with every form it takes, the declared one first.
struct NameForms {
    /// Whether a genitive may follow the name and still be part of it (see
    /// [`inflect::open_to_genitive`]).
    open: bool,
    forms: Vec<String>,
}

/// Whether `entity` is a person, and one whose name has a first name before the surname.
fn bearer(entity: &EntityNames<'_>) -> Bearer {
    let capitalised = entity
        .name
        .split_whitespace()
        .filter(|w| text::starts_upper(w));
    match entity.kind {
        EntityKind::Person if capitalised.count() > 1 => Bearer::FirstNamed,
        EntityKind::Person => Bearer::Person,
        _ => Bearer::Thing,
    }
}

/// The forms of each of `entity`'s names (the name, then its aliases).
fn name_forms(entity: &EntityNames<'_>) -> Vec<NameForms> {
    // An alias inherits the gender of the full name: «Стефанишин» of Ольга Стефанишин.
    let gender = match entity.kind {
        EntityKind::Person => inflect::guess_gender(entity.name),
        _ => Gender::Masculine,
    };
    let body = matches!(entity.kind, EntityKind::Organization | EntityKind::Event);
    entity
        .names()
        .enumerate()
        .filter(|(_, name)| !name.trim().is_empty())
        .map(|(n, name)| NameForms {
            open: body && n > 0 && inflect::open_to_genitive(name),
            forms: inflect::surface_forms_as(name, entity.kind, gender),
        })
        .collect()
}

impl Patterns {
    fn add_entity(&mut self, index: usize, entity: &EntityNames<'_>, names: Vec<NameForms>) {
        for name in names {
            if name.open && !self.own_words.contains_key(&index) {
                let words = entity.names().flat_map(str::split_whitespace);
                self.own_words
                    .insert(index, words.map(text::fold_str).collect());
            }
            for (i, form) in name.forms.iter().enumerate() {
                let (id, candidate) = self.add(form, index, name.open);
                if i == 0 {
                    self.declared.push((form.clone(), id, candidate));
                }
            }
        }
    }

    fn add(&mut self, form: &str, entity: usize, open: bool) -> (usize, Candidate) {
        let key = text::fold_str(form);
        let id = match self.ids.get(&key) {
            Some(&id) => id,
            None => {
                self.ids.insert(key.clone(), self.keys.len());
                self.keys.push(key);
                self.keys.len() - 1
            }
        };
        let candidate = Candidate {
            entity,
            capitals: text::capitals(form),
            open,
        };
        self.entries.push((id, candidate));
        (id, candidate)
    }

    fn build(mut self, bearers: Vec<Bearer>) -> MentionMatcher {
        self.entries.sort_unstable();
        self.entries.dedup();
        let mut offsets = vec![0; self.keys.len() + 1];
        for &(id, _) in &self.entries {
            offsets[id + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let shared = self.shared();
        let lower = lower_initials(&self.keys, &self.entries);
        let initials = self.keys.iter().all(|key| text::starts_with_word_char(key));
        let candidates = self.entries.into_iter().map(|(_, c)| c).collect();
        MentionMatcher {
            automaton: Searcher::new(&self.keys),
            lower,
            initials,
            offsets,
            candidates,
            shared,
            bearers,
            own_words: self.own_words,
        }
    }

    /// Declared names whose pattern, with the same capitals, also stands for another entity.
    fn shared(&self) -> Vec<SharedAlias> {
        let mut shared: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        for (alias, id, declared) in &self.declared {
            let same = self
                .entries_of(*id)
                .filter(|c| c.capitals == declared.capitals);
            let entities: BTreeSet<usize> = same.map(|c| c.entity).collect();
            if entities.len() > 1 {
                shared.entry(alias).or_default().extend(entities);
            }
        }
        let to_alias = |(alias, entities): (&str, BTreeSet<usize>)| SharedAlias {
            alias: alias.to_string(),
            entities: entities.into_iter().collect(),
        };
        shared.into_iter().map(to_alias).collect()
    }

    /// The candidates of pattern `id`; `entries` is sorted by id.
    fn entries_of(&self, id: usize) -> impl Iterator<Item = Candidate> + '_ {
        let from = self.entries.partition_point(|&(i, _)| i < id);
        self.entries[from..]
            .iter()
            .take_while(move |&&(i, _)| i == id)
            .map(|&(_, c)| c)
    }
}

/// The first bytes of the patterns that some entity writes with a lower-case first word
/// (фон дер Ляєн, or a name that starts with a digit), or `None`.
fn lower_initials(keys: &[Vec<u8>], entries: &[(usize, Candidate)]) -> Option<Box<[bool; 256]>> {
    let lower = entries.iter().filter(|(_, c)| c.capitals & 1 == 0);
    let mut bytes = lower.filter_map(|&(id, _)| keys[id].first()).peekable();
    bytes.peek()?;
    let mut table = Box::new([false; 256]);
    bytes.for_each(|&b| table[b as usize] = true);
    Some(table)
}

/// The automaton of all patterns, leftmost-longest. A contiguous NFA: the walks from
/// initials visit a few states each, all over the automaton, and its states are compact
/// (a DFA, with a row of 256 transitions per state, is many times larger and no faster
/// here).
enum Searcher {
    Contiguous(nfa::contiguous::NFA),
    /// Only past the contiguous NFA's limits: far beyond any entity list.
    Noncontiguous(nfa::noncontiguous::NFA),
}

impl Searcher {
    fn new(keys: &[Vec<u8>]) -> Searcher {
        let nfa = nfa::noncontiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys)
            // Only an automaton past u32::MAX states fails: far beyond any entity list.
            .expect("the mention automaton fits in memory");
        match nfa::contiguous::Builder::new().build_from_noncontiguous(&nfa) {
            Ok(contiguous) => Searcher::Contiguous(contiguous),
            Err(_) => Searcher::Noncontiguous(nfa),
        }
    }
}

#[cfg(test)]
impl Searcher {
    fn kind(&self) -> &'static str {
        match self {
            Searcher::Contiguous(_) => "contiguous NFA",
            Searcher::Noncontiguous(_) => "noncontiguous NFA",
        }
    }

    fn memory_usage(&self) -> usize {
        match self {
            Searcher::Contiguous(automaton) => automaton.memory_usage(),
            Searcher::Noncontiguous(automaton) => automaton.memory_usage(),
        }
    }
}

/// The longest pattern the text at `start` begins with, shorter than `limit` folded
/// bytes: its id, where it ends in the text, and its length. Folds as it goes, and stops
/// where no pattern continues (a few letters into most words).
fn longest_at<A: Automaton>(
    automaton: &A,
    anchored_start: aho_corasick::automaton::StateID,
    text: &str,
    start: usize,
    limit: usize,
) -> Option<(usize, usize, usize)> {
    let mut state = anchored_start;
    let mut at = start;
    let mut len = 0;
    let mut longest = None;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let folded = text::fold_letter(bytes[at], bytes.get(at + 1).copied());
        if let Some((byte, width)) = folded {
            state = automaton.next_state(Anchored::Yes, state, byte);
            if automaton.is_dead(state) {
                return longest;
            }
            len += 1;
            at += width;
        } else {
            let (folded, width) = text::fold_at(text, at);
            for &byte in folded.as_slice() {
                state = automaton.next_state(Anchored::Yes, state, byte);
                if automaton.is_dead(state) {
                    return longest;
                }
            }
            len += folded.as_slice().len();
            at += width;
        }
        if len >= limit {
            break;
        }
        // Only a pattern as long as the walk starts at `start`: the others a match state
        // holds end here but start later (the unanchored search's suffixes).
        if automaton.is_match(state) {
            let mut patterns =
                (0..automaton.match_len(state)).map(|i| automaton.match_pattern(state, i));
            if let Some(pattern) = patterns.find(|&p| automaton.pattern_len(p) == len) {
                longest = Some((pattern.as_usize(), at, len));
            }
        }
    }
    longest
}
