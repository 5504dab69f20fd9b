//! An article's notes as W3C Web Annotations (JSON-LD): one AnnotationPage per article
//! at `/articles/<slug>/annotations.jsonld`. The selectors count over the seed text,
//! not over the HTML page (whose text also holds the title, the menu and the note
//! numbers), so that text is published beside them as `/articles/<slug>/text.txt`
//! (paragraphs joined by a blank line) and each target is that text, scoped to the
//! article page: a TextQuoteSelector (the quote with up to 32 characters of context
//! either side) and a TextPositionSelector in Unicode code points.

use serde::Serialize;

use super::markdown;
use super::pages::Numbered;
use super::urls::{self, Urls};
use crate::model::Article;

/// Characters of context kept in the exported prefix and suffix.
const CONTEXT_CHARS: usize = 32;

#[derive(Serialize)]
struct AnnotationPage {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<WebAnnotation>,
}

#[derive(Serialize)]
struct WebAnnotation {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    body: Body,
    target: Target,
}

#[derive(Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
    format: &'static str,
}

#[derive(Serialize)]
struct Target {
    #[serde(rename = "type")]
    kind: &'static str,
    source: String,
    scope: String,
    selector: (QuoteSelector, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

/// The JSON-LD document of an article's numbered notes.
/// The plain text the selectors count over.
pub fn seed_text(paragraphs: &[String]) -> String {
    paragraphs.join("\n\n")
}

pub fn json_ld(urls: &Urls, article: &Article, text: &str, notes: &[Numbered]) -> String {
    let page_url = urls.absolute(&urls::article(&article.slug));
    let id = format!("{page_url}annotations.jsonld");
    let text_url = format!("{page_url}text.txt");
    // Links inside a note must work wherever the JSON-LD is read: absolute URLs.
    let link_prefix = urls.absolute("");
    let bounds: Vec<usize> = notes
        .iter()
        .flat_map(|note| {
            let (start, end) = (
                note.annotation.anchor.start_char,
                note.annotation.anchor.end_char,
            );
            [
                start.saturating_sub(CONTEXT_CHARS),
                start,
                end,
                end + CONTEXT_CHARS,
            ]
        })
        .collect();
    let bytes = CharOffsets::new(text, &bounds);
    let slice = |from: usize, to: usize| text[bytes.get(from)..bytes.get(to)].to_string();
    let items = notes
        .iter()
        .map(|note| {
            let anchor = &note.annotation.anchor;
            let (start, end) = (anchor.start_char, anchor.end_char);
            WebAnnotation {
                id: format!("{id}#note-{}", note.number),
                kind: "Annotation",
                motivation: "commenting",
                body: Body {
                    kind: "TextualBody",
                    value: if markdown::may_link(&note.annotation.note) {
                        markdown::to_inline_html(&note.annotation.note, &link_prefix)
                    } else {
                        note.html.clone()
                    },
                    format: "text/html",
                },
                target: Target {
                    kind: "SpecificResource",
                    source: text_url.clone(),
                    scope: page_url.clone(),
                    selector: (
                        QuoteSelector {
                            kind: "TextQuoteSelector",
                            exact: slice(start, end),
                            prefix: slice(start.saturating_sub(CONTEXT_CHARS), start),
                            suffix: slice(end, end + CONTEXT_CHARS),
                        },
                        PositionSelector {
                            kind: "TextPositionSelector",
                            start,
                            end,
                        },
                    ),
                },
            }
        })
        .collect();
    let page = AnnotationPage {
        context: "http://www.w3.org/ns/anno.jsonld",
        id,
        kind: "AnnotationPage",
        start_index: 0,
        items,
    };
    serde_json::to_string(&page).expect("annotations serialise")
}

/// Byte offsets of a few code-point offsets of a text, found in one pass over it.
struct CharOffsets {
    /// (code points, bytes), sorted; offsets past the end map to the text's length.
    known: Vec<(usize, usize)>,
}

impl CharOffsets {
    fn new(text: &str, wanted: &[usize]) -> CharOffsets {
        let mut wanted = wanted.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        let mut known = Vec::with_capacity(wanted.len());
        let mut chars = text.char_indices().map(|(byte, _)| byte).enumerate();
        for &target in &wanted {
            let byte = chars
                .by_ref()
                .find(|&(count, _)| count == target)
                .map_or(text.len(), |(_, byte)| byte);
            known.push((target, byte));
        }
        CharOffsets { known }
    }

    fn get(&self, chars: usize) -> usize {
        let at = self.known.partition_point(|&(c, _)| c < chars);
        self.known[at].1
    }
}
