//! Seeds and sidecars for every planned article, made on all cores and written by
//! one thread, and the delivered seed format with its irregularities.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::sidecar::sidecar;
use crate::calendar;
use crate::corpus::Corpus;
use crate::rng::Rng;
use crate::schedule::Planned;
use crate::text::{Body, Writer};

/// Generates articles on all cores and writes them from this thread: one writer
/// avoids contending for the directory lock, which costs more kernel time than
/// the text costs to make. Returns how many sidecars were written.
pub fn write_articles(root: &Path, corpus: &Corpus, plan: &[Planned]) -> io::Result<usize> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let seeds = root.join("seeds");
    let notes = root.join("content/articles");
    let (tx, rx) = mpsc::sync_channel::<(PathBuf, String)>(512);
    std::thread::scope(|scope| {
        for t in 0..workers {
            let (tx, seeds, notes) = (tx.clone(), &seeds, &notes);
            scope.spawn(move || {
                for p in plan.iter().skip(t).step_by(workers) {
                    for file in article_files(corpus, p, seeds, notes) {
                        if tx.send(file).is_err() {
                            return; // the writer stopped on an error
                        }
                    }
                }
            });
        }
        drop(tx);
        let mut sidecars = 0;
        for (path, text) in rx {
            sidecars += usize::from(path.starts_with(&notes));
            fs::write(&path, text)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        }
        Ok(sidecars)
    })
}

/// The seed and, for about half of the articles, the sidecar. Each article has
/// its own random stream, so the thread that makes it does not affect the bytes.
fn article_files(
    corpus: &Corpus,
    p: &Planned,
    seeds: &Path,
    notes: &Path,
) -> Vec<(PathBuf, String)> {
    let mut rng = Rng::derive(corpus.seed, 0xA271C1E, p.index as u64);
    let mut writer = Writer::new(&mut rng, corpus, p.date);
    let body = if p.summary {
        writer.summary()
    } else {
        writer.news()
    };
    let mut files = vec![(
        seeds.join(format!("{}.txt", p.id)),
        seed_file(&body, p.date, &mut rng),
    )];
    if rng.chance(0.5) {
        let sidecar = sidecar(corpus, p, &body, &mut rng);
        files.push((notes.join(format!("{}.md", p.id)), sidecar));
    }
    files
}

/// The delivered seed format with its irregularities: BOM, leading whitespace,
/// CRLF, missing final newline.
fn seed_file(body: &Body, date: calendar::Day, rng: &mut Rng) -> String {
    let mut s =
        String::with_capacity(body.paragraphs.iter().map(|p| p.len() + 2).sum::<usize>() + 32);
    if rng.chance(0.02) {
        s.push('\u{FEFF}');
    }
    let lead = match rng.below(20) {
        0..=9 => " ",
        10 => "  ",
        11 => "\n",
        12 => "\t",
        _ => "",
    };
    s.push_str(lead);
    s.push_str("date ");
    s.push_str(&calendar::iso(date));
    s.push(' ');
    s.push_str(&body.text());
    if rng.chance(0.6) {
        s.push('\n');
    }
    if rng.chance(0.03) {
        s = s.replace('\n', "\r\n");
    }
    s
}
