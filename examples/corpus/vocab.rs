//! Word lists, as data. Everything is in the case the templates need; `{…}`
//! placeholders are expanded by [`crate::text::Writer::render`]:
//!
//! | placeholder | expands to |
//! |---|---|
//! | `{N}` `{G}` `{D}` `{A}` `{I}` `{L}` | the sentence's entity in that case |
//! | `{zI}` `{zG}` `{uL}` | the same after з/із/зі or у/в, chosen by euphony |
//! | `{v:stem}` `{r:stem}` | past tense (reflexive) agreeing with the entity |
//! | `{s:sg\|pl}` | present tense by the entity's number |
//! | `{vo}` | verb agreeing with the entity + an object fit for its [`Actor`] |
//! | `{c}` `{cp}` `{cn}` `{C}` | clause: any tense, past, present; capitalised |
//! | `{o}` `{od}` `{t}` `{q}` `{m}` | object (any, diplomatic), genitive topic, quote, media |
//! | `{a}` `{af}` `{am}` | past time, future time, manner adverbial |
//! | `{n}` `{n0}` `{k}` `{p}` `{y}` `{d}` | count, round count, decimal, percent, year, date |
//!
//! The lists are grouped by use: [`clauses`] holds the parts sentences are built from,
//! [`sentences`] whole sentence templates, [`sidecars`] what an editor adds.

mod clauses;
mod sentences;
mod sidecars;

pub use clauses::*;
pub use sentences::*;
pub use sidecars::*;

/// Who acts in a sentence; it decides which verbs and objects make sense.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Actor {
    /// Ukrainian state bodies and officials.
    Gov,
    /// Allies and international organisations.
    Partner,
    /// Russia.
    Enemy,
    Opposition,
    /// Companies, funds, NGOs, institutes.
    Business,
}
