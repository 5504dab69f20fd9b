//! A regular news article: a lede, sentences about its entities in every case,
//! fillers in between, grouped into paragraphs.

use super::{Body, Writer};
use crate::entities::{Entity, Kind};
use crate::grammar::capitalize;
use crate::vocab;

impl Writer<'_> {
    fn templates(entity: &Entity) -> [&'static [&'static str]; 6] {
        match entity.kind {
            Kind::Person => vocab::PERSON,
            Kind::Organization => vocab::ORGANIZATION,
            Kind::Place if entity.abroad => vocab::PLACE_ABROAD,
            Kind::Place => vocab::PLACE,
            Kind::Event => vocab::EVENT,
            Kind::Other => vocab::OTHER,
        }
    }

    /// A sentence about entity `e` in a random case (the nominative twice as often).
    fn entity_sentence(&mut self, e: usize) -> String {
        let entity = &self.corpus.entities[e];
        let slot = match self.rng.below(7) {
            6 => 0,
            n => n,
        };
        let template = self.fresh(Self::templates(entity)[slot]);
        let m = self.mention(e);
        capitalize(&self.render(template, Some(&m)))
    }

    fn lede(&mut self, e: usize) -> String {
        let entity = &self.corpus.entities[e];
        let list = match entity.kind {
            Kind::Person => vocab::LEDE_PERSON,
            Kind::Place if entity.abroad => vocab::LEDE_ABROAD,
            Kind::Place => vocab::LEDE_PLACE,
            Kind::Organization => vocab::LEDE_ORGANIZATION,
            Kind::Event => vocab::LEDE_EVENT,
            Kind::Other => vocab::LEDE_OTHER,
        };
        let template = *self.rng.pick(list);
        let m = self.mention(e);
        capitalize(&self.render(template, Some(&m)))
    }

    /// A regular news article: 3–12 entities, 3–8 paragraphs, ~1.5–4 KB.
    pub fn news(&mut self) -> Body {
        let k = self.rng.range(3, 12);
        let picked = self.corpus.sample_distinct(k, self.rng);
        let target = self.rng.range(1500, 3800);
        let paragraphs = self.rng.range(3, 8);
        // The lede's entity is the subject of the story and comes back 1–3 times,
        // the others once or twice.
        let mut queue: Vec<usize> = Vec::new();
        for (i, &e) in picked.iter().enumerate() {
            let times = match i {
                0 => self.rng.range(1, 3),
                _ if self.rng.chance(0.35) => 2,
                _ => 1,
            };
            queue.extend(std::iter::repeat_n(e, times));
        }
        self.rng.shuffle(&mut queue);
        let mut sentences = Vec::new();
        let mut bytes = 0;
        if let Some(&first) = picked.first() {
            sentences.push(self.lede(first));
            bytes += sentences[0].len();
        }
        while bytes < target || !queue.is_empty() {
            let sentence = match queue.last() {
                Some(&e) if bytes >= target || self.rng.chance(0.65) => {
                    queue.pop();
                    self.entity_sentence(e)
                }
                _ => self.filler(),
            };
            bytes += sentence.len() + 1;
            sentences.push(sentence);
        }
        Body {
            paragraphs: self.paragraphs_of(sentences, paragraphs),
            entities: self.mentioned.clone(),
        }
    }

    /// Groups sentences into `n` paragraphs of similar length (±1 sentence); the
    /// lede often stands alone, as in the real seed.
    fn paragraphs_of(&mut self, sentences: Vec<String>, n: usize) -> Vec<String> {
        let n = n.clamp(1, sentences.len());
        let mut sizes = vec![sentences.len() / n; n];
        for size in sizes.iter_mut().take(sentences.len() % n) {
            *size += 1;
        }
        for i in 1..n {
            // Move one sentence between neighbours now and then, keeping each ≥ 1.
            if sizes[i - 1] > 1 && self.rng.chance(0.4) {
                sizes[i - 1] -= 1;
                sizes[i] += 1;
            }
        }
        if n > 1 && sizes[0] > 1 && self.rng.chance(0.4) {
            sizes[1] += sizes[0] - 1;
            sizes[0] = 1;
        }
        let mut rest = sentences.as_slice();
        sizes
            .into_iter()
            .map(|size| {
                let (head, tail) = rest.split_at(size);
                rest = tail;
                head.join(" ")
            })
            .collect()
    }
}
