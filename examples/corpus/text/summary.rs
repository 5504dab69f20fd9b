//! The daily «Зведення Генштабу»: fighting, directions, affected places and the
//! cumulative enemy losses, which grow with the date like the real reports.

use super::numbers::number;
use super::{Body, Writer};
use crate::calendar;
use crate::grammar::{Case, after_number};
use crate::vocab;

impl Writer<'_> {
    /// The daily «Зведення Генштабу»: fighting, directions, affected places and the
    /// cumulative enemy losses, which grow with the date like the real reports.
    pub fn summary(&mut self) -> Body {
        let (year, _, _) = calendar::civil(self.date);
        let clashes = self.rng.range(90, 260) as u64;
        let mut paragraphs = vec![format!(
            "Зведення Генштабу станом на {} {year} року. Загалом минулої доби зафіксовано {} {}.",
            calendar::day_month(self.date),
            clashes,
            after_number(
                clashes,
                "бойове зіткнення",
                "бойові зіткнення",
                "бойових зіткнень"
            ),
        )];
        paragraphs.push(self.summary_strikes());
        paragraphs.push(self.summary_directions());
        paragraphs.push(self.summary_losses());
        if let Some(gs) = self.corpus.general_staff {
            let m = self.mention(gs);
            let closing = self.render("Дані уточнюються. Інформацію {v:оприлюдни} {N}.", Some(&m));
            paragraphs.push(closing);
        } else {
            paragraphs.push("Дані уточнюються.".to_string());
        }
        Body {
            paragraphs,
            entities: self.mentioned.clone(),
        }
    }

    fn count(&mut self, lo: usize, hi: usize, forms: [&str; 3]) -> String {
        let n = self.rng.range(lo, hi) as u64;
        format!(
            "{} {}",
            number(n),
            after_number(n, forms[0], forms[1], forms[2])
        )
    }

    fn summary_strikes(&mut self) -> String {
        let rockets = self.count(
            1,
            9,
            ["ракетного удару", "ракетних удари", "ракетних ударів"],
        );
        let missiles = self.count(2, 40, ["ракети", "ракет", "ракет"]);
        let bombs = self.count(
            40,
            260,
            [
                "керовану авіабомбу",
                "керовані авіабомби",
                "керованих авіабомб",
            ],
        );
        let drones = self.count(
            800,
            6000,
            ["дрон-камікадзе", "дрони-камікадзе", "дронів-камікадзе"],
        );
        let shellings = self.count(1500, 5000, ["обстріл", "обстріли", "обстрілів"]);
        format!(
            "За цей час противник завдав {rockets} із застосуванням {missiles}. \
             Крім того, противник скинув {bombs}, залучив для ураження {drones} і здійснив {shellings} населених пунктів та позицій наших військ."
        )
    }

    fn summary_directions(&mut self) -> String {
        let direction = self.rng.pick(vocab::DIRECTIONS);
        let assaults = self.count(12, 70, ["штурм", "штурми", "штурмів"]);
        let mut text = format!(
            "Найбільше атак противник здійснив на {direction} напрямку, де українські захисники зупинили {assaults}."
        );
        let mut places = Vec::new();
        for _ in 0..self.rng.range(2, 5) {
            if let Some(p) = self.corpus.place(self.rng)
                && !places.contains(&p)
            {
                places.push(p);
            }
        }
        if !places.is_empty() {
            let names: Vec<String> = places
                .iter()
                .map(|&p| self.mention(p).get(Case::Gen))
                .collect();
            let list = match names.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} та {last}", rest.join(", ")),
                None => unreachable!(),
            };
            text.push_str(&format!(" Ворожих ударів зазнали, зокрема, райони {list}."));
        }
        text
    }

    fn summary_losses(&mut self) -> String {
        // Days since 24 February 2022 drive the cumulative totals.
        let days = (self.date - calendar::day(2022, 2, 24)).max(1) as u64;
        let (_, m, d) = calendar::civil(self.date);
        let (year, _, _) = calendar::civil(self.date);
        // (label, base on day 0, per day, daily spread, unit)
        let items: [(&str, u64, u64, u64, &str); 8] = [
            ("особового складу – близько", 0, 900, 1300, " осіб"),
            ("танків –", 200, 9, 4, ""),
            ("бойових броньованих машин –", 400, 18, 8, ""),
            ("артилерійських систем –", 100, 30, 40, ""),
            ("РСЗВ –", 40, 1, 2, ""),
            ("засобів ППО –", 20, 1, 2, ""),
            ("БпЛА оперативно-тактичного рівня –", 0, 45, 300, ""),
            ("автомобільної техніки та автоцистерн –", 300, 40, 90, ""),
        ];
        let mut parts = Vec::new();
        for (label, base, per_day, spread, unit) in items {
            let total = base + per_day * days + (self.rng.below(spread as usize + 1) as u64);
            let today = self.rng.below(spread as usize + 1) as u64;
            let delta = if today == 0 {
                String::new()
            } else {
                format!(" (+{})", number(today))
            };
            parts.push(format!("{label} {}{delta}{unit}", number(total)));
        }
        format!(
            "Загальні бойові втрати противника з 24.02.22 по {d:02}.{m:02}.{:02} орієнтовно склали: {}.",
            year % 100,
            parts.join(", ")
        )
    }
}
