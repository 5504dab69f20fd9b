//! Clauses and sentences without an entity: subject–verb–object from the word lists,
//! ready-made clauses and fillers, and the rule that a template is used once per
//! article.

use super::Writer;
use crate::grammar::{Gender, capitalize, past};
use crate::vocab::{self, Actor};

impl Writer<'_> {
    /// A subordinate clause in any tense: a ready-made one or subject–verb–object.
    pub(super) fn clause(&mut self) -> String {
        if self.rng.chance(0.4) {
            let c = self.rng.pick(vocab::CLAUSES_NOW);
            return self.render(c, None);
        }
        self.past_clause()
    }

    pub(super) fn past_clause(&mut self) -> String {
        if self.rng.chance(0.3) {
            let c = self.rng.pick(vocab::CLAUSES_PAST);
            return self.render(c, None);
        }
        let with_adverbial = self.rng.chance(0.5);
        self.svo(with_adverbial)
    }

    /// A past verb agreeing with `gender` and an object, both fit for `actor`.
    pub(super) fn verb_object(&mut self, gender: Gender, actor: Actor) -> String {
        let (_, verbs, objects) = self
            .rng
            .pick_where(vocab::VERB_OBJECTS, |g| g.0.contains(&actor));
        let verb = past(self.rng.word(verbs), gender, false);
        let object = self.pick_render(objects);
        format!("{verb} {object}")
    }

    /// An accusative object of public interest (not a company's own business);
    /// `diplomatic`: one that partners deal with, for summits and talks.
    pub(super) fn object(&mut self, diplomatic: bool) -> String {
        let fits = |g: &(&[Actor], &[&str], &[&str])| {
            !g.0.contains(&Actor::Business) && (!diplomatic || g.0.contains(&Actor::Partner))
        };
        let (_, _, objects) = self.rng.pick_where(vocab::VERB_OBJECTS, fits);
        self.pick_render(objects)
    }

    fn svo(&mut self, with_adverbial: bool) -> String {
        let (subject, gender, actor) = *self.rng.pick(vocab::SUBJECTS);
        let vo = self.verb_object(gender, actor);
        if !with_adverbial {
            return format!("{subject} {vo}");
        }
        let list = if self.rng.chance(0.5) {
            vocab::WHEN_PAST
        } else {
            vocab::MANNER
        };
        let adverbial = self.pick_render(list);
        format!("{subject} {vo} {adverbial}")
    }

    /// A random template from `list`, expanded without an entity.
    pub(super) fn pick_render(&mut self, list: &[&str]) -> String {
        let template = *self.rng.pick(list);
        self.render(template, None)
    }

    /// A template not used yet in this article, if any is left: scans the list
    /// cyclically from a random start (no allocation; `{S}` may repeat).
    pub fn fresh(&mut self, list: &'static [&'static str]) -> &'static str {
        let start = self.rng.below(list.len());
        let template = (0..list.len())
            .map(|i| list[(start + i) % list.len()])
            .find(|t| *t == "{S}" || !self.used.contains(t))
            .unwrap_or(list[start]);
        self.used.push(template);
        template
    }

    pub(super) fn filler(&mut self) -> String {
        let template = self.fresh(vocab::FILLERS);
        if template == "{S}" {
            let with_adverbial = self.rng.chance(0.6);
            let s = self.svo(with_adverbial);
            return capitalize(&format!("{s}."));
        }
        capitalize(&self.render(template, None))
    }
}
