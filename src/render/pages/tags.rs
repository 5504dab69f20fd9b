//! The tag index, each tag's page, standalone pages and the 404 page.

use super::{PageData, Pages, page_data};
use crate::render::i18n::Noun;
use crate::render::jobs;
use crate::render::markdown;
use crate::render::urls;
use crate::render::views::*;

impl<'a> Pages<'a> {
    /// Every tag, alphabetically.
    pub(super) fn tags(&self) -> PageData {
        let mut sorted: Vec<&crate::model::Tag> = self.site.tags.iter().collect();
        sorted.sort_by(|a, b| {
            self.collation
                .compare(&a.name, &b.name)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        let tags = sorted
            .into_iter()
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

    pub(super) fn tag(&self, index: usize, page: usize) -> PageData {
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

    pub(super) fn page(&self, index: usize) -> PageData {
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

    pub(super) fn not_found(&self) -> PageData {
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
