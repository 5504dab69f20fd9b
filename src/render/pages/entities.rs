//! The entity index by kind (a kind too many for it shows its most mentioned there and
//! gets a list of its own, by name), and each entity's page: its articles newest first
//! with the sentence of the first mention, and the entities most often named with it.

use super::{PageData, Pages, page_data};
use crate::model::EntityKind;
use crate::render::i18n::Noun;
use crate::render::jobs::{self};
use crate::render::urls;
use crate::render::views::*;
use crate::render::{markdown, text};

impl<'a> Pages<'a> {
    pub(super) fn entities(&self) -> PageData {
        let groups = EntityKind::ALL
            .into_iter()
            .map(|kind| (kind, self.prepared.entities_of(kind)))
            .filter(|(_, by_name)| !by_name.is_empty())
            .map(|(kind, by_name)| {
                let mut shown = by_name.to_vec();
                let all = jobs::kind_has_list(by_name.len()).then(|| {
                    // Most mentioned first; by name among equals (the sort is stable).
                    let articles = |&i: &usize| self.analysis.entity_articles[i].len();
                    shown.sort_by_key(|i| std::cmp::Reverse(articles(i)));
                    shown.truncate(jobs::ENTITY_INDEX_PER_KIND);
                    Link {
                        label: format!("{} ({})", self.i18n.kind_all(kind), by_name.len()),
                        url: self.urls.link(&urls::entity_kind(kind)),
                    }
                });
                EntityGroup {
                    heading: self.i18n.kind_plural(kind),
                    id: kind.key(),
                    entities: shown.into_iter().map(|i| self.entity_card(i)).collect(),
                    all,
                }
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

    /// Every entity of a kind too many for the index, by name, a page at a time.
    pub(super) fn entity_kind(&self, kind: EntityKind, page: usize) -> PageData {
        let by_name = self.prepared.entities_of(kind);
        let per_page = jobs::ENTITY_KIND_PER_PAGE;
        let path = urls::entity_kind(kind);
        let view = EntityKindView {
            heading: self.i18n.kind_all(kind),
            entities: by_name
                .iter()
                .skip((page - 1) * per_page)
                .take(per_page)
                .map(|&i| self.entity_card(i))
                .collect(),
            pagination: self.pagination(&path, page, jobs::page_count(by_name.len(), per_page)),
        };
        let title = self.i18n.page_title(view.heading, page);
        let description = self.i18n.strings().all_entities;
        page_data(
            "entity-kind.html",
            self.meta(
                title,
                description,
                &urls::paginated(&path, page),
                "entities",
            ),
            &view,
        )
    }

    fn entity_card(&self, index: usize) -> EntityCard {
        let entity = &self.site.entities[index];
        EntityCard {
            name: entity.name.clone(),
            url: self.prepared.entity_urls[index].clone(),
            description: entity.description.clone(),
            count: self
                .i18n
                .count(self.analysis.entity_articles[index].len(), Noun::Article),
        }
    }

    pub(super) fn entity(&self, index: usize, page: usize) -> PageData {
        let entity = &self.site.entities[index];
        let all = &self.analysis.entity_articles[index];
        let per_page = self.site.config.entity_per_page;
        let path = urls::entity(&entity.slug);
        let articles = all
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|&a| {
                let article = &self.site.articles[a];
                let sentence_html = article
                    .entities
                    .iter()
                    .find(|r| r.entity == index)
                    .and_then(|r| r.first_mention.as_ref())
                    .map(|first| {
                        let sentence = &article.mention_sentences
                            [first.sentence.start as usize..first.sentence.end as usize];
                        text::marked_sentence(
                            sentence,
                            first.mark.start as usize..first.mark.end as usize,
                        )
                    });
                EntityArticle {
                    title: &article.title,
                    url: &self.prepared.article_urls[a],
                    date: &self.prepared.article_dates[a].0,
                    date_iso: &self.prepared.article_dates[a].1,
                    source: article.source.as_ref().map(|s| s.name.as_str()),
                    summary: sentence_html.is_none().then_some(article.summary.as_str()),
                    sentence_html,
                }
            })
            .collect();
        let related = self.analysis.related[index]
            .iter()
            .map(|&(other, count)| {
                let e = &self.site.entities[other];
                CountedLink {
                    label: e.name.clone(),
                    url: self.prepared.entity_urls[other].clone(),
                    count: self.i18n.count(count as usize, Noun::Article),
                }
            })
            .collect();
        let view = EntityView {
            name: &entity.name,
            kind: self.i18n.kind_singular(entity.kind),
            description: &entity.description,
            body_html: (page == 1 && !entity.body.is_empty())
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
}
