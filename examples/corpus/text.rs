//! Article text: sentences from templates, entities inflected in context.
//!
//! A [`Writer`] writes one article from its own random stream. [`placeholders`]
//! expands the `{…}` templates of [`crate::vocab`], [`clauses`] makes the sentences
//! without an entity, and [`news`] and [`summary`] the two kinds of article.

mod clauses;
mod news;
mod numbers;
mod placeholders;
mod summary;

pub use numbers::number;

use crate::calendar::Day;
use crate::corpus::Corpus;
use crate::entities::Name;
use crate::grammar::{Case, Forms, lower_first};
use crate::rng::Rng;
use crate::vocab::Actor;

/// An article body, kept as paragraphs so quotes can be drawn from it.
pub struct Body {
    pub paragraphs: Vec<String>,
    /// Entities in order of first mention.
    pub entities: Vec<usize>,
}

impl Body {
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// How an entity is written in one sentence: role + full name on first mention,
/// then mostly the short form.
pub struct Mention<'a> {
    role: Option<&'a Forms>,
    name: &'a Name,
    lower: bool,
    actor: Actor,
}

impl Mention<'_> {
    fn get(&self, case: Case) -> String {
        let name = self.name.forms.get(case);
        let name = if self.lower {
            lower_first(name)
        } else {
            name.to_string()
        };
        match self.role {
            Some(role) => format!("{} {name}", role.get(case)),
            None => name,
        }
    }
}

/// Writes one article body, or an editorial note, from the caller's random stream.
pub struct Writer<'a> {
    pub rng: &'a mut Rng,
    corpus: &'a Corpus,
    date: Day,
    mentioned: Vec<usize>,
    /// Templates already used in this article, to avoid verbatim repeats.
    used: Vec<&'static str>,
}

impl<'a> Writer<'a> {
    pub fn new(rng: &'a mut Rng, corpus: &'a Corpus, date: Day) -> Self {
        Writer {
            rng,
            corpus,
            date,
            mentioned: Vec::new(),
            used: Vec::new(),
        }
    }

    fn mention(&mut self, e: usize) -> Mention<'a> {
        let corpus: &'a Corpus = self.corpus;
        let ent = &corpus.entities[e];
        let (lower, actor) = (ent.lower_in_text, ent.actor);
        if !self.mentioned.contains(&e) {
            self.mentioned.push(e);
            let role = ent.role.as_ref().filter(|_| self.rng.chance(0.6));
            return Mention {
                role,
                name: &ent.name,
                lower,
                actor,
            };
        }
        let name = match &ent.short {
            Some(short) if self.rng.chance(0.8) => short,
            _ => &ent.name,
        };
        Mention {
            role: None,
            name,
            lower,
            actor,
        }
    }
}
