//! Names of organisations, places and events: [adjective]* head [anything, unchanged].
//! Finds the head noun and the adjectives that agree with it (Верховна Рада, Софія
//! Київська, Часів Яр); those change, a genitive or apposition after them stays.

use super::adjective::{
    Agreement, adjective, adjective_paradigm, decline_short_possessive, long_possessive,
};
use super::combine::{Hyphen, hyphenated, join_slots};
use super::decline::{Filter, decline};
use super::letters::{
    is_apostrophe, is_consonant, is_cyrillic, is_frozen_token, is_sibilant, last_two,
};
use super::noun::{is_neuter_ya, noun_paradigms};
use super::paradigm::{Paradigm, Slot, SlotForms, empty_slots};

/// Place and institution names reopen і to о or е (Львів → Львова, Ірпінь → Ірпеня) and
/// ї to є (Київ → Києва).
const REOPEN_THING: &[char] = &['о', 'е'];

/// The ways a non-person name may decline: as [`thing_words`] reads it, and when a word in
/// -ів/-їв/-ин/-їн stands before a masculine noun, also with that word as a short
/// possessive adjective (Часів Яр → Часового Яру) beside a noun (Харків Палас). With
/// `countable`, the name has plural forms whatever its number.
pub(super) fn thing_readings(words: &[&str], countable: bool) -> Vec<Vec<Option<SlotForms>>> {
    let mut readings = vec![thing_words(words, false, countable)];
    if (0..words.len()).any(|i| is_short_possessive_before(words, i)) {
        readings.push(thing_words(words, true, countable));
    }
    readings
}

/// Declines a non-person name: the head noun and the adjectives agreeing with it change
/// (Верховної Ради, Софію Київську); what follows is a genitive or an apposition and
/// stays (Міністерства закордонних справ, Ради безпеки ООН). With `possessive`, short
/// possessive adjectives before the head agree with it too (Часового Яру).
fn thing_words(words: &[&str], possessive: bool, countable: bool) -> Vec<Option<SlotForms>> {
    let attribute = |i: usize| {
        agrees_as_adjective(words, i) || possessive && is_short_possessive_before(words, i)
    };
    let head = (0..words.len()).find(|&i| !attribute(i)).unwrap_or(0);
    let postposed = words[head + 1..]
        .iter()
        .take_while(|w| is_postposed_adjective(words[head], w))
        .count();
    let filter = Filter {
        plural: countable || is_plural_head(words[head]),
        vocative: false,
        reopen: REOPEN_THING,
    };
    let third =
        head > 0 && adjective(words[head - 1]).is_some_and(|(a, _)| a == Agreement::Feminine);
    let lone = words.len() == 1;
    let decline_head = |word: &str| {
        hyphenated(word, thing_hyphen(word), |p| {
            decline(p, &head_paradigms(p, third, lone), filter)
        })
    };
    let word_forms = |(i, word): (usize, &&str)| {
        if i < head
            && let Some((_, forms)) = ordinal(word)
        {
            return Some(forms);
        }
        // Дія.City: the word before the dot declines, the rest is its apposition.
        if i == head
            && let Some((first, rest)) = dotted(word)
        {
            return join_slots(&[first, rest], &[decline_head(first), None], ".");
        }
        if is_frozen_token(word) || i > head + postposed {
            None
        } else if i == head {
            decline_head(word)
        } else {
            hyphenated(word, Hyphen::Each, |p| match long_possessive(p) {
                Some(long) if possessive && adjective(p).is_none() => {
                    decline_short_possessive(p, &long, filter)
                }
                _ => decline(p, &adjective_paradigm(p), filter),
            })
        }
    };
    words.iter().enumerate().map(word_forms).collect()
}

/// A word of two parts joined by a dot whose first part is a Cyrillic word
/// (Дія.City, Дія.Бізнес): the two parts.
fn dotted(word: &str) -> Option<(&str, &str)> {
    let (first, rest) = word.split_once('.')?;
    let word = first.chars().all(|c| is_cyrillic(c) || is_apostrophe(c));
    (word && !rest.is_empty() && !is_frozen_token(first)).then_some((first, rest))
}

/// Word `i` is an adjective agreeing with the next word (Верховна Рада, Збройні сили), not
/// a head noun followed by its genitive (Рада Європи, Служба безпеки).
pub(super) fn agrees_as_adjective(words: &[&str], i: usize) -> bool {
    let agreement = adjective(words[i])
        .map(|(agreement, _)| agreement)
        .or_else(|| ordinal(words[i]).map(|(agreement, _)| agreement));
    let (Some(agreement), Some(next)) = (agreement, words.get(i + 1)) else {
        return false;
    };
    let (_, last) = last_two(next);
    is_frozen_token(next)
        || match agreement {
            Agreement::Masculine => last == 'ь' || last == 'о' || is_consonant(last),
            Agreement::Feminine => matches!(last, 'а' | 'я' | 'ь') || is_sibilant(last),
            Agreement::Neuter => matches!(last, 'о' | 'е' | 'є' | 'я'),
            Agreement::Plural => matches!(last, 'и' | 'і' | 'ї'),
        }
}

/// An ordinal written in figures (59-та, 3-тя, 47-й) and its forms, which change only
/// the ending after the hyphen: 59-та окрема бригада → 59-ї, 59-й, 59-ту, 59-ю окремою.
fn ordinal(word: &str) -> Option<(Agreement, SlotForms)> {
    let (number, ending) = word.split_once('-')?;
    if number.is_empty()
        || !number.chars().all(|c| c.is_ascii_digit())
        || ending.is_empty()
        || !ending.chars().all(|c| is_cyrillic(c) && c.is_lowercase())
    {
        return None;
    }
    let agreement = match last_two(ending).1 {
        'а' | 'я' => Agreement::Feminine,
        'й' => Agreement::Masculine,
        'е' | 'є' => Agreement::Neuter,
        'і' => Agreement::Plural,
        _ => return None,
    };
    let form = |end: &str| vec![format!("{number}-{end}")];
    let written = || vec![word.to_string()];
    let mut forms = empty_slots();
    let mut set = |slot: Slot, values: Vec<String>| forms[slot as usize] = values;
    match agreement {
        Agreement::Feminine => {
            let accusative = match ending.strip_suffix('а') {
                Some(stem) => format!("{stem}у"),
                None => format!("{}ю", ending.trim_end_matches('я')),
            };
            set(Slot::NomSg, written());
            set(Slot::GenSg, form("ї"));
            set(Slot::DatSg, form("й"));
            set(Slot::AccSg, form(&accusative));
            set(Slot::InsSg, form("ю"));
            set(Slot::LocSg, form("й"));
        }
        Agreement::Masculine | Agreement::Neuter => {
            set(Slot::NomSg, written());
            set(Slot::GenSg, form("го"));
            set(Slot::DatSg, form("му"));
            set(Slot::AccSg, [written(), form("го")].concat());
            set(Slot::InsSg, form("м"));
            set(Slot::LocSg, [form("му"), form("м")].concat());
        }
        Agreement::Plural => {
            set(Slot::NomPl, written());
            set(Slot::GenPl, form("х"));
            set(Slot::DatPl, form("м"));
            set(Slot::AccPl, [written(), form("х")].concat());
            set(Slot::InsPl, form("ми"));
            set(Slot::LocPl, form("х"));
        }
    }
    Some((agreement, forms))
}

/// Word `i` may be a short possessive adjective (Часів, Андріїв, Марусин) agreeing with
/// the masculine noun after it (Яр, Гай); alone it is a noun (Борисів, Святошин).
fn is_short_possessive_before(words: &[&str], i: usize) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let (_, last) = last_two(next);
    let masculine_noun = is_consonant(last) || last == 'ь';
    long_possessive(words[i]).is_some()
        && !is_frozen_token(words[i])
        && !is_frozen_token(next)
        && masculine_noun
        && adjective(next).is_none()
}

/// An adjective after its head agrees with it (Софія Київська), unlike a genitive
/// (Рада Європи) or an apposition (Республіка Польща).
fn is_postposed_adjective(head: &str, word: &str) -> bool {
    let (_, last) = last_two(head);
    let head_agreement = match last {
        'я' if is_neuter_ya(head) => Agreement::Neuter,
        'а' | 'я' => Agreement::Feminine,
        'о' | 'е' => Agreement::Neuter,
        'и' | 'і' | 'ї' => Agreement::Plural,
        c if c == 'ь' || is_consonant(c) => Agreement::Masculine,
        _ => return false,
    };
    !is_frozen_token(word) && adjective(word).is_some_and(|(a, _)| a == head_agreement)
}

/// A head in -ий is an adjectival place name (Хмельницький); a lone neuter adjective too
/// (Рівне → Рівного), and a feminine or plural one, alone or after a feminine adjective,
/// may be one; everything else declines as a noun.
fn head_paradigms(word: &str, third: bool, lone: bool) -> Vec<&'static Paradigm> {
    match adjective(word) {
        Some((Agreement::Masculine, paradigm)) => vec![paradigm],
        Some((Agreement::Neuter, paradigm)) if lone => vec![paradigm],
        // A feminine that looks like an adjective is one (Кремінна → у Кремінній, Борова
        // → Борової, «Третя штурмова» → Третьої штурмової) or a noun (Ганна → Ганні,
        // Україна → Україні): both.
        // So may a lone plural (the centre «Незламні» → «Незламними»).
        Some((agreement, paradigm))
            if agreement == Agreement::Feminine && (lone || third)
                || agreement == Agreement::Plural && lone =>
        {
            [vec![paradigm], noun_paradigms(word, false, third)].concat()
        }
        _ => noun_paradigms(word, false, third),
    }
}

/// Кам'янець-Подільський declines in both parts, Івано-Франківськ in the last only, and
/// so does Олександро-Шультине: a part in -о before an adjective is a compound's linking
/// vowel, not a noun the adjective agrees with.
fn thing_hyphen(word: &str) -> Hyphen {
    let Some((before, last)) = word.rsplit_once('-') else {
        return Hyphen::Last;
    };
    match adjective(last) {
        Some(_) if !before.ends_with('о') => Hyphen::Each,
        _ => Hyphen::Last,
    }
}

fn is_plural_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(last_two(&lower).1, 'и' | 'і' | 'ї') && !lower.ends_with("ий")
}
