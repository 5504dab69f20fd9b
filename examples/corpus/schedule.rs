//! Which article appears on which day, and under which id.

use crate::calendar::{self, Day};
use crate::rng::{Rng, Weighted, mix};

pub struct Planned {
    pub index: usize,
    pub id: String,
    pub date: Day,
    /// The daily «Зведення Генштабу».
    pub summary: bool,
}

/// Spreads `n` articles over up to three years ending 2025-12-31 so that a day
/// carries about eight articles on average (1,000 articles cover four months,
/// 100,000 cover three years at ~90 a day). Every day opens with the General Staff
/// summary; the rest follow weights with quieter weekends and a few busy days.
pub fn plan(n: usize, seed: u64) -> Vec<Planned> {
    let mut rng = Rng::derive(seed, 0x5C4E_D01E, 0);
    let days = (n / 8).clamp(1, 1096) as i64;
    let last = calendar::day(2025, 12, 31);
    let first = last - days + 1;
    let with_summary = n >= 2 * days as usize;
    let weights: Vec<f64> = (first..=last).map(|d| day_weight(d, &mut rng)).collect();
    let sampler = Weighted::new(weights);
    let mut per_day = vec![0usize; days as usize];
    let regular = if with_summary { n - days as usize } else { n };
    for _ in 0..regular {
        per_day[sampler.sample(&mut rng)] += 1;
    }
    let width = n.saturating_sub(1).to_string().len().max(6);
    let mut out = Vec::with_capacity(n);
    for (offset, &count) in per_day.iter().enumerate() {
        let date = first + offset as i64;
        let total = count + usize::from(with_summary);
        for k in 0..total {
            let index = out.len();
            let hash = mix(mix(seed ^ 0x1D5) ^ index as u64);
            out.push(Planned {
                index,
                id: format!("{index:0width$}_{hash:016x}"),
                date,
                summary: with_summary && k == 0,
            });
        }
    }
    out
}

fn day_weight(day: Day, rng: &mut Rng) -> f64 {
    let weekend = calendar::weekday(day) >= 5;
    let busy = rng.chance(0.04);
    let mut w = 0.7 + 0.6 * rng.unit();
    if weekend {
        w *= 0.55;
    }
    if busy {
        w *= 3.0 + 5.0 * rng.unit();
    }
    w
}
