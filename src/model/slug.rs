//! URL slugs: Ukrainian romanised by the official system (Cabinet of Ministers
//! resolution 55 of 2010, via uklatn's KMU 55 table), anything else by deunicode,
//! and the checks that keep an editor's explicit slug inside the output folder.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::analyze::inflect::letters::is_apostrophe;

/// Longest slug made from a title, in bytes; cut at a word boundary.
const MAX_SLUG_LEN: usize = 72;

/// `Сергій Кислиця` → `serhii-kyslytsia`, `Знам'янка` → `znamianka`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(MAX_SLUG_LEN + 32);
    for word in words(text) {
        // Once past the limit, whatever follows is cut off anyway.
        if slug.len() > MAX_SLUG_LEN {
            break;
        }
        with_romanised(word, |romanised| {
            for piece in romanised.split(|c: char| !c.is_ascii_alphanumeric()) {
                if piece.is_empty() {
                    continue;
                }
                if !slug.is_empty() {
                    slug.push('-');
                }
                slug.push_str(piece);
            }
        });
    }
    truncate_at_word(slug, MAX_SLUG_LEN)
}

/// Words: runs of letters and digits, apostrophes inside a word kept (they change the
/// romanisation: KMU 55 drops them, and `я` after one is `ia`, not `ya`).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .map(|w| w.trim_matches(is_apostrophe))
        .filter(|w| !w.is_empty())
}

fn is_word_char(c: char) -> bool {
    // ASCII and А..я first: std answers other letters with a table search per character.
    c.is_ascii_alphanumeric()
        || matches!(c, 'А'..='я')
        || is_apostrophe(c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

thread_local! {
    /// The KMU table is applied by regular expressions (~15 µs a title); words repeat a
    /// lot across a digest's titles, so each thread remembers the words it has done,
    /// as written (the same word in another case is simply remembered twice).
    static ROMANISED: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Calls `use_it` with `word` romanised and in lower case.
fn with_romanised(word: &str, use_it: impl FnOnce(&str)) {
    if word.is_ascii() {
        return use_it(&word.to_ascii_lowercase());
    }
    ROMANISED.with(|cache| {
        if let Some(done) = cache.borrow().get(word) {
            return use_it(done);
        }
        let done = romanise(word);
        use_it(&done);
        cache.borrow_mut().insert(word.to_string(), done);
    })
}

fn romanise(word: &str) -> String {
    // uklatn keeps `'` and `’` but not the modifier letter `ʼ` (U+02BC).
    let normalised: String = word
        .to_lowercase()
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect();
    let kmu = uklatn::encode(&normalised, uklatn::Table::Kmu55);
    deunicode::deunicode(&kmu).to_lowercase()
}

fn truncate_at_word(slug: String, max: usize) -> String {
    if slug.len() <= max {
        return slug;
    }
    match slug[..max].rfind('-') {
        Some(cut) if cut > 0 => slug[..cut].to_string(),
        _ => slug[..max].to_string(),
    }
}

/// Why an explicit slug cannot be used, if it cannot.
pub fn invalid_explicit_slug(slug: &str) -> Option<&'static str> {
    if slug.is_empty() {
        Some("the slug is empty")
    } else if slug.contains('\\') {
        Some("a slug cannot contain a backslash")
    } else if slug.starts_with('/') {
        Some("a slug cannot be an absolute path")
    } else if slug.split('/').any(|part| part == ".." || part == ".") {
        Some("a slug cannot contain `.` or `..` segments: it would leave its folder")
    } else if slug.contains('/') {
        Some("a slug cannot contain `/`")
    } else if slug.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some("a slug cannot contain spaces")
    } else if slug
        .chars()
        .any(|c| matches!(c, '?' | '#' | '%' | '<' | '>' | '"'))
    {
        Some("a slug cannot contain `?`, `#`, `%`, `<`, `>` or `\"`")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_romanisation() {
        assert_eq!(slugify("Сергій Кислиця"), "serhii-kyslytsia");
        assert_eq!(slugify("Київ"), "kyiv");
        assert_eq!(slugify("Зеленський"), "zelenskyi");
        assert_eq!(slugify("Згорани"), "zghorany");
        assert_eq!(slugify("Знам'янка"), "znamianka");
        assert_eq!(slugify("Знам’янка"), "znamianka");
        assert_eq!(slugify("Знамʼянка"), "znamianka");
        // A left quote typed for the apostrophe, as keyboards without one make editors do.
        assert_eq!(slugify("Знам‘янка п‘ять"), "znamianka-piat");
        assert_eq!(slugify("‘Київ’"), "kyiv");
        assert_eq!(slugify("Юрій"), "yurii");
        assert_eq!(slugify("Євген Їжакевич"), "yevhen-yizhakevych");
        assert_eq!(slugify("Щастя"), "shchastia");
    }

    #[test]
    fn punctuation_latin_and_digits() {
        assert_eq!(
            slugify("Україна поставила на паузу переговори з Росією"),
            "ukraina-postavyla-na-pauzu-perehovory-z-rosiieiu"
        );
        assert_eq!(
            slugify("«Групи в WhatsApp» – 2025!"),
            "hrupy-v-whatsapp-2025"
        );
        assert_eq!(slugify("Café «Ёлка»"), "cafe-iolka");
        assert_eq!(slugify("???"), "");
    }

    #[test]
    fn long_titles_cut_at_a_word() {
        let slug = slugify(
            "Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу",
        );
        assert!(slug.len() <= MAX_SLUG_LEN, "{slug}");
        assert!(!slug.ends_with('-'));
        assert!(slug.starts_with("myrni-perehovory-mizh-rosiieiu"));
    }

    #[test]
    fn a_long_title_keeps_every_whole_word_that_fits() {
        // The words after the limit are not romanised at all; the cut is the same.
        let title = "Уряд затвердив нову програму відновлення зруйнованого житла для \
            переселенців з окупованих територій у західних областях";
        let slug = slugify(title);
        assert_eq!(
            slug,
            "uriad-zatverdyv-novu-prohramu-vidnovlennia-zruinovanoho-zhytla-dlia"
        );
    }

    #[test]
    fn explicit_slugs_stay_inside_the_output() {
        assert!(invalid_explicit_slug("kyslytsia-pauza").is_none());
        assert!(invalid_explicit_slug("../etc").is_some());
        assert!(invalid_explicit_slug("/abs").is_some());
        assert!(invalid_explicit_slug("a\\b").is_some());
        assert!(invalid_explicit_slug("a/b").is_some());
        assert!(invalid_explicit_slug("").is_some());
    }
}
