//! Stage 3 of the pipeline: what the site's lists are made of. The per-seed pass
//! (`seeds`) runs before the model is assembled, because defaults come from the text;
//! [`analyze`] runs after it and derives the cross-article views: which articles
//! mention each entity, related entities, the digest days and the chronology.
//! Everything here is one pass over the articles, never entities × articles.

pub mod anchors;
pub mod inflect;
mod listings;
pub mod mention_facts;
pub mod mentions;
pub mod seeds;

pub use listings::{ChronologyItem, Day, analyze};

/// The derived lists the renderer shows.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Per entity (index into `Site::entities`): its articles, newest first.
    pub entity_articles: Vec<Vec<usize>>,
    /// Per entity: the entities most often named in the same articles, with counts.
    pub related: Vec<Vec<(usize, u32)>>,
    /// Days with articles, newest first.
    pub days: Vec<Day>,
    /// Articles and their events by date, newest first.
    pub chronology: Vec<ChronologyItem>,
}
