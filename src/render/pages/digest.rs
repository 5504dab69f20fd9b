//! The digest pages: the front page (newest days first, paginated), one page per
//! day with links to the days around it, and the archive of all days by month.

use chrono::Datelike;

use super::{PageData, Pages, page_data};
use crate::render::i18n::Noun;
use crate::render::jobs::{self};
use crate::render::urls;
use crate::render::views::*;

impl<'a> Pages<'a> {
    /// The front page: articles newest first, grouped by day, `per_page` a page.
    pub(super) fn home(&self, page: usize) -> PageData {
        let per_page = self.site.config.per_page;
        let total = jobs::page_count(self.site.articles.len(), per_page);
        let newest_first = (0..self.site.articles.len()).rev();
        let shown: Vec<usize> = newest_first
            .skip((page - 1) * per_page)
            .take(per_page)
            .collect();
        let mut days: Vec<DayGroup> = Vec::new();
        for chunk in
            shown.chunk_by(|&a, &b| self.site.articles[a].date == self.site.articles[b].date)
        {
            let mut in_day = chunk.to_vec();
            in_day.reverse();
            days.push(self.day_group(self.site.articles[chunk[0]].date, &in_day));
        }
        let config = &self.site.config;
        let view = DigestView {
            heading: self.i18n.page_title(&config.title, page),
            intro: (page == 1 && !config.description.is_empty())
                .then(|| config.description.clone()),
            days,
            pagination: self.pagination("", page, total),
            newer_day: None,
            older_day: None,
            count: None,
        };
        let path = urls::paginated("", page);
        // The layout adds the site's name to every title but the front page's.
        let title = if page == 1 {
            config.title.clone()
        } else {
            self.i18n.page_title(self.i18n.strings().digest, page)
        };
        page_data(
            "digest.html",
            self.meta(title, &config.description, &path, "digest"),
            &view,
        )
    }

    pub(super) fn day(&self, index: usize, page: usize) -> PageData {
        let days = &self.analysis.days;
        let day = &days[index];
        let per_page = self.site.config.per_page;
        let path = urls::day(day.date);
        let shown: Vec<usize> = day
            .articles
            .iter()
            .copied()
            .skip((page - 1) * per_page)
            .take(per_page)
            .collect();
        let link = |d: &crate::analyze::Day| Link {
            label: self.i18n.long_date(d.date),
            url: self.urls.link(&urls::day(d.date)),
        };
        let view = DigestView {
            heading: self.i18n.day_heading(day.date),
            intro: None,
            days: vec![self.day_group(day.date, &shown)],
            pagination: self.pagination(
                &path,
                page,
                jobs::page_count(day.articles.len(), per_page),
            ),
            newer_day: index.checked_sub(1).map(|i| link(&days[i])),
            older_day: days.get(index + 1).map(link),
            count: Some(self.i18n.count(day.articles.len(), Noun::Article)),
        };
        let title = self.i18n.page_title(
            &format!(
                "{} — {}",
                self.i18n.strings().digest,
                self.i18n.long_date(day.date)
            ),
            page,
        );
        let description = format!(
            "{}: {}",
            self.i18n.long_date(day.date),
            view.count.clone().unwrap_or_default()
        );
        page_data(
            "digest.html",
            self.meta(title, &description, &urls::paginated(&path, page), "digest"),
            &view,
        )
    }

    /// Every day with articles, by month.
    pub(super) fn archive(&self) -> PageData {
        let mut months: Vec<ArchiveMonth> = Vec::new();
        let mut current: Option<(i32, u32)> = None;
        for day in &self.analysis.days {
            let key = (day.date.year(), day.date.month());
            if current != Some(key) {
                months.push(ArchiveMonth {
                    heading: self.i18n.month_heading(key.0, key.1),
                    days: Vec::new(),
                });
                current = Some(key);
            }
            if let Some(month) = months.last_mut() {
                month.days.push(CountedLink {
                    label: self.i18n.long_date(day.date),
                    url: self.urls.link(&urls::day(day.date)),
                    count: self.i18n.count(day.articles.len(), Noun::Article),
                });
            }
        }
        let heading = self.i18n.strings().archive.to_string();
        let view = ArchiveView {
            heading: heading.clone(),
            months,
        };
        page_data(
            "archive.html",
            self.meta(heading.clone(), &heading, "digest/", "digest"),
            &view,
        )
    }
}
