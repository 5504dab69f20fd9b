//! From raw matches to mentions: aliases cut short of a longer name, hyphen-joined pairs,
//! shared aliases resolved by what the text said before, and the words that only look
//! like a name where they stand (an unquoted sentence start of a name the text quotes, a
//! town's genitive that is the adjective of the noun after it, a namesake's surname after
//! another first name, a possessive adjective in -ові before its noun).

use super::Mention;
use super::given_names::is_given_name;
use super::text::{
    is_hyphen, is_quoted, quoted_name_after, starts_sentence, starts_upper, word_after, word_before,
};
use crate::analyze::inflect::letters::{ends_with_any, is_consonant, listed};

/// A match that passed the word-boundary and capitalisation checks.
#[derive(Debug)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Every entity with this form, sorted; more than one for a shared alias.
    pub(super) entities: Entities,
    pub(super) hyphen_before: bool,
    pub(super) hyphen_after: bool,
    /// Where the capitalised genitive starts that follows an organisation's alias (Європи
    /// after Рада), see [`super::text::genitive_after`].
    pub(super) genitive_after: Option<usize>,
}

/// The entities of a hit: nearly always one, which needs no allocation.
#[derive(Debug)]
pub(super) enum Entities {
    One(usize),
    Several(Vec<usize>),
}

impl Entities {
    /// Adds `entity` unless it is the last one added.
    pub(super) fn push(entities: &mut Option<Entities>, entity: usize) {
        match entities {
            None => *entities = Some(Entities::One(entity)),
            Some(Entities::One(one)) if *one != entity => {
                *entities = Some(Entities::Several(vec![*one, entity]));
            }
            Some(Entities::Several(several)) if several.last() != Some(&entity) => {
                several.push(entity);
            }
            Some(_) => {}
        }
    }

    pub(super) fn as_slice(&self) -> &[usize] {
        match self {
            Entities::One(one) => std::slice::from_ref(one),
            Entities::Several(several) => several,
        }
    }
}

/// What [`link`] needs to know of an entity beyond its forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Bearer {
    /// A place, body, event or thing.
    Thing,
    /// A person declared without a first name (a bare «Залужний»).
    Person,
    /// A person declared with a first name (Ігор Климов): another first name before the
    /// bare surname then tells a namesake.
    FirstNamed,
}

/// Turns hits, in text order and not overlapping, into mentions; `bearers` is indexed by
/// entity.
pub(super) fn link(text: &str, hits: Vec<Hit>, bearers: &[Bearer]) -> Vec<Mention> {
    let is_person = |entity: usize| bearers[entity] != Bearer::Thing;
    let mentions = disambiguate(pair_hyphens(text, drop_cut_names(hits, &is_person)));
    let mentions = drop_unquoted_sentence_starts(text, mentions);
    let mentions = drop_namesakes_and_possessives(text, mentions, bearers);
    drop_adjectives_before_their_noun(text, mentions, is_person)
}

/// Adverbs in -и/-і that may follow a dative in -ові (Шевченкові тоді подарували…), so
/// they are no plural noun making it a possessive.
const ADVERBS_IN_I: &str = "тоді нині завжди ніколи двічі тричі всюди досі іноді вдруге втретє";

/// A person's surname standing alone (the short alias) is no mention of that person where
/// the words around it say it is someone else's or no name at all:
/// - after a first name that is not the entity's own (its full name would have matched
///   as one): Олена Климова, Петро Шевченко — a namesake. Only for an entity declared
///   with a first name: of a bare «Залужний», «Валерій Залужний» may well be a mention;
/// - when it is itself a first name and another capitalised word follows: Гордій Савчук;
/// - in -ові before a lower-case plural (Франкові листи, Шевченкові вірші): the
///   possessive adjective, not the dative (пам'ятник Франкові, Шевченкові присвятили).
fn drop_namesakes_and_possessives(
    text: &str,
    mut mentions: Vec<Mention>,
    bearers: &[Bearer],
) -> Vec<Mention> {
    if mentions.iter().all(|m| bearers[m.entity] == Bearer::Thing) {
        return mentions;
    }
    let keep: Vec<bool> = (0..mentions.len())
        .map(|i| stands_in_its_words(text, &mentions, i, bearers[mentions[i].entity]))
        .collect();
    let mut keep = keep.into_iter();
    mentions.retain(|_| keep.next().unwrap_or(true));
    mentions
}

/// Whether mention `i` stands by [`drop_namesakes_and_possessives`]. Mentions are sorted
/// and do not overlap, so only its neighbours can touch the words either side of it.
fn stands_in_its_words(text: &str, mentions: &[Mention], i: usize, bearer: Bearer) -> bool {
    let m = &mentions[i];
    let surface = &text[m.start..m.end];
    if bearer == Bearer::Thing || surface.contains(char::is_whitespace) {
        return true;
    }
    let before = word_before(text, m.start).filter(|w| {
        let start = offset_in(text, w);
        let previous_ends_here = i > 0 && mentions[i - 1].end == start + w.len();
        starts_upper(w) && !previous_ends_here && !starts_sentence(text, start)
    });
    if bearer == Bearer::FirstNamed && before.is_some_and(is_given_name) {
        return false;
    }
    let after = word_after(text, m.end);
    let next_is_other_name = after.is_some_and(|w| {
        let next_starts_here = mentions
            .get(i + 1)
            .is_some_and(|n| n.start == offset_in(text, w));
        starts_upper(w) && !is_abbreviation(w) && !next_starts_here
    });
    if next_is_other_name && is_given_name(surface) {
        return false;
    }
    let possessive = ["ові", "еві", "єві"].iter().any(|e| surface.ends_with(e))
        && after.is_some_and(is_lower_case_plural);
    !possessive
}

/// A lower-case word that may be a plural noun or adjective (вірші, пісні, твори, листи):
/// not a verb's past (присвятили), not an infinitive, which often follows a dative
/// (доручила Кравченкові підготувати), nor one of [`ADVERBS_IN_I`].
fn is_lower_case_plural(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().count() > 3
        && word.ends_with(['и', 'і', 'ї'])
        && !word.ends_with("ли")
        && (!word.ends_with("ти") || is_plural_in_ti(word))
        && !listed(ADVERBS_IN_I, word)
}

/// Infinitives whose -ти follows a consonant: a closed class of verbs (with their
/// prefixed forms: принести, допомогти, прийти). Every other infinitive has a vowel
/// before -ти (читати, робити), so a consonant there otherwise marks a plural noun
/// (листи, факти, документи).
const CONSONANT_INFINITIVES: &str = "нести вести везти мести плести брести гнести рости \
    трясти прясти класти красти пасти сісти їсти цвісти гризти лізти повзти гребти скубти \
    пекти текти сікти волокти товкти берегти стерегти лягти стригти могти бігти терти \
    перти мерти дерти жерти йти";

/// A word in -ти that is a plural noun rather than an infinitive: see
/// [`CONSONANT_INFINITIVES`].
fn is_plural_in_ti(word: &str) -> bool {
    word.chars().rev().nth(2).is_some_and(is_consonant)
        && !ends_with_any(word, CONSONANT_INFINITIVES)
}

/// An abbreviation (ОДА, ЗСУ): every letter a capital.
fn is_abbreviation(word: &str) -> bool {
    word.chars().count() > 1 && word.chars().all(char::is_uppercase)
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Prepositions that take the genitive: after one, a town's form in -ська is its genitive
/// (з Дружківки до Слов'янська щодня…), never the nominative adjective.
const GENITIVE_PREPOSITIONS: &str = "до з із зі від у в біля для без після поблизу навколо \
    довкола коло серед посеред замість крім окрім проти вздовж обабіч щодо стосовно заради \
    задля всередині усередині";

/// The genitive of a town in -ськ/-цьк/-зьк (Донецька, Луцька) is spelt like the
/// feminine adjective (Донецька область, Луцька міська рада): followed by a lower-case word
/// that agrees with that adjective, by an abbreviation of the noun (Луганська ОДА) or by
/// a name in quotes (Луганська «Зоря»), it is the adjective. Short words (та, за, на) and
/// verbs (до Луганська повернулася) do not agree, and after a preposition that takes the
/// genitive the form is the town's.
fn drop_adjectives_before_their_noun(
    text: &str,
    mut mentions: Vec<Mention>,
    is_person: impl Fn(usize) -> bool,
) -> Vec<Mention> {
    mentions.retain(|m| {
        let surface = &text[m.start..m.end];
        if is_person(m.entity)
            || !["ська", "цька", "зька"]
                .iter()
                .any(|e| surface.ends_with(e))
        {
            return true;
        }
        let Some(word) = word_after(text, m.end) else {
            return true;
        };
        let after_preposition = word_before(text, m.start).is_some_and(|w| {
            let w = w.to_lowercase();
            GENITIVE_PREPOSITIONS.split_whitespace().any(|p| p == w)
        });
        if after_preposition {
            return true;
        }
        let verb = ["ла", "ся", "сь"].iter().any(|e| word.ends_with(e));
        let lower = word.chars().next().is_some_and(char::is_lowercase);
        let agrees = word.chars().count() > 3 && word.ends_with(['а', 'я', 'ь']);
        // An abbreviation stands for the noun (Івано-Франківська ОВА, Луганська ОДА), and
        // so does a name in quotes (Луганська «Зоря»).
        !((lower && !verb && agrees) || is_abbreviation(word) || quoted_name_after(text, m.end))
    });
    mentions
}

/// A text that writes a name in quotes («Свобода», «Свободу») names it that way: the same
/// single word unquoted at a sentence start is the common noun its capital stands for
/// there («Свобода слова…»).
fn drop_unquoted_sentence_starts(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let quoted: Vec<usize> = mentions
        .iter()
        .filter(|m| is_quoted(text, m.start, m.end))
        .map(|m| m.entity)
        .collect();
    if quoted.is_empty() {
        return mentions;
    }
    mentions.retain(|m| {
        !quoted.contains(&m.entity)
            || is_quoted(text, m.start, m.end)
            || text[m.start..m.end].contains(char::is_whitespace)
            || !starts_sentence(text, m.start)
    });
    mentions
}

/// An organisation's alias followed by a capitalised genitive is the start of another
/// body's longer name: «Рада Європи» is not the Рада, «Міністерство оборони Росії» not the
/// Ukrainian ministry. Unless the genitive is a person's name the text found, in
/// apposition: «Офісу президента Зеленського».
fn drop_cut_names(hits: Vec<Hit>, is_person: &impl Fn(usize) -> bool) -> Vec<Hit> {
    if hits.iter().all(|h| h.genitive_after.is_none()) {
        return hits;
    }
    let keep: Vec<bool> = (0..hits.len())
        .map(|i| match hits[i].genitive_after {
            None => true,
            Some(at) => hits.get(i + 1).is_some_and(|next| {
                next.start == at && next.entities.as_slice().iter().all(|&e| is_person(e))
            }),
        })
        .collect();
    let mut keep = keep.into_iter();
    let mut hits = hits;
    hits.retain(|_| keep.next().unwrap_or(false));
    hits
}

/// A hit joined to a word by a hyphen stands only if that word is a hit too: «Києва-Ковеля»
/// names two cities, but York must not be found in «Нью-Йорка».
fn pair_hyphens(text: &str, mut hits: Vec<Hit>) -> Vec<Hit> {
    if hits.iter().all(|h| !h.hyphen_before && !h.hyphen_after) {
        return hits;
    }
    loop {
        let keep: Vec<bool> = (0..hits.len()).map(|i| is_paired(text, &hits, i)).collect();
        if keep.iter().all(|&k| k) {
            return hits;
        }
        let mut keep = keep.into_iter();
        hits.retain(|_| keep.next().unwrap_or(false));
    }
}

fn is_paired(text: &str, hits: &[Hit], i: usize) -> bool {
    let joined = |a: &Hit, b: &Hit| {
        let mut gap = text[a.end..b.start].chars();
        gap.next().is_some_and(is_hyphen) && gap.next().is_none()
    };
    let before = !hits[i].hyphen_before || i > 0 && joined(&hits[i - 1], &hits[i]);
    let after = !hits[i].hyphen_after || hits.get(i + 1).is_some_and(|n| joined(&hits[i], n));
    before && after
}

/// A form of one entity links to it. A form several entities share (two people called
/// Шевченко) links to whichever of them the text named most recently before it, and to
/// none when it named neither.
fn disambiguate(hits: Vec<Hit>) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::with_capacity(hits.len());
    for hit in hits {
        let entity = match hit.entities.as_slice() {
            [only] => Some(*only),
            several => most_recent(&mentions, several),
        };
        if let Some(entity) = entity {
            mentions.push(Mention {
                start: hit.start,
                end: hit.end,
                entity,
            });
        }
    }
    mentions
}

fn most_recent(mentions: &[Mention], entities: &[usize]) -> Option<usize> {
    let recent = mentions.iter().rev().find(|m| entities.contains(&m.entity));
    recent.map(|m| m.entity)
}
