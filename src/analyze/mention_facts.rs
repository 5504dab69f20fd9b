//! From the matcher's raw mentions to what the site shows: mentions per paragraph
//! (for links in the text) and, per entity, how often the article names it and the
//! sentence of its first mention (for the sidebar and the entity page).

use std::ops::Range;

use super::mentions::{EntityNames, MentionMatcher};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Entity, EntityRef, FirstMention, MentionLink, excerpt};

/// Longest first-mention sentence kept, in characters; longer ones are cut around
/// the mention (the entity page shows the sentence, not the paragraph).
const SENTENCE_CHARS: usize = 240;

/// A mention inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphMention {
    pub paragraph: usize,
    /// Byte range inside the paragraph.
    pub range: Range<usize>,
    pub entity: usize,
}

/// One automaton over every form of every entity name, and a warning for each name
/// that several entities share (it links only where an article disambiguates it).
pub fn matcher(entities: &[Entity]) -> (MentionMatcher, Diagnostics) {
    let names: Vec<EntityNames> = entities
        .iter()
        .map(|e| EntityNames {
            name: &e.name,
            aliases: &e.aliases,
            kind: e.kind,
        })
        .collect();
    let matcher = MentionMatcher::new(&names);
    let mut warnings = Diagnostics::new();
    for shared in matcher.shared_aliases() {
        let slugs: Vec<&str> = shared
            .entities
            .iter()
            .map(|&e| entities[e].slug.as_str())
            .collect();
        let first = slugs[0];
        warnings.push(
            Diagnostic::warning(
                format!("content/entities/{first}.md"),
                format!("the name `{}` is shared by the entities {}", shared.alias, slugs.join(", ")),
            )
            .hint("it links only where the article names one of them in full before; add a distinguishing alias, or list the right one under `entities:` in the sidecar"),
        );
    }
    (matcher, warnings)
}

/// The mentions in an article's paragraphs, in text order. The paragraphs are matched
/// as one text so a full name in one paragraph disambiguates a shared alias in a later one.
pub fn by_paragraph(matcher: &MentionMatcher, paragraphs: &[String]) -> Vec<ParagraphMention> {
    let text = paragraphs.join("\n\n");
    let mut starts = Vec::with_capacity(paragraphs.len());
    let mut offset = 0;
    for paragraph in paragraphs {
        starts.push(offset);
        offset += paragraph.len() + 2;
    }
    matcher
        .find(&text)
        .into_iter()
        .map(|m| {
            let paragraph = starts.partition_point(|&s| s <= m.start) - 1;
            let base = starts[paragraph];
            ParagraphMention {
                paragraph,
                range: m.start - base..m.end - base,
                entity: m.entity,
            }
        })
        .collect()
}

/// Per entity mentioned (except `suppressed` ones): the count and where its first
/// mention's sentence is in the returned text. Sorted by entity index.
pub fn counts(
    mentions: &[ParagraphMention],
    paragraphs: &[String],
    suppressed: &[usize],
) -> (Vec<EntityRef>, Box<str>) {
    // Sentences are cut once per paragraph, and only for paragraphs with a first mention.
    let mut sentences: Vec<Option<Vec<Range<usize>>>> = vec![None; paragraphs.len()];
    let mut store = SentenceStore::default();
    let mut refs: Vec<EntityRef> = Vec::new();
    for mention in mentions.iter().filter(|m| !suppressed.contains(&m.entity)) {
        match refs.iter_mut().find(|r| r.entity == mention.entity) {
            Some(existing) => existing.mentions += 1,
            None => {
                let paragraph = &paragraphs[mention.paragraph];
                let cut = sentences[mention.paragraph]
                    .get_or_insert_with(|| excerpt::sentences(paragraph));
                let (sentence, mark) = sentence_around(paragraph, cut, mention.range.clone());
                refs.push(EntityRef {
                    entity: mention.entity,
                    mentions: 1,
                    first_mention: Some(store.add(&sentence, mark)),
                });
            }
        }
    }
    refs.sort_by_key(|r| r.entity);
    (refs, store.text.into_boxed_str())
}

/// The first-mention sentences of one article, each stored once.
#[derive(Default)]
struct SentenceStore {
    text: String,
    stored: Vec<Range<u32>>,
}

impl SentenceStore {
    fn add(&mut self, sentence: &str, mark: Range<usize>) -> FirstMention {
        let found = self
            .stored
            .iter()
            .find(|r| &self.text[r.start as usize..r.end as usize] == sentence)
            .cloned();
        let range = found.unwrap_or_else(|| {
            let start = self.text.len() as u32;
            self.text.push_str(sentence);
            let range = start..self.text.len() as u32;
            self.stored.push(range.clone());
            range
        });
        FirstMention {
            sentence: range,
            mark: mark.start as u32..mark.end as u32,
        }
    }
}

/// The links an article shows: the first mention of each entity in each paragraph,
/// except `suppressed` entities.
pub fn links(mentions: &[ParagraphMention], suppressed: &[usize]) -> Vec<MentionLink> {
    let mut links: Vec<MentionLink> = Vec::new();
    for mention in mentions.iter().filter(|m| !suppressed.contains(&m.entity)) {
        let seen = links
            .iter()
            .rev()
            .take_while(|l| l.paragraph as usize == mention.paragraph)
            .any(|l| l.entity as usize == mention.entity);
        if !seen {
            links.push(MentionLink {
                paragraph: mention.paragraph as u32,
                start: mention.range.start as u32,
                end: mention.range.end as u32,
                entity: mention.entity as u32,
            });
        }
    }
    links
}

/// The sentence of `paragraph` that holds `mention`, and the mention's range in it;
/// a very long sentence is cut to a window around the mention.
fn sentence_around(
    paragraph: &str,
    sentences: &[Range<usize>],
    mention: Range<usize>,
) -> (String, Range<usize>) {
    let sentence = sentences
        .iter()
        .find(|s| s.start <= mention.start && mention.end <= s.end)
        .cloned()
        .unwrap_or(0..paragraph.len());
    let text = &paragraph[sentence.clone()];
    let local = mention.start - sentence.start..mention.end - sentence.start;
    if text.chars().count() <= SENTENCE_CHARS {
        return (text.to_string(), local);
    }
    window(text, local)
}

/// About `SENTENCE_CHARS` characters around `mention`, cut at spaces, with «…».
fn window(text: &str, mention: Range<usize>) -> (String, Range<usize>) {
    let half = SENTENCE_CHARS / 2;
    let before: Vec<(usize, char)> = text[..mention.start].char_indices().collect();
    let mut start = before.len().checked_sub(half).map_or(0, |i| before[i].0);
    if start > 0 {
        start = text[start..mention.start]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let after = &text[mention.end..];
    let mut end = after
        .char_indices()
        .nth(half)
        .map_or(text.len(), |(i, _)| mention.end + i);
    if end < text.len() {
        end = text[mention.end..end]
            .rfind(' ')
            .map_or(end, |i| mention.end + i);
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < text.len() { "…" } else { "" };
    let shown = format!("{lead}{}{tail}", &text[start..end]);
    let shift = lead.len();
    (
        shown,
        mention.start - start + shift..mention.end - start + shift,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn entity(slug: &str, name: &str, aliases: &[&str], kind: EntityKind) -> Entity {
        Entity {
            slug: slug.to_string(),
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            description: String::new(),
            wikidata: None,
            body: String::new(),
        }
    }

    #[test]
    fn counts_and_first_sentence_across_paragraphs() {
        let entities = [entity(
            "kyslytsia",
            "Сергій Кислиця",
            &["Кислиця"],
            EntityKind::Person,
        )];
        let (matcher, warnings) = matcher(&entities);
        assert!(warnings.is_empty());
        let paragraphs = vec![
            "Переговори зупинено. Так заявив Сергій Кислиця.".to_string(),
            "За словами Кислиці, пауза потрібна.".to_string(),
        ];
        let mentions = by_paragraph(&matcher, &paragraphs);
        assert_eq!(mentions.len(), 2);
        assert_eq!(mentions[1].paragraph, 1);
        assert_eq!(&paragraphs[1][mentions[1].range.clone()], "Кислиці");
        let (refs, sentences) = counts(&mentions, &paragraphs, &[]);
        assert_eq!(refs[0].mentions, 2);
        let first = refs[0].first_mention.clone().unwrap();
        let sentence = &sentences[first.sentence.start as usize..first.sentence.end as usize];
        assert_eq!(sentence, "Так заявив Сергій Кислиця.");
        assert_eq!(
            &sentence[first.mark.start as usize..first.mark.end as usize],
            "Сергій Кислиця"
        );
        assert!(counts(&mentions, &paragraphs, &[0]).0.is_empty());
    }

    #[test]
    fn shared_names_are_warned_about() {
        let entities = [
            entity(
                "iryna-shevchenko",
                "Ірина Шевченко",
                &["Шевченко"],
                EntityKind::Person,
            ),
            entity(
                "taras-shevchenko",
                "Тарас Шевченко",
                &["Шевченко"],
                EntityKind::Person,
            ),
        ];
        let (_, warnings) = matcher(&entities);
        let warnings = warnings.sorted();
        assert!(
            warnings[0].message.contains(
                "`Шевченко` is shared by the entities iryna-shevchenko, taras-shevchenko"
            ),
            "{}",
            warnings[0].message
        );
    }

    #[test]
    fn long_sentences_are_cut_around_the_mention() {
        let filler = "слово ".repeat(80);
        let paragraph = format!("{filler}Кислиця {filler}.");
        let start = paragraph.find("Кислиця").unwrap();
        let cut = excerpt::sentences(&paragraph);
        let (shown, range) = sentence_around(&paragraph, &cut, start..start + "Кислиця".len());
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert_eq!(&shown[range], "Кислиця");
        assert!(shown.chars().count() <= SENTENCE_CHARS + 2);
    }
}
