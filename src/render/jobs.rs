//! The list of every HTML page the site has, each with its output path. Derived from
//! the model and analysis alone, so the sitemap and the renderer agree by construction.

use chrono::Datelike;

use super::urls;
use crate::analyze::Analysis;
use crate::model::{EntityKind, Site};

/// A chronology longer than this gets one page per month.
pub const CHRONOLOGY_SINGLE_PAGE: usize = 200;
/// Entries per page of a month of the chronology.
pub const CHRONOLOGY_PER_PAGE: usize = 100;
/// The entity index shows this many of a kind; a kind with more shows its most
/// mentioned there and gets a list of its own ([`kind_has_list`]).
pub const ENTITY_INDEX_PER_KIND: usize = 100;
/// Entities per page of the list of a kind.
pub const ENTITY_KIND_PER_PAGE: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    Home { page: usize },
    Day { day: usize, page: usize },
    Archive,
    Article(usize),
    Entities,
    EntityKind { kind: EntityKind, page: usize },
    Entity { entity: usize, page: usize },
    Chronology,
    ChronologyMonth { month: usize, page: usize },
    Tags,
    Tag { tag: usize, page: usize },
    Page(usize),
    NotFound,
}

/// A month of the chronology: its year and month and its range of entries.
#[derive(Clone, Debug)]
pub struct Month {
    pub year: i32,
    pub month: u32,
    pub entries: std::ops::Range<usize>,
}

/// The chronology's months, newest first; empty when it fits on one page.
pub fn chronology_months(analysis: &Analysis) -> Vec<Month> {
    if analysis.chronology.len() <= CHRONOLOGY_SINGLE_PAGE {
        return Vec::new();
    }
    let mut months: Vec<Month> = Vec::new();
    for (index, item) in analysis.chronology.iter().enumerate() {
        let (year, month) = (item.date.year(), item.date.month());
        match months.last_mut() {
            Some(m) if m.year == year && m.month == month => m.entries.end = index + 1,
            _ => months.push(Month {
                year,
                month,
                entries: index..index + 1,
            }),
        }
    }
    months
}

/// Whether a kind of `count` entities is too many for the entity index, and so gets a
/// list of its own: the one rule the index and the list pages both follow.
pub fn kind_has_list(count: usize) -> bool {
    count > ENTITY_INDEX_PER_KIND
}

pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page).max(1)
}

/// Every page of the site, in a fixed order.
pub fn all(site: &Site, analysis: &Analysis, months: &[Month]) -> Vec<Job> {
    let per_page = site.config.per_page;
    let mut jobs = Vec::with_capacity(site.articles.len() * 2);
    for page in 1..=page_count(site.articles.len(), per_page) {
        jobs.push(Job::Home { page });
    }
    for (day, d) in analysis.days.iter().enumerate() {
        for page in 1..=page_count(d.articles.len(), per_page) {
            jobs.push(Job::Day { day, page });
        }
    }
    jobs.push(Job::Archive);
    jobs.extend((0..site.articles.len()).map(Job::Article));
    jobs.push(Job::Entities);
    // A kind too many for the entity index gets a list of its own.
    for kind in EntityKind::ALL {
        let count = site.entities.iter().filter(|e| e.kind == kind).count();
        if kind_has_list(count) {
            for page in 1..=page_count(count, ENTITY_KIND_PER_PAGE) {
                jobs.push(Job::EntityKind { kind, page });
            }
        }
    }
    for (entity, articles) in analysis.entity_articles.iter().enumerate() {
        for page in 1..=page_count(articles.len(), site.config.entity_per_page) {
            jobs.push(Job::Entity { entity, page });
        }
    }
    jobs.push(Job::Chronology);
    for (month, m) in months.iter().enumerate() {
        for page in 1..=page_count(m.entries.len(), CHRONOLOGY_PER_PAGE) {
            jobs.push(Job::ChronologyMonth { month, page });
        }
    }
    jobs.push(Job::Tags);
    for (tag, t) in site.tags.iter().enumerate() {
        for page in 1..=page_count(t.articles.len(), per_page) {
            jobs.push(Job::Tag { tag, page });
        }
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs.push(Job::NotFound);
    jobs
}

impl Job {
    /// The page's path inside the output folder, ending in `/` (`404.html` excepted).
    pub fn path(self, site: &Site, analysis: &Analysis, months: &[Month]) -> String {
        match self {
            Job::Home { page } => urls::paginated("", page),
            Job::Day { day, page } => urls::paginated(&urls::day(analysis.days[day].date), page),
            Job::Archive => "digest/".to_string(),
            Job::Article(i) => urls::article(&site.articles[i].slug),
            Job::Entities => "entities/".to_string(),
            Job::EntityKind { kind, page } => urls::paginated(&urls::entity_kind(kind), page),
            Job::Entity { entity, page } => {
                urls::paginated(&urls::entity(&site.entities[entity].slug), page)
            }
            Job::Chronology => "chronology/".to_string(),
            Job::ChronologyMonth { month, page } => {
                let m = &months[month];
                urls::paginated(&urls::chronology_month(m.year, m.month), page)
            }
            Job::Tags => "tags/".to_string(),
            Job::Tag { tag, page } => urls::paginated(&urls::tag(&site.tags[tag].slug), page),
            Job::Page(i) => format!("{}/", site.pages[i].slug),
            Job::NotFound => "404.html".to_string(),
        }
    }

    /// The file the page is written to.
    pub fn file(self, site: &Site, analysis: &Analysis, months: &[Month]) -> String {
        let path = self.path(site, analysis, months);
        if path.ends_with(".html") {
            path
        } else {
            format!("{path}index.html")
        }
    }
}
