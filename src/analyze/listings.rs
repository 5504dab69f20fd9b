//! The cross-article lists, each built in one pass over the articles.

use chrono::NaiveDate;
use rayon::prelude::*;

use super::Analysis;
use crate::model::Site;

/// How many related entities an entity page shows.
const RELATED_LIMIT: usize = 12;

/// One day of the digest: its articles in seed-id order.
#[derive(Debug)]
pub struct Day {
    pub date: NaiveDate,
    pub articles: Vec<usize>,
}

/// One line of the chronology: an article, or a dated event from an article's sidecar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChronologyItem {
    pub date: NaiveDate,
    pub article: usize,
    /// `None` for the article itself, else the index into its `events`.
    pub event: Option<usize>,
}

pub fn analyze(site: &Site) -> Analysis {
    let entity_articles = entity_articles(site);
    let related = related(site, &entity_articles);
    Analysis {
        days: days(site),
        chronology: chronology(site),
        entity_articles,
        related,
    }
}

/// Articles are sorted oldest first, so walking them backwards lists newest first.
fn entity_articles(site: &Site) -> Vec<Vec<usize>> {
    let mut lists = vec![Vec::new(); site.entities.len()];
    for (index, article) in site.articles.iter().enumerate().rev() {
        for reference in &article.entities {
            lists[reference.entity].push(index);
        }
    }
    lists
}

/// Co-occurrence counts per entity, over its own articles only: the cost is the sum
/// of the squares of the entity counts per article, not entities × articles.
fn related(site: &Site, entity_articles: &[Vec<usize>]) -> Vec<Vec<(usize, u32)>> {
    entity_articles
        .par_iter()
        .with_max_len(crate::PARALLEL_BATCH)
        .enumerate()
        .map_init(
            || vec![0u32; site.entities.len()],
            |counts, (entity, articles)| {
                let mut touched = Vec::new();
                for &article in articles {
                    for other in &site.articles[article].entities {
                        if other.entity != entity {
                            if counts[other.entity] == 0 {
                                touched.push(other.entity);
                            }
                            counts[other.entity] += 1;
                        }
                    }
                }
                let mut related: Vec<(usize, u32)> =
                    touched.iter().map(|&e| (e, counts[e])).collect();
                for &e in &touched {
                    counts[e] = 0;
                }
                related.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                related.truncate(RELATED_LIMIT);
                related
            },
        )
        .collect()
}

/// Days newest first; within a day, articles by seed id (the delivery order).
fn days(site: &Site) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for (index, article) in site.articles.iter().enumerate() {
        match days.last_mut() {
            Some(day) if day.date == article.date => day.articles.push(index),
            _ => days.push(Day {
                date: article.date,
                articles: vec![index],
            }),
        }
    }
    days.reverse();
    days
}

/// Newest date first; on one date the articles, then the events, each in a stable order.
fn chronology(site: &Site) -> Vec<ChronologyItem> {
    let mut items: Vec<ChronologyItem> = Vec::with_capacity(site.articles.len());
    for (index, article) in site.articles.iter().enumerate() {
        items.push(ChronologyItem {
            date: article.date,
            article: index,
            event: None,
        });
        for (event, e) in article.events.iter().enumerate() {
            items.push(ChronologyItem {
                date: e.date,
                article: index,
                event: Some(event),
            });
        }
    }
    items.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.event.is_some().cmp(&b.event.is_some()))
            .then(a.article.cmp(&b.article))
            .then(a.event.cmp(&b.event))
    });
    items
}
