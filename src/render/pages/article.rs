//! The article page: the seed text with entity links and marked quotes, numbered notes
//! beside their paragraphs, the editorial note, events and the entity sidebar.

use super::{PageData, Pages, page_data};
use crate::diagnostic::Diagnostic;
use crate::load::seed;
use crate::model::{Annotation, Article, EntityKind};
use crate::render::annotations;
use crate::render::i18n::Noun;
use crate::render::markdown;
use crate::render::text::{self, LinkSpan, QuoteSpan};
use crate::render::urls;
use crate::render::views::*;

impl<'a> Pages<'a> {
    pub(super) fn article(&self, index: usize) -> Result<PageData, Diagnostic> {
        let article = &self.site.articles[index];
        let seed = seed::read(&article.seed_path, &article.seed_path)?;
        let (date, date_iso) = self.date(article.date);
        let neighbour = |i: usize| {
            let a = &self.site.articles[i];
            Link {
                label: a.title.clone(),
                url: self.urls.link(&urls::article(&a.slug)),
            }
        };
        let notes = numbered(&article.annotations, self.urls.base_path());
        let path = urls::article(&article.slug);
        let annotations_path = format!("{path}annotations.jsonld");
        let view = ArticleView {
            title: &article.title,
            date,
            date_iso,
            day_url: self.urls.link(&urls::day(article.date)),
            paragraphs: self.paragraphs(article, &seed.paragraphs, &notes),
            note_html: (!article.note.is_empty())
                .then(|| markdown::to_html(&article.note, self.urls.base_path())),
            tags: self.tag_links(article),
            source: article.source.as_ref().map(|s| SourceView {
                name: &s.name,
                url: s.url.as_deref(),
            }),
            sidebar: self.sidebar(article),
            events: article
                .events
                .iter()
                .map(|e| EventView {
                    date: self.i18n.long_date(e.date),
                    date_iso: e.date.to_string(),
                    text: &e.text,
                })
                .collect(),
            notes_count: notes.len(),
            previous: index.checked_sub(1).map(neighbour),
            next: (index + 1 < self.site.articles.len()).then(|| neighbour(index + 1)),
            annotations_url: (!notes.is_empty()).then(|| self.urls.link(&annotations_path)),
        };
        let mut meta = self.meta(article.title.clone(), &article.summary, &path, "digest");
        meta.alternate_json = view.annotations_url.clone();
        let mut page = page_data("article.html", meta, &view);
        if !notes.is_empty() {
            let text = annotations::seed_text(&seed.paragraphs);
            let json = annotations::json_ld(self.urls, article, &text, &notes);
            page.companions.push((annotations_path, json.into_bytes()));
            page.companions
                .push((format!("{path}text.txt"), text.into_bytes()));
        }
        Ok(page)
    }

    /// Each paragraph's HTML, with the notes whose quote ends in it.
    fn paragraphs(
        &self,
        article: &Article,
        paragraphs: &[String],
        notes: &[Numbered],
    ) -> Vec<ParagraphView> {
        let label = self.i18n.strings().note;
        let links = self.links(article, paragraphs);
        paragraphs
            .iter()
            .enumerate()
            .map(|(p, text)| {
                let quotes = quote_spans(p, text.len(), notes);
                let links = &links[p];
                ParagraphView {
                    html: text::paragraph_html(text, links, &quotes, label),
                    notes: notes
                        .iter()
                        .filter(|n| n.annotation.anchor.end.paragraph == p)
                        .map(|n| NoteView {
                            number: n.number,
                            id: format!("note-{}", n.number),
                            html: n.html.clone(),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// Per paragraph, the links to the article's entities.
    fn links(&self, article: &Article, paragraphs: &[String]) -> Vec<Vec<LinkSpan<'a>>> {
        let mut links: Vec<Vec<LinkSpan>> = vec![Vec::new(); paragraphs.len()];
        for link in &article.links {
            let entity = &self.site.entities[link.entity as usize];
            if let Some(paragraph) = links.get_mut(link.paragraph as usize) {
                paragraph.push(LinkSpan {
                    range: link.start as usize..link.end as usize,
                    href: &self.prepared.entity_urls[link.entity as usize],
                    title: &entity.name,
                });
            }
        }
        links
    }

    /// The article's entities grouped by kind, most mentioned first.
    fn sidebar(&self, article: &'a Article) -> Vec<SidebarGroup<'a>> {
        EntityKind::ALL
            .iter()
            .filter_map(|&kind| {
                let mut refs: Vec<_> = article
                    .entities
                    .iter()
                    .filter(|r| self.site.entities[r.entity].kind == kind)
                    .collect();
                if refs.is_empty() {
                    return None;
                }
                let by_name = |e: usize| self.prepared.entity_name_rank[e];
                refs.sort_by_key(|r| (std::cmp::Reverse(r.mentions), by_name(r.entity)));
                let entities = refs
                    .into_iter()
                    .map(|r| {
                        let entity = &self.site.entities[r.entity];
                        SidebarEntity {
                            name: &entity.name,
                            url: &self.prepared.entity_urls[r.entity],
                            description: &entity.description,
                            mentions: r.mentions,
                            mentions_label: self.i18n.count(r.mentions as usize, Noun::Mention),
                        }
                    })
                    .collect();
                Some(SidebarGroup {
                    heading: self.i18n.kind_plural(kind),
                    entities,
                })
            })
            .collect()
    }
}

/// An annotation with its number (notes are numbered in reading order) and its note
/// as HTML.
pub struct Numbered<'a> {
    pub number: usize,
    pub annotation: &'a Annotation,
    /// The note rendered for the page (site links under `base_path`).
    pub html: String,
}

fn numbered<'a>(annotations: &'a [Annotation], base_path: &str) -> Vec<Numbered<'a>> {
    let mut ordered: Vec<&Annotation> = annotations.iter().collect();
    ordered.sort_by_key(|a| (a.anchor.start_char, a.anchor.end_char));
    ordered
        .into_iter()
        .enumerate()
        .map(|(i, annotation)| Numbered {
            number: i + 1,
            annotation,
            html: markdown::to_inline_html(&annotation.note, base_path),
        })
        .collect()
}

/// The parts of the quotes that fall inside paragraph `p` (`len` bytes long).
fn quote_spans(p: usize, len: usize, notes: &[Numbered]) -> Vec<QuoteSpan> {
    notes
        .iter()
        .filter(|n| {
            n.annotation.anchor.start.paragraph <= p && p <= n.annotation.anchor.end.paragraph
        })
        .map(|n| {
            let anchor = &n.annotation.anchor;
            let start = if anchor.start.paragraph == p {
                anchor.start.byte
            } else {
                0
            };
            let end = if anchor.end.paragraph == p {
                anchor.end.byte
            } else {
                len
            };
            QuoteSpan {
                range: start..end,
                note: n.number,
                ends_here: anchor.end.paragraph == p,
            }
        })
        .collect()
}
