//! The entities plus what the article writers need to pick them: a Zipf-like
//! popularity, the places in Ukraine, and the General Staff for the daily summary.

use crate::entities;
use crate::rng::{self, Rng};

/// The entities plus what the article writers need to pick them.
pub struct Corpus {
    pub entities: Vec<entities::Entity>,
    /// Zipf weights (1/rank) over `by_rank`, which is a seeded shuffle of all entities.
    popularity: rng::Weighted,
    by_rank: Vec<usize>,
    /// Places in Ukraine, for the daily summary and chronology items.
    places: Vec<usize>,
    pub general_staff: Option<usize>,
    pub seed: u64,
}

impl Corpus {
    pub fn new(entities: Vec<entities::Entity>, seed: u64) -> Corpus {
        let mut rng = Rng::derive(seed, 0x2A1F, 0);
        let mut by_rank: Vec<usize> = (0..entities.len()).collect();
        rng.shuffle(&mut by_rank);
        // 1/rank exactly (s = 1): no powf, so no platform-dependent rounding.
        let popularity = rng::Weighted::new((1..=entities.len()).map(|r| 1.0 / r as f64));
        let places = (0..entities.len())
            .filter(|&i| entities[i].kind == entities::Kind::Place && !entities[i].abroad)
            .collect();
        let general_staff = entities
            .iter()
            .position(|e| e.short.as_ref().is_some_and(|s| s.forms.nom() == "Генштаб"));
        Corpus {
            entities,
            popularity,
            by_rank,
            places,
            general_staff,
            seed,
        }
    }

    pub fn popular(&self, rng: &mut Rng) -> usize {
        self.by_rank[self.popularity.sample(rng)]
    }

    /// `k` distinct entities, drawn by popularity.
    pub fn sample_distinct(&self, k: usize, rng: &mut Rng) -> Vec<usize> {
        let k = k.min(self.entities.len());
        let mut out = Vec::with_capacity(k);
        let mut tries = 0;
        while out.len() < k && tries < 50 * k {
            let e = self.popular(rng);
            if !out.contains(&e) {
                out.push(e);
            }
            tries += 1;
        }
        out
    }

    /// A place in Ukraine, preferring popular ones.
    pub fn place(&self, rng: &mut Rng) -> Option<usize> {
        for _ in 0..20 {
            let e = self.popular(rng);
            if self.entities[e].kind == entities::Kind::Place && !self.entities[e].abroad {
                return Some(e);
            }
        }
        (!self.places.is_empty()).then(|| *rng.pick(&self.places))
    }
}
