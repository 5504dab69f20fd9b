//! What the reader sees in the site's language: UI strings, dates («12 листопада
//! 2025», month headings «листопад 2025»), plural forms of counts and entity kinds.

use chrono::{Datelike, NaiveDate};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;

use crate::config::Language;
use crate::model::EntityKind;

/// Every fixed string the theme shows. Templates read them as `t.<name>`.
#[derive(Debug, Serialize)]
pub struct Strings {
    pub digest: &'static str,
    pub archive: &'static str,
    pub chronology: &'static str,
    pub entities: &'static str,
    pub tags: &'static str,
    pub about: &'static str,
    pub skip_to_content: &'static str,
    pub main_navigation: &'static str,
    pub source: &'static str,
    pub editorial_note: &'static str,
    pub notes: &'static str,
    pub note: &'static str,
    pub in_this_article: &'static str,
    pub mentions: &'static str,
    pub related: &'static str,
    pub articles_mentioning: &'static str,
    pub events: &'static str,
    pub event: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub previous_article: &'static str,
    pub next_article: &'static str,
    pub previous_day: &'static str,
    pub next_day: &'static str,
    pub page: &'static str,
    pub pagination: &'static str,
    pub feed: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
    pub wikidata: &'static str,
    pub all_tags: &'static str,
    pub all_entities: &'static str,
    /// Above a kind's group on the entity index when it shows only the most mentioned.
    pub most_mentioned: &'static str,
    pub all_days: &'static str,
    pub aliases: &'static str,
    pub annotations_data: &'static str,
    pub show_note: &'static str,
    pub months: &'static str,
    pub no_articles: &'static str,
    pub generator: &'static str,
}

const UKRAINIAN: Strings = Strings {
    digest: "Дайджест",
    archive: "Архів за днями",
    chronology: "Хронологія",
    entities: "Хто, що, де",
    tags: "Теми",
    about: "Про проєкт",
    skip_to_content: "Перейти до змісту",
    main_navigation: "Головне меню",
    source: "Джерело",
    editorial_note: "Від редакції",
    notes: "Примітки",
    note: "Примітка",
    in_this_article: "У статті",
    mentions: "згадок",
    related: "Пов’язані",
    articles_mentioning: "Статті",
    events: "Події",
    event: "Подія",
    newer: "Новіші",
    older: "Старіші",
    previous_article: "Попередня стаття",
    next_article: "Наступна стаття",
    previous_day: "Попередній день",
    next_day: "Наступний день",
    page: "Сторінка",
    pagination: "Сторінки",
    feed: "Стрічка Atom",
    not_found_title: "Сторінку не знайдено",
    not_found_text: "Такої сторінки немає: можливо, адреса змінилася або в ній помилка.",
    back_home: "На головну",
    wikidata: "Вікідані",
    all_tags: "Усі теми",
    all_entities: "Усі особи, організації та місця",
    most_mentioned: "Найчастіше згадувані",
    all_days: "Усі дні",
    aliases: "Також",
    annotations_data: "Примітки у форматі W3C Web Annotation",
    show_note: "Показати примітку",
    months: "Місяці",
    no_articles: "Статей поки немає.",
    generator: "Зроблено annalist",
};

const ENGLISH: Strings = Strings {
    digest: "Digest",
    archive: "Archive by day",
    chronology: "Chronology",
    entities: "Who, what, where",
    tags: "Topics",
    about: "About",
    skip_to_content: "Skip to content",
    main_navigation: "Main navigation",
    source: "Source",
    editorial_note: "Editor’s note",
    notes: "Notes",
    note: "Note",
    in_this_article: "In this article",
    mentions: "mentions",
    related: "Related",
    articles_mentioning: "Articles",
    events: "Events",
    event: "Event",
    newer: "Newer",
    older: "Older",
    previous_article: "Previous article",
    next_article: "Next article",
    previous_day: "Previous day",
    next_day: "Next day",
    page: "Page",
    pagination: "Pages",
    feed: "Atom feed",
    not_found_title: "Page not found",
    not_found_text: "There is no such page: the address may have changed or contain a typo.",
    back_home: "Back to the front page",
    wikidata: "Wikidata",
    all_tags: "All topics",
    all_entities: "All people, organisations and places",
    most_mentioned: "Most mentioned",
    all_days: "All days",
    aliases: "Also",
    annotations_data: "Notes as W3C Web Annotations",
    show_note: "Show note",
    months: "Months",
    no_articles: "No articles yet.",
    generator: "Made with annalist",
};

/// Dates, counts and labels in one language.
pub struct I18n {
    pub language: Language,
    plural: PluralRules,
}

impl I18n {
    pub fn new(language: Language) -> Self {
        let id: unic_langid::LanguageIdentifier =
            language.tag().parse().expect("language tags are valid");
        let plural =
            PluralRules::create(id, PluralRuleType::CARDINAL).expect("uk and en have plural rules");
        I18n { language, plural }
    }

    pub fn strings(&self) -> &'static Strings {
        match self.language {
            Language::Ukrainian => &UKRAINIAN,
            Language::English => &ENGLISH,
        }
    }

    /// «12 листопада 2025». Put together from the locale's month names rather than
    /// with chrono's localized formatting, which parses its format on every call and
    /// is called for every date of every page.
    pub fn long_date(&self, date: NaiveDate) -> String {
        let month = self.genitive_months()[date.month0() as usize];
        format!("{} {month} {}", date.day(), date.year())
    }

    /// Month names as they follow a day number: genitive in Ukrainian.
    fn genitive_months(&self) -> &'static [&'static str] {
        match self.language {
            Language::Ukrainian => pure_rust_locales::uk_UA::LC_TIME::MON,
            Language::English => pure_rust_locales::en_GB::LC_TIME::MON,
        }
    }

    fn weekday(&self, date: NaiveDate) -> &'static str {
        let days = match self.language {
            Language::Ukrainian => pure_rust_locales::uk_UA::LC_TIME::DAY,
            Language::English => pure_rust_locales::en_GB::LC_TIME::DAY,
        };
        days[date.weekday().num_days_from_sunday() as usize]
    }

    /// «Листопад 2025»: the nominative month, as a heading.
    pub fn month_heading(&self, year: i32, month: u32) -> String {
        format!("{} {year}", capitalised(self.month_name(month)))
    }

    pub fn month_name(&self, month: u32) -> &'static str {
        let names: &[&str] = match self.language {
            Language::Ukrainian => pure_rust_locales::uk_UA::LC_TIME::ALT_MON
                .unwrap_or(pure_rust_locales::uk_UA::LC_TIME::MON),
            Language::English => pure_rust_locales::en_GB::LC_TIME::MON,
        };
        names[(month as usize).saturating_sub(1).min(11)]
    }

    /// «Середа, 12 листопада 2025»
    pub fn day_heading(&self, date: NaiveDate) -> String {
        format!(
            "{}, {}",
            capitalised(self.weekday(date)),
            self.long_date(date)
        )
    }

    /// «3 статті», «5 статей», «1 стаття».
    pub fn count(&self, n: usize, noun: Noun) -> String {
        let category = self
            .plural
            .select(n as u64)
            .unwrap_or(PluralCategory::OTHER);
        let forms = noun.forms(self.language);
        let word = match category {
            PluralCategory::ONE => forms[0],
            PluralCategory::FEW => forms[1],
            PluralCategory::MANY => forms[2],
            _ => forms[3],
        };
        format!("{n} {word}")
    }

    /// The link to the list of every entity of a kind: «Усі люди», «Усі місця», …
    pub fn kind_all(&self, kind: EntityKind) -> &'static str {
        match (self.language, kind) {
            (Language::Ukrainian, EntityKind::Person) => "Усі люди",
            (Language::Ukrainian, EntityKind::Organization) => "Усі організації",
            (Language::Ukrainian, EntityKind::Place) => "Усі місця",
            (Language::Ukrainian, EntityKind::Event) => "Усі події",
            (Language::Ukrainian, EntityKind::Other) => "Усе інше",
            (Language::English, EntityKind::Person) => "All people",
            (Language::English, EntityKind::Organization) => "All organisations",
            (Language::English, EntityKind::Place) => "All places",
            (Language::English, EntityKind::Event) => "All events",
            (Language::English, EntityKind::Other) => "Everything else",
        }
    }

    /// The heading of a kind's group: «Люди», «Організації», …
    pub fn kind_plural(&self, kind: EntityKind) -> &'static str {
        match (self.language, kind) {
            (Language::Ukrainian, EntityKind::Person) => "Люди",
            (Language::Ukrainian, EntityKind::Organization) => "Організації",
            (Language::Ukrainian, EntityKind::Place) => "Місця",
            (Language::Ukrainian, EntityKind::Event) => "Події",
            (Language::Ukrainian, EntityKind::Other) => "Інше",
            (Language::English, EntityKind::Person) => "People",
            (Language::English, EntityKind::Organization) => "Organisations",
            (Language::English, EntityKind::Place) => "Places",
            (Language::English, EntityKind::Event) => "Events",
            (Language::English, EntityKind::Other) => "Other",
        }
    }

    /// The label of one entity's kind: «особа», «організація», …
    pub fn kind_singular(&self, kind: EntityKind) -> &'static str {
        match (self.language, kind) {
            (Language::Ukrainian, EntityKind::Person) => "особа",
            (Language::Ukrainian, EntityKind::Organization) => "організація",
            (Language::Ukrainian, EntityKind::Place) => "місце",
            (Language::Ukrainian, EntityKind::Event) => "подія",
            (Language::Ukrainian, EntityKind::Other) => "інше",
            (Language::English, EntityKind::Person) => "person",
            (Language::English, EntityKind::Organization) => "organisation",
            (Language::English, EntityKind::Place) => "place",
            (Language::English, EntityKind::Event) => "event",
            (Language::English, EntityKind::Other) => "other",
        }
    }

    pub fn page_title(&self, base: &str, page: usize) -> String {
        if page <= 1 {
            base.to_string()
        } else {
            format!("{base} — {} {page}", self.strings().page.to_lowercase())
        }
    }

    pub fn year(date: NaiveDate) -> i32 {
        date.year()
    }
}

/// The word with its first letter in upper case, as a heading starts.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Nouns counted on pages, with their plural forms: one, few, many, other.
#[derive(Clone, Copy)]
pub enum Noun {
    Article,
    Mention,
    Event,
}

impl Noun {
    fn forms(self, language: Language) -> [&'static str; 4] {
        match (language, self) {
            (Language::Ukrainian, Noun::Article) => ["стаття", "статті", "статей", "статті"],
            (Language::Ukrainian, Noun::Mention) => ["згадка", "згадки", "згадок", "згадки"],
            (Language::Ukrainian, Noun::Event) => ["подія", "події", "подій", "події"],
            (Language::English, Noun::Article) => ["article", "articles", "articles", "articles"],
            (Language::English, Noun::Mention) => ["mention", "mentions", "mentions", "mentions"],
            (Language::English, Noun::Event) => ["event", "events", "events", "events"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_dates() {
        let i18n = I18n::new(Language::Ukrainian);
        let date = NaiveDate::from_ymd_opt(2025, 11, 12).unwrap();
        assert_eq!(i18n.long_date(date), "12 листопада 2025");
        assert_eq!(i18n.month_heading(2025, 11), "Листопад 2025");
        assert_eq!(i18n.day_heading(date), "Середа, 12 листопада 2025");
    }

    #[test]
    fn dates_agree_with_chrono_localized_formatting() {
        let i18n = I18n::new(Language::Ukrainian);
        let english = I18n::new(Language::English);
        let mut date = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        while date.year() == 2024 {
            let uk = date
                .format_localized("%A, %-d %B %Y", chrono::Locale::uk_UA)
                .to_string();
            assert_eq!(i18n.day_heading(date), capitalised(&uk));
            let en = date
                .format_localized("%-d %B %Y", chrono::Locale::en_GB)
                .to_string();
            assert_eq!(english.long_date(date), en);
            date = date.succ_opt().unwrap();
        }
    }

    #[test]
    fn ukrainian_plurals() {
        let i18n = I18n::new(Language::Ukrainian);
        assert_eq!(i18n.count(1, Noun::Article), "1 стаття");
        assert_eq!(i18n.count(3, Noun::Article), "3 статті");
        assert_eq!(i18n.count(11, Noun::Article), "11 статей");
        assert_eq!(i18n.count(21, Noun::Mention), "21 згадка");
        assert_eq!(i18n.count(25, Noun::Mention), "25 згадок");
    }
}
