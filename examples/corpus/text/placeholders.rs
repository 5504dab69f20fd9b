//! Expanding the `{…}` placeholders of a template; [`crate::vocab`] lists them.

use super::numbers::{decimal, number};
use super::{Mention, Writer};
use crate::calendar;
use crate::grammar::{CASES, Case, Gender, capitalize, past, prep_u, prep_z};
use crate::vocab::{self, Actor};

impl Writer<'_> {
    /// Expands `{…}` placeholders; `m` is the sentence's entity, if any.
    pub fn render(&mut self, template: &str, m: Option<&Mention>) -> String {
        let mut out = String::with_capacity(template.len() * 2);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed {");
            self.expand(&rest[open + 1..close], m, &mut out);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn expand(&mut self, key: &str, m: Option<&Mention>, out: &mut String) {
        let case = |c: &str| {
            CASES[["N", "G", "D", "A", "I", "L"]
                .iter()
                .position(|k| *k == c)
                .unwrap()]
        };
        let gender = m.map_or(Gender::Masc, |m| m.name.gender);
        match key {
            "N" | "G" | "D" | "A" | "I" | "L" => out.push_str(&m.expect("entity").get(case(key))),
            "zI" | "zG" => {
                let s = m.expect("entity").get(case(&key[1..]));
                out.push_str(&format!("{} {s}", prep_z(&s)));
            }
            "uL" => {
                let s = m.expect("entity").get(Case::Loc);
                out.push_str(&format!("{} {s}", prep_u(&s)));
            }
            "c" => {
                let c = self.clause();
                out.push_str(&c);
            }
            "cp" => {
                let c = self.past_clause();
                out.push_str(&c);
            }
            "cn" => {
                let c = self.pick_render(vocab::CLAUSES_NOW);
                out.push_str(&c);
            }
            "C" => {
                let c = self.clause();
                out.push_str(&capitalize(&c));
            }
            "q" => out.push_str(self.rng.word(vocab::QUOTES)),
            "o" | "od" => {
                let o = self.object(key == "od");
                out.push_str(&o);
            }
            "vo" => {
                let actor = m.map_or(Actor::Gov, |m| m.actor);
                let vo = self.verb_object(gender, actor);
                out.push_str(&vo);
            }
            "t" => out.push_str(self.rng.word(vocab::TOPICS)),
            "a" | "af" | "am" => {
                let list = match key {
                    "a" => vocab::WHEN_PAST,
                    "af" => vocab::WHEN_FUTURE,
                    _ => vocab::MANNER,
                };
                let a = self.pick_render(list);
                out.push_str(&a);
            }
            "m" => out.push_str(self.rng.word(vocab::MEDIA)),
            "n" => out.push_str(&number(self.rng.range(2, 5000) as u64)),
            "n0" => out.push_str(&number(10 * self.rng.range(2, 900) as u64)),
            "k" => out.push_str(&decimal(self.rng.range(5, 150))),
            "p" => out.push_str(&decimal(self.rng.range(11, 199))),
            "y" => {
                let (year, _, _) = calendar::civil(self.date);
                out.push_str(&(year - 1 - self.rng.below(8) as i64).to_string());
            }
            "d" => {
                let back = self.rng.below(20) as i64;
                out.push_str(&calendar::day_month(self.date - back));
            }
            _ => {
                if let Some(stem) = key.strip_prefix("v:") {
                    out.push_str(&past(stem, gender, false));
                } else if let Some(stem) = key.strip_prefix("r:") {
                    out.push_str(&past(stem, gender, true));
                } else if let Some(pair) = key.strip_prefix("s:") {
                    let (sg, pl) = pair.split_once('|').expect("{s:sg|pl}");
                    out.push_str(if gender == Gender::Plural { pl } else { sg });
                } else {
                    panic!("unknown placeholder {{{key}}}");
                }
            }
        }
    }
}
