//! The chronology: articles and their dated events, newest first, by month; a month
//! per page once it is long.

use chrono::Datelike;

use super::{PageData, Pages, page_data};
use crate::analyze::ChronologyItem;
use crate::render::i18n::Noun;
use crate::render::jobs::{self, CHRONOLOGY_PER_PAGE};
use crate::render::urls;
use crate::render::views::*;

impl<'a> Pages<'a> {
    pub(super) fn chronology_entry(&self, item: &ChronologyItem) -> ChronologyEntry<'a> {
        let article = &self.site.articles[item.article];
        ChronologyEntry {
            date: self.i18n.long_date(item.date),
            date_iso: item.date.to_string(),
            title: &article.title,
            url: self.urls.link(&urls::article(&article.slug)),
            event: item.event.map(|e| article.events[e].text.as_str()),
        }
    }

    /// Entries grouped into months, in the order given.
    pub(super) fn chronology_months(&self, items: &[ChronologyItem]) -> Vec<ChronologyMonth<'a>> {
        let mut months: Vec<ChronologyMonth> = Vec::new();
        for chunk in items
            .chunk_by(|a, b| (a.date.year(), a.date.month()) == (b.date.year(), b.date.month()))
        {
            let (year, month) = (chunk[0].date.year(), chunk[0].date.month());
            months.push(ChronologyMonth {
                heading: self.i18n.month_heading(year, month),
                id: format!("m{year}-{month:02}"),
                entries: chunk
                    .iter()
                    .map(|item| self.chronology_entry(item))
                    .collect(),
            });
        }
        months
    }

    /// The whole chronology when short; else an index of months with counts.
    pub(super) fn chronology_index(&self) -> PageData {
        let heading = self.i18n.strings().chronology.to_string();
        let view = if self.months.is_empty() {
            ChronologyView {
                heading: heading.clone(),
                index: Vec::new(),
                months: self.chronology_months(&self.analysis.chronology),
                pagination: Pagination::default(),
            }
        } else {
            ChronologyView {
                heading: heading.clone(),
                index: self.chronology_years(),
                months: Vec::new(),
                pagination: Pagination::default(),
            }
        };
        page_data(
            "chronology.html",
            self.meta(heading.clone(), &heading, "chronology/", "chronology"),
            &view,
        )
    }

    pub(super) fn chronology_years(&self) -> Vec<ChronologyYear> {
        let mut years: Vec<ChronologyYear> = Vec::new();
        for month in self.months {
            let link = CountedLink {
                label: self.i18n.month_name(month.month).to_string(),
                url: self
                    .urls
                    .link(&urls::chronology_month(month.year, month.month)),
                count: self.i18n.count(month.entries.len(), Noun::Event),
            };
            match years.last_mut() {
                Some(y) if y.year == month.year => y.months.push(link),
                _ => years.push(ChronologyYear {
                    year: month.year,
                    months: vec![link],
                }),
            }
        }
        years
    }

    pub(super) fn chronology_month(&self, index: usize, page: usize) -> PageData {
        let month = &self.months[index];
        let items = &self.analysis.chronology[month.entries.clone()];
        let shown: Vec<ChronologyItem> = items
            .iter()
            .skip((page - 1) * CHRONOLOGY_PER_PAGE)
            .take(CHRONOLOGY_PER_PAGE)
            .copied()
            .collect();
        let path = urls::chronology_month(month.year, month.month);
        let heading = format!(
            "{} — {}",
            self.i18n.strings().chronology,
            self.i18n.month_heading(month.year, month.month)
        );
        let view = ChronologyView {
            heading: heading.clone(),
            index: Vec::new(),
            months: self.chronology_months(&shown),
            pagination: self.pagination(
                &path,
                page,
                jobs::page_count(items.len(), CHRONOLOGY_PER_PAGE),
            ),
        };
        let title = self.i18n.page_title(&heading, page);
        page_data(
            "chronology.html",
            self.meta(title, &heading, &urls::paginated(&path, page), "chronology"),
            &view,
        )
    }
}
