//! Builds the view of each page: which template, and the typed data it shows. This
//! file holds what all page kinds share; each kind has its own file.

mod article;
mod chronology;
mod digest;
mod entities;
mod tags;

pub use article::Numbered;

use chrono::NaiveDate;
use serde::Serialize;
use tera::Context;

use rayon::prelude::*;

use super::collate::Collation;
use super::i18n::I18n;
use super::jobs::{Job, Month};
use super::urls::{self, Urls};
use super::views::*;
use crate::analyze::Analysis;
use crate::diagnostic::Diagnostic;
use crate::model::{Article, EntityKind, Site};

/// Everything page views are built from.
pub struct Pages<'a> {
    pub site: &'a Site,
    pub analysis: &'a Analysis,
    pub months: &'a [Month],
    pub urls: &'a Urls,
    pub i18n: &'a I18n,
    pub collation: &'a Collation,
    pub prepared: &'a Prepared,
}

/// Strings every list repeats (an article's card appears on its day, its tags' and
/// its entities' pages), made once per site instead of once per appearance.
pub struct Prepared {
    pub article_urls: Vec<String>,
    /// (long date, ISO date) of each article.
    pub article_dates: Vec<(String, String)>,
    pub entity_urls: Vec<String>,
    pub tag_urls: Vec<String>,
    /// The entities of each kind (in [`EntityKind::ALL`]'s order), by name; see
    /// [`Prepared::entities_of`].
    entities_by_kind: Vec<Vec<usize>>,
    /// Each entity's place among those of its kind by name: sorting by it is sorting
    /// by name, without collating the names again for each of 100,000 sidebars.
    pub entity_name_rank: Vec<u32>,
}

impl Prepared {
    pub fn new(site: &Site, urls: &Urls, i18n: &I18n, collation: &Collation) -> Prepared {
        let entities_by_kind: Vec<Vec<usize>> = EntityKind::ALL
            .iter()
            .map(|&kind| {
                let mut entities: Vec<usize> = (0..site.entities.len())
                    .filter(|&i| site.entities[i].kind == kind)
                    .collect();
                entities.sort_by(|&a, &b| {
                    let (a, b) = (&site.entities[a], &site.entities[b]);
                    collation
                        .compare(&a.name, &b.name)
                        .then_with(|| a.slug.cmp(&b.slug))
                });
                entities
            })
            .collect();
        let mut entity_name_rank = vec![0; site.entities.len()];
        for by_name in &entities_by_kind {
            for (rank, &entity) in by_name.iter().enumerate() {
                entity_name_rank[entity] = rank as u32;
            }
        }
        Prepared {
            entities_by_kind,
            entity_name_rank,
            article_urls: site
                .articles
                .par_iter()
                .map(|a| urls.link(&urls::article(&a.slug)))
                .collect(),
            article_dates: site
                .articles
                .par_iter()
                .map(|a| (i18n.long_date(a.date), a.date.to_string()))
                .collect(),
            entity_urls: site
                .entities
                .iter()
                .map(|e| urls.link(&urls::entity(&e.slug)))
                .collect(),
            tag_urls: site
                .tags
                .iter()
                .map(|t| urls.link(&urls::tag(&t.slug)))
                .collect(),
        }
    }
}

impl Prepared {
    /// The entities of `kind`, by name.
    pub fn entities_of(&self, kind: EntityKind) -> &[usize] {
        let position = EntityKind::ALL.iter().position(|&k| k == kind);
        &self.entities_by_kind[position.expect("every kind is in ALL")]
    }
}

/// A page ready for its template, and files that go with it (an article's annotations).
pub struct PageData {
    pub template: &'static str,
    pub context: Context,
    /// (path in the output, bytes)
    pub companions: Vec<(String, Vec<u8>)>,
}

pub fn page_data<T: Serialize>(template: &'static str, meta: Meta, view: &T) -> PageData {
    let mut context = Context::new();
    context.insert("meta", &meta);
    context.insert("page", view);
    PageData {
        template,
        context,
        companions: Vec::new(),
    }
}

impl<'a> Pages<'a> {
    pub fn build(&self, job: Job) -> Result<PageData, Diagnostic> {
        Ok(match job {
            Job::Home { page } => self.home(page),
            Job::Day { day, page } => self.day(day, page),
            Job::Archive => self.archive(),
            Job::Article(index) => self.article(index)?,
            Job::Entities => self.entities(),
            Job::EntityKind { kind, page } => self.entity_kind(kind, page),
            Job::Entity { entity, page } => self.entity(entity, page),
            Job::Chronology => self.chronology_index(),
            Job::ChronologyMonth { month, page } => self.chronology_month(month, page),
            Job::Tags => self.tags(),
            Job::Tag { tag, page } => self.tag(tag, page),
            Job::Page(index) => self.page(index),
            Job::NotFound => self.not_found(),
        })
    }

    pub(super) fn meta(&self, title: String, description: &str, path: &str, section: &str) -> Meta {
        Meta {
            title,
            description: description.to_string(),
            canonical: self.urls.absolute(path),
            section: section.to_string(),
            feed: None,
            alternate_json: None,
        }
    }

    pub(super) fn date(&self, date: NaiveDate) -> (String, String) {
        (self.i18n.long_date(date), date.to_string())
    }

    pub(super) fn card(&self, index: usize) -> ArticleCard<'a> {
        let article = &self.site.articles[index];
        ArticleCard {
            title: &article.title,
            url: &self.prepared.article_urls[index],
            date: &self.prepared.article_dates[index].0,
            date_iso: &self.prepared.article_dates[index].1,
            summary: &article.summary,
            tags: self.tag_links(article),
            source: article.source.as_ref().map(|s| s.name.as_str()),
        }
    }

    pub(super) fn tag_links(&self, article: &Article) -> Vec<TagLink<'a>> {
        article
            .tags
            .iter()
            .map(|&t| TagLink {
                label: &self.site.tags[t].name,
                url: &self.prepared.tag_urls[t],
            })
            .collect()
    }

    pub(super) fn pagination(&self, path: &str, current: usize, total: usize) -> Pagination {
        let url = |page: usize| self.urls.link(&urls::paginated(path, page));
        let mut pages = Vec::new();
        let mut last_shown = 0;
        for number in 1..=total {
            let near = number.abs_diff(current) <= 2 || number == 1 || number == total;
            if !near {
                continue;
            }
            if number > last_shown + 1 {
                pages.push(PageLink {
                    number: 0,
                    url: None,
                    current: false,
                });
            }
            pages.push(PageLink {
                number,
                url: Some(url(number)),
                current: number == current,
            });
            last_shown = number;
        }
        Pagination {
            current,
            total,
            newer: (current > 1).then(|| url(current - 1)),
            older: (current < total).then(|| url(current + 1)),
            pages: if total > 1 { pages } else { Vec::new() },
        }
    }

    pub(super) fn day_group(&self, date: NaiveDate, articles: &[usize]) -> DayGroup<'a> {
        DayGroup {
            heading: self.i18n.day_heading(date),
            date_iso: date.to_string(),
            url: self.urls.link(&urls::day(date)),
            articles: articles.iter().map(|&i| self.card(i)).collect(),
        }
    }
}
