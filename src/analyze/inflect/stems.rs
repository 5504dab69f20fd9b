//! Sound changes at the end of a stem: those a table cell asks for before its ending
//! (г/к/х → з/ц/с, a doubled consonant, a vowel opening a cluster), and the other stems a
//! second- or third-declension noun takes outside the nominative (і → о/е, fleeting
//! vowels, -ість → -ост-).

use super::letters::{is_consonant, is_vowel};

/// г/к/х become з/ц/с before -і (Америка → Америці, Ольга → Ользі, Ріг → Розі).
pub(super) fn palatalize(stem: &str) -> String {
    let mut out = stem.to_string();
    let last = out.pop();
    out.push(match last {
        Some('г') => 'з',
        Some('к') => 'ц',
        Some('х') => 'с',
        Some(other) => other,
        None => return out,
    });
    out
}

/// Third-declension instrumental: Русь → Руссю, Січ → Січчю, Любов → Любов'ю, but
/// область → областю (no doubling after a consonant).
pub(super) fn geminate(stem: &str) -> String {
    let chars: Vec<char> = stem.chars().collect();
    match chars.as_slice() {
        [.., v, c] if is_vowel(*v) && is_consonant(*c) && "бпвмфр".contains(*c) => {
            format!("{stem}'")
        }
        [.., v, c] if is_vowel(*v) && is_consonant(*c) => format!("{stem}{c}"),
        _ => stem.to_string(),
    }
}

/// Genitive plural with a zero ending opens a final cluster: ігр → ігор, Лубн → Лубен.
pub(super) fn insert_vowel(stem: &str) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    match chars.as_slice() {
        [head @ .., a, b] if is_consonant(*a) && is_consonant(*b) => {
            let head: String = head.iter().chain([a]).collect();
            vec![format!("{head}о{b}"), format!("{head}е{b}")]
        }
        _ => Vec::new(),
    }
}

/// Stems of a second-declension noun outside the nominative: the stem itself; the last
/// syllable, closed by one consonant, reopened (і → `reopen`, ї → є: Київ → Києв-,
/// Львів → Львов-, Тернопіль → Тернопол-, Ірпінь → Ірпен-, but Франківськ stays; in one
/// syllable also before -ст: міст → мост-); and a
/// fleeting е/о dropped (see [`fleeting_stems`]).
pub(super) fn oblique_stems(stem: &str, reopen: &[char]) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let mut stems = vec![stem.to_string()];
    if let [.., v, c] = chars.as_slice()
        && is_consonant(*c)
    {
        let reopened: &[char] = match v {
            'і' => reopen,
            'ї' if !reopen.is_empty() => &['є'],
            _ => &[],
        };
        let head: String = chars[..chars.len() - 2].iter().collect();
        stems.extend(reopened.iter().map(|r| format!("{head}{r}{c}")));
    }
    // A one-syllable noun reopens before -ст too: міст → мосту, хвіст → хвоста.
    if let Some(head) = stem.strip_suffix("іст")
        && !head.chars().any(is_vowel)
        && reopen.contains(&'о')
    {
        stems.push(format!("{head}ост"));
    }
    stems.extend(fleeting_stems(stem));
    stems
}

/// A fleeting е or о before the last consonant drops: Кам'янець → Кам'янц-, Городок →
/// Городк-, Відень → Відн-, Дністер → Дністр-, Орел → Орл-, Павел → Павл-. Of -ець, л
/// before it softens (Козелець → Козельц-, стрілець → стрільц-), є leaves its й (Заєць →
/// Зайц-), and an о in the syllable the loss closes may turn to і (Донець → Дінц-, боєць
/// → бійц-; творець keeps творц-, so both stems are given).
fn fleeting_stems(stem: &str) -> Vec<String> {
    let mut stems = Vec::new();
    // Соловей → Солов'я: the е drops and the й turns into an apostrophe after a labial
    // (the stem here is the word without its й).
    if let Some(head) = stem.strip_suffix('е')
        && head.ends_with(['б', 'п', 'в', 'м', 'ф'])
        && head.chars().any(is_vowel)
    {
        stems.push(format!("{head}'"));
    }
    for (ending, without) in [
        ("ец", "ц"),
        ("єц", "йц"),
        ("ок", "к"),
        ("ен", "н"),
        ("ер", "р"),
        ("ел", "л"),
    ] {
        let Some(head) = stem.strip_suffix(ending).filter(|h| !h.is_empty()) else {
            continue;
        };
        let last = head.chars().last().unwrap_or(' ');
        if matches!(ending, "ер" | "ел") && !is_consonant(last) {
            continue;
        }
        // A stem left without a vowel takes the е after its first consonant instead:
        // Швець → Шевця, жнець → женця.
        if ending == "ец" && !head.chars().any(is_vowel) {
            let mut chars = head.chars();
            let first: String = chars.next().into_iter().collect();
            stems.push(format!("{first}е{}ц", chars.as_str()));
            continue;
        }
        let soft = if ending == "ец" && last == 'л' {
            "ь"
        } else {
            ""
        };
        let dropped = format!("{head}{soft}{without}");
        if without.ends_with('ц') {
            stems.extend(closed_o_to_i(&dropped));
        }
        stems.push(dropped);
    }
    stems
}

/// The stem with о → і in the syllable before the final ц, closed by one consonant
/// (Донц- → Дінц-, бойц- → бійц-); `None` when it has no such о.
fn closed_o_to_i(stem: &str) -> Option<String> {
    let chars: Vec<char> = stem.chars().collect();
    match chars.as_slice() {
        [head @ .., 'о', c, 'ц']
            if is_consonant(*c) && head.last().is_some_and(|p| !is_vowel(*p)) =>
        {
            let head: String = head.iter().collect();
            Some(format!("{head}і{c}ц"))
        }
        _ => None,
    }
}

/// Stems of a third-declension noun outside the nominative (see
/// [`Alternation::Third`](super::paradigm::Alternation::Third)): the stem itself, and
/// -іст → -ост, many-syllable -іч → -оч. The instrumental keeps the і (солідарністю,
/// поміччю); the reopened stem there only adds a form no text has.
pub(super) fn third_stems(stem: &str) -> Vec<String> {
    let mut stems = vec![stem.to_string()];
    if let Some(head) = stem.strip_suffix("іст").filter(|h| !h.is_empty()) {
        stems.push(format!("{head}ост"));
    } else if let Some(head) = stem.strip_suffix("іч").filter(|h| h.chars().any(is_vowel)) {
        stems.push(format!("{head}оч"));
    }
    stems
}
