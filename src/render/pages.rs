//! Builds the view of each page: which template, and the typed data it shows.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::Context;

use super::i18n::{I18n, Noun};
use super::jobs::{self, CHRONOLOGY_PER_PAGE, Job, Month};
use super::urls::{self, Urls};
use super::views::*;
use super::{markdown, text};
use crate::analyze::mentions::MentionMatcher;
use crate::analyze::{Analysis, ChronologyItem};
use crate::diagnostic::Diagnostic;
use crate::model::{Article, EntityKind, Site};

/// Everything page views are built from.
pub struct Pages<'a> {
    pub site: &'a Site,
    pub analysis: &'a Analysis,
    /// Finds the entity mentions to link in an article's text.
    pub matcher: &'a MentionMatcher,
    pub months: &'a [Month],
    pub urls: &'a Urls,
    pub i18n: &'a I18n,
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

    fn card(&self, index: usize) -> ArticleCard<'a> {
        let article = &self.site.articles[index];
        let (date, date_iso) = self.date(article.date);
        ArticleCard {
            title: &article.title,
            url: self.urls.link(&urls::article(&article.slug)),
            date,
            date_iso,
            summary: &article.summary,
            tags: self.tag_links(article),
            source: article.source.as_ref().map(|s| s.name.as_str()),
        }
    }

    pub(super) fn tag_links(&self, article: &Article) -> Vec<Link> {
        article
            .tags
            .iter()
            .map(|&t| {
                let tag = &self.site.tags[t];
                Link {
                    label: tag.name.clone(),
                    url: self.urls.link(&urls::tag(&tag.slug)),
                }
            })
            .collect()
    }

    fn pagination(&self, path: &str, current: usize, total: usize) -> Pagination {
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

    fn day_group(&self, date: NaiveDate, articles: &[usize]) -> DayGroup<'a> {
        DayGroup {
            heading: self.i18n.day_heading(date),
            date_iso: date.to_string(),
            url: self.urls.link(&urls::day(date)),
            articles: articles.iter().map(|&i| self.card(i)).collect(),
        }
    }

    /// The front page: articles newest first, grouped by day, `per_page` a page.
    fn home(&self, page: usize) -> PageData {
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

    fn day(&self, index: usize, page: usize) -> PageData {
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
    fn archive(&self) -> PageData {
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

    fn entities(&self) -> PageData {
        let groups = EntityKind::ALL
            .iter()
            .filter_map(|&kind| {
                let mut entities: Vec<usize> = (0..self.site.entities.len())
                    .filter(|&i| self.site.entities[i].kind == kind)
                    .collect();
                if entities.is_empty() {
                    return None;
                }
                entities
                    .sort_by(|&a, &b| self.site.entities[a].name.cmp(&self.site.entities[b].name));
                Some(EntityGroup {
                    heading: self.i18n.kind_plural(kind),
                    id: kind.key(),
                    entities: entities
                        .into_iter()
                        .map(|i| {
                            let entity = &self.site.entities[i];
                            EntityCard {
                                name: entity.name.clone(),
                                url: self.urls.link(&urls::entity(&entity.slug)),
                                description: entity.description.clone(),
                                count: self
                                    .i18n
                                    .count(self.analysis.entity_articles[i].len(), Noun::Article),
                            }
                        })
                        .collect(),
                })
            })
            .collect();
        let title = self.i18n.strings().entities.to_string();
        let description = self.i18n.strings().all_entities;
        page_data(
            "entities.html",
            self.meta(title, description, "entities/", "entities"),
            &EntitiesView { groups },
        )
    }

    fn entity(&self, index: usize, page: usize) -> PageData {
        let entity = &self.site.entities[index];
        let all = &self.analysis.entity_articles[index];
        let per_page = self.site.config.per_page;
        let path = urls::entity(&entity.slug);
        let articles = all
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|&a| EntityArticle {
                card: self.card(a),
                sentence_html: self.site.articles[a]
                    .entities
                    .iter()
                    .find(|r| r.entity == index)
                    .and_then(|r| r.first_mention.as_ref())
                    .map(|(sentence, range)| text::marked_sentence(sentence, range.clone())),
            })
            .collect();
        let related = self.analysis.related[index]
            .iter()
            .map(|&(other, count)| {
                let e = &self.site.entities[other];
                CountedLink {
                    label: e.name.clone(),
                    url: self.urls.link(&urls::entity(&e.slug)),
                    count: self.i18n.count(count as usize, Noun::Article),
                }
            })
            .collect();
        let view = EntityView {
            name: &entity.name,
            kind: self.i18n.kind_singular(entity.kind),
            description: &entity.description,
            body_html: (!entity.body.is_empty())
                .then(|| markdown::to_html(&entity.body, self.urls.base_path())),
            aliases: entity.aliases.iter().map(String::as_str).collect(),
            wikidata_url: entity
                .wikidata
                .as_ref()
                .map(|q| format!("https://www.wikidata.org/wiki/{q}")),
            count: self.i18n.count(all.len(), Noun::Article),
            articles,
            related,
            pagination: self.pagination(&path, page, jobs::page_count(all.len(), per_page)),
            feed_url: self.urls.link(&format!("{path}feed.xml")),
        };
        let title = self.i18n.page_title(&entity.name, page);
        let mut meta = self.meta(
            title,
            &entity.description,
            &urls::paginated(&path, page),
            "entities",
        );
        meta.feed = Some(Link {
            label: format!("{} — {}", self.site.config.title, entity.name),
            url: view.feed_url.clone(),
        });
        page_data("entity.html", meta, &view)
    }

    fn chronology_entry(&self, item: &ChronologyItem) -> ChronologyEntry<'a> {
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
    fn chronology_months(&self, items: &[ChronologyItem]) -> Vec<ChronologyMonth<'a>> {
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
    fn chronology_index(&self) -> PageData {
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

    fn chronology_years(&self) -> Vec<ChronologyYear> {
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

    fn chronology_month(&self, index: usize, page: usize) -> PageData {
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

    fn tags(&self) -> PageData {
        let tags = self
            .site
            .tags
            .iter()
            .map(|t| CountedLink {
                label: t.name.clone(),
                url: self.urls.link(&urls::tag(&t.slug)),
                count: self.i18n.count(t.articles.len(), Noun::Article),
            })
            .collect();
        let title = self.i18n.strings().tags.to_string();
        page_data(
            "tags.html",
            self.meta(title.clone(), self.i18n.strings().all_tags, "tags/", "tags"),
            &TagsView { tags },
        )
    }

    fn tag(&self, index: usize, page: usize) -> PageData {
        let tag = &self.site.tags[index];
        let per_page = self.site.config.per_page;
        let path = urls::tag(&tag.slug);
        let view = TagView {
            name: &tag.name,
            count: self.i18n.count(tag.articles.len(), Noun::Article),
            articles: tag
                .articles
                .iter()
                .skip((page - 1) * per_page)
                .take(per_page)
                .map(|&a| self.card(a))
                .collect(),
            pagination: self.pagination(
                &path,
                page,
                jobs::page_count(tag.articles.len(), per_page),
            ),
        };
        let title = self.i18n.page_title(&tag.name, page);
        let description = format!("{}: {}", tag.name, view.count);
        page_data(
            "tag.html",
            self.meta(title, &description, &urls::paginated(&path, page), "tags"),
            &view,
        )
    }

    fn page(&self, index: usize) -> PageData {
        let page = &self.site.pages[index];
        let view = PageView {
            title: &page.title,
            body_html: markdown::to_html(&page.body, self.urls.base_path()),
        };
        let path = format!("{}/", page.slug);
        page_data(
            "page.html",
            self.meta(page.title.clone(), &page.description, &path, &page.slug),
            &view,
        )
    }

    fn not_found(&self) -> PageData {
        let strings = self.i18n.strings();
        let meta = self.meta(
            strings.not_found_title.to_string(),
            strings.not_found_text,
            "404.html",
            "",
        );
        page_data("404.html", meta, &())
    }
}
