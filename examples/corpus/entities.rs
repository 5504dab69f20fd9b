//! The people, organisations, places, events and other things articles talk about.
//!
//! [`generate`] mixes the kinds in fixed shares. Each kind has a module that makes
//! drafts (the real ones first, then generated ones), built with the helpers in
//! [`draft`]; [`registry`] keeps names and slugs unique across all of them.

mod brands;
mod cities;
mod draft;
mod events;
mod institutions;
mod organizations;
mod others;
mod people;
mod person_names;
mod places;
mod registry;
mod roles;

use crate::grammar::{Forms, Gender};
use crate::rng::Rng;
use crate::vocab::Actor;
use cities::VENUES;
use events::generated_event;
use institutions::real_organizations;
use organizations::generated_org;
use others::{generated_other, real_others};
use people::person;
use places::{generated_place, real_place_drafts};
use registry::{Registry, fill};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Person,
    Organization,
    Place,
    Event,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Event => "event",
            Kind::Other => "other",
        }
    }
}

/// A name as used in text: its case forms and the gender verbs agree with.
#[derive(Clone, Debug)]
pub struct Name {
    pub forms: Forms,
    pub gender: Gender,
}

#[derive(Clone, Debug)]
pub struct Entity {
    pub slug: String,
    pub kind: Kind,
    pub name: Name,
    /// Used for repeated mentions (surname, abbreviation, «компанія «X»»).
    pub short: Option<Name>,
    /// People only: «речник МЗС», declined with the name on a first mention.
    pub role: Option<Forms>,
    pub aliases: Vec<String>,
    pub description: String,
    /// Generic heads are lower-case in running text: «саміт НАТО», «компанія «X»».
    pub lower_in_text: bool,
    /// Places outside Ukraine get diplomatic sentences, never shelling.
    pub abroad: bool,
    /// Which verbs fit this entity as a subject.
    pub actor: Actor,
}

/// Generates `count` entities: 45 % people, 20 % organisations, 20 % places,
/// 7 % events, the rest other; real institutions and cities come first.
pub fn generate(count: usize, seed: u64) -> Result<Vec<Entity>, String> {
    let mut rng = Rng::derive(seed, 0xE7717, 0);
    let orgs_n = count * 20 / 100;
    let places_n = count * 20 / 100;
    let events_n = count * 7 / 100;
    let others_n = count * 8 / 100;
    let people_n = count - orgs_n - places_n - events_n - others_n;
    let mut reg = Registry::default();

    let real_orgs = real_organizations();
    let orgs = fill(orgs_n, real_orgs, &mut rng, &mut reg, generated_org)?;
    let places = fill(
        places_n,
        real_place_drafts(),
        &mut rng,
        &mut reg,
        generated_place,
    )?;
    // Surnames repeat (there are many Коваленко), as in a real digest: the alias is
    // still the surname, and resolving ambiguity is the matcher's job.
    let people = fill(people_n, Vec::new(), &mut rng, &mut reg, |rng, relaxed| {
        person(rng, relaxed, &orgs, &places)
    })?;
    // Summits and talks happen in safe big cities or abroad, not near the front.
    let venues: Vec<Entity> = places
        .iter()
        .filter(|p| p.abroad || VENUES.contains(&p.name.forms.nom()))
        .cloned()
        .collect();
    let events = fill(events_n, Vec::new(), &mut rng, &mut reg, |rng, relaxed| {
        generated_event(rng, relaxed, &venues)
    })?;
    let others = fill(others_n, real_others(), &mut rng, &mut reg, generated_other)?;
    Ok([orgs, places, people, events, others].concat())
}
