//! Joining the words' forms back into forms of the name, case by case (Володимира +
//! Зеленського), the parts of a hyphenated word likewise, and tidying the result:
//! duplicates out, generated forms that are function words dropped.

use super::letters::{listed, starts_upper};
use super::paradigm::{SlotForms, empty_slots};
use std::collections::HashSet;

/// Frequent function words: a generated form that equals one of them would link ordinary
/// sentence-initial words («Тому», «Так»), so such forms are dropped (the base form never is).
const FUNCTION_WORDS: &str = "\
    а але або б без би бо в від вже ви він вона вони воно все всі де для до же з за зі і \
    із їй їм їх й коли ми між на над не ні но о об от по під при про та так там те ти \
    тим то тож той тому тут у уже хто це цей ці ця цю чи що як яка яке який які сам сама \
    саме раз ось лише ще його її нам вам нас вас ним нею них мене тебе себе мав мала \
    було був була буде бути нині тоді тепер";

/// The longest of [`FUNCTION_WORDS`], in UTF-8 bytes.
const FUNCTION_WORD_BYTES: usize = 10;

/// Which parts of a hyphenated word decline.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Hyphen {
    /// Івано-Франківськ → Івано-Франківська.
    Last,
    /// Кам'янець-Подільський → Кам'янця-Подільського.
    Each,
    /// Both of the above, for double names whose usage varies (Жан-Клод, Римський-Корсаков).
    Either,
}

/// Declines a hyphenated word part by part. In a capitalised word, parts from the first
/// lower-case one on never change (Ростов-на-Дону → Ростова-на-Дону); a lower-case word
/// declines as a whole (прем'єр-ліга → прем'єр-ліги).
pub(super) fn hyphenated(
    word: &str,
    mode: Hyphen,
    decline_part: impl Fn(&str) -> Option<SlotForms>,
) -> Option<SlotForms> {
    let parts: Vec<&str> = word.split('-').collect();
    if parts.len() == 1 || parts.iter().any(|p| p.is_empty()) {
        return decline_part(word);
    }
    let changing = (1..parts.len())
        .find(|&i| starts_upper(parts[0]) && !starts_upper(parts[i]))
        .unwrap_or(parts.len());
    let each: Vec<_> = (0..parts.len())
        .map(|i| (i < changing).then(|| decline_part(parts[i])).flatten())
        .collect();
    let last_only =
        |(i, forms): (usize, &Option<SlotForms>)| forms.clone().filter(|_| i + 1 == changing);
    let last: Vec<_> = each.iter().enumerate().map(last_only).collect();
    let variants = match mode {
        Hyphen::Last => vec![join_slots(&parts, &last, "-")],
        Hyphen::Each => vec![join_slots(&parts, &each, "-")],
        Hyphen::Either => vec![
            join_slots(&parts, &last, "-"),
            join_slots(&parts, &each, "-"),
        ],
    };
    variants.into_iter().flatten().reduce(|mut a, b| {
        a.iter_mut().zip(b).for_each(|(x, y)| x.extend(y));
        a
    })
}

/// Joins the words' forms slot by slot (Володимира + Зеленського). A slot exists only
/// where every changing word has it; `None` when no word changes at all (МЗС).
pub(super) fn join_slots(
    words: &[&str],
    declined: &[Option<SlotForms>],
    sep: &str,
) -> Option<SlotForms> {
    if declined.iter().all(Option::is_none) {
        return None;
    }
    let mut out = empty_slots();
    for (slot, forms) in out.iter_mut().enumerate() {
        if declined.iter().flatten().any(|f| f[slot].is_empty()) {
            continue;
        }
        let options = words.iter().zip(declined).map(|(word, d)| match d {
            Some(f) => f[slot].clone(),
            None => vec![word.to_string()],
        });
        *forms = options
            .reduce(|acc, next| cross(&acc, &next, sep))
            .unwrap_or_default();
    }
    Some(out)
}

fn cross(left: &[String], right: &[String], sep: &str) -> Vec<String> {
    left.iter()
        .flat_map(|l| right.iter().map(move |r| format!("{l}{sep}{r}")))
        .collect()
}

/// Deduplicates, keeping the base form first, and drops generated one-word forms that
/// equal a function word.
pub(super) fn finish(forms: Vec<String>, base: &str) -> Vec<String> {
    let mut forms = forms;
    forms.retain(|f| !f.is_empty() && (f.as_str() == base || !is_function_word(f)));
    dedupe(&mut forms);
    forms
}

/// Function words are short: the length test spares scanning the list for nearly every form.
fn is_function_word(form: &str) -> bool {
    form.len() <= FUNCTION_WORD_BYTES && listed(FUNCTION_WORDS, &form.to_lowercase())
}

/// Drops repeated forms, keeping the first of each.
pub(super) fn dedupe(forms: &mut Vec<String>) {
    let mut seen = HashSet::new();
    forms.retain(|f| seen.insert(f.clone()));
}

#[cfg(test)]
mod tests {
    use super::super::letters::words;
    use super::*;

    #[test]
    fn function_word_length_bound_holds() {
        assert!(words(FUNCTION_WORDS).all(|w| w.len() <= FUNCTION_WORD_BYTES));
    }
}
