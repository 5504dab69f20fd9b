//! Synthetic corpus generator for annalist benchmarks.
//!
//! ```text
//! cargo run --release --example corpus -- --articles N --entities M --seed S --out DIR
//! ```
//!
//! Writes a complete annalist site folder (DESIGN.md §2) to `DIR`:
//!
//! * `site.yaml` — `title`, `description`, `base_url`, `language: uk`;
//! * `seeds/<id>.txt` — N raw articles in the delivered seed format: an optional BOM and
//!   leading whitespace, `date YYYY-MM-DD `, then paragraphs separated by one blank line;
//!   some files use CRLF, some lack the final newline. The Ukrainian text is assembled
//!   from news vocabulary, and entity names appear in all six cases through a small
//!   inflection engine ([`grammar`]);
//! * `content/articles/<id>.md` — sidecars for about half of the articles: title, tags,
//!   source, explicit entities, annotations whose quote occurs exactly once in the seed,
//!   events, and a Markdown editorial note (sometimes with a fenced code block);
//! * `content/entities/<slug>.md` — M entities (people, organisations, places, events,
//!   other) with unique names, base-form aliases, a description and a Markdown body;
//! * `content/pages/about.md`.
//!
//! Dates look like a daily digest over up to three years (ending 2025-12-31): a
//! «Зведення Генштабу» every day, fewer articles at weekends, and some busy days with
//! many. Entity popularity is Zipf-like, so a few entities appear in most articles and
//! most entities in a handful.
//!
//! Same arguments, same bytes: every article draws from its own random stream derived
//! from (seed, index), so the worker threads cannot change the output, and nothing
//! iterates a hash map or reads the clock. Only std is used: a SplitMix64 stream instead
//! of `rand` keeps corpora byte-identical across rand upgrades and platforms, which
//! `rand::rngs::SmallRng` explicitly does not promise.
//!
//! `DIR` must be missing, empty, or hold a previous corpus (it has a `.annalist-corpus`
//! marker); then only what this generator writes (`seeds/`, `content/`, `site.yaml`) is
//! replaced, and nothing outside `DIR` is touched.

use std::io;
use std::process::ExitCode;
use std::time::Instant;

use rng::Rng;

fn main() -> ExitCode {
    let args = match cli::parse(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("corpus: {message}\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("corpus: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &cli::Args) -> io::Result<()> {
    // The clock only measures the run for the report on stderr; it never reaches a file.
    let started = Instant::now();
    // Everything that can fail without I/O runs before DIR is touched.
    let entities = entities::generate(args.entities, args.seed).map_err(io::Error::other)?;
    let corpus = Corpus::new(entities, args.seed);
    let plan = schedule::plan(args.articles, args.seed);
    output::prepare_dir(&args.out)?;
    output::write_marker(args, false)?;
    output::write_site(args)?;
    output::write_entities(&args.out, &corpus)?;
    let sidecars = output::write_articles(&args.out, &corpus, &plan)?;
    output::write_marker(args, true)?;
    eprintln!(
        "corpus: {} articles ({} sidecars), {} entities, {} days -> {} in {:.2}s",
        plan.len(),
        sidecars,
        corpus.entities.len(),
        plan.last().map_or(0, |p| p.date - plan[0].date + 1),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

// ------------------------------------------------------------------------------------
mod cli {
    use std::path::PathBuf;

    pub const USAGE: &str = "usage: corpus --out DIR [--articles N] [--entities M] [--seed S]\n\
        defaults: --articles 1000 --entities 200 --seed 1";

    pub struct Args {
        pub articles: usize,
        pub entities: usize,
        pub seed: u64,
        pub out: PathBuf,
    }

    /// Parses `--flag value` and `--flag=value`; `Ok(None)` means `--help`.
    pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
        let (mut articles, mut entities, mut seed, mut out) = (1000, 200, 1, None);
        while let Some(arg) = it.next() {
            if arg == "--help" || arg == "-h" {
                return Ok(None);
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) => (flag.to_string(), Some(value.to_string())),
                None => (arg, None),
            };
            let value = match inline.or_else(|| it.next()) {
                Some(value) => value,
                None => return Err(format!("{flag} needs a value")),
            };
            match flag.as_str() {
                "--articles" => articles = number(&flag, &value)?,
                "--entities" => entities = number(&flag, &value)?,
                "--seed" => seed = number(&flag, &value)?,
                "--out" => out = Some(PathBuf::from(value)),
                _ => return Err(format!("unknown argument {flag}")),
            }
        }
        let out = out.ok_or("--out DIR is required")?;
        if articles == 0 || entities == 0 {
            return Err("--articles and --entities must be at least 1".into());
        }
        Ok(Some(Args {
            articles: articles as usize,
            entities: entities as usize,
            seed,
            out,
        }))
    }

    fn number(flag: &str, value: &str) -> Result<u64, String> {
        value
            .replace('_', "")
            .parse()
            .map_err(|_| format!("{flag} expects a non-negative integer, got {value:?}"))
    }
}

// ------------------------------------------------------------------------------------
/// A tiny, portable random stream (SplitMix64). Statistically more than enough for
/// text, and its output is fixed forever, unlike a library RNG that may change.
mod rng {
    pub struct Rng(u64);

    pub fn mix(mut z: u64) -> u64 {
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    impl Rng {
        /// An independent stream for one purpose (`stream`) and one item (`index`).
        pub fn derive(seed: u64, stream: u64, index: u64) -> Rng {
            Rng(mix(mix(seed ^ mix(stream)).wrapping_add(index)))
        }

        pub fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            mix(self.0)
        }

        /// Uniform in `0..n` (multiply-shift; the bias is far below anything visible).
        pub fn below(&mut self, n: usize) -> usize {
            ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
        }

        /// Uniform in `lo..=hi`.
        pub fn range(&mut self, lo: usize, hi: usize) -> usize {
            lo + self.below(hi - lo + 1)
        }

        /// Uniform in `[0, 1)`.
        pub fn unit(&mut self) -> f64 {
            (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
        }

        pub fn chance(&mut self, p: f64) -> bool {
            self.unit() < p
        }

        pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }

        /// A random item among those satisfying `keep` (there must be one).
        pub fn pick_where<T: Copy>(&mut self, items: &[T], keep: impl Fn(&T) -> bool) -> T {
            let n = items.iter().filter(|t| keep(t)).count();
            let k = self.below(n);
            *items
                .iter()
                .filter(|t| keep(t))
                .nth(k)
                .expect("no item matches")
        }

        /// `pick` for word lists, returning the `&str` itself.
        pub fn word<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }

        pub fn shuffle<T>(&mut self, items: &mut [T]) {
            for i in (1..items.len()).rev() {
                items.swap(i, self.below(i + 1));
            }
        }
    }

    /// Sampling proportional to fixed weights, by binary search over running sums.
    pub struct Weighted(Vec<f64>);

    impl Weighted {
        pub fn new(weights: impl IntoIterator<Item = f64>) -> Weighted {
            let mut total = 0.0;
            Weighted(
                weights
                    .into_iter()
                    .map(|w| {
                        total += w;
                        total
                    })
                    .collect(),
            )
        }

        pub fn sample(&self, rng: &mut Rng) -> usize {
            let x = rng.unit() * self.0.last().copied().unwrap_or(0.0);
            self.0
                .partition_point(|&sum| sum <= x)
                .min(self.0.len() - 1)
        }
    }
}

// ------------------------------------------------------------------------------------
/// Just enough Ukrainian noun and adjective declension for the names we generate:
/// six cases (the vocative is never needed in news text), animacy for the accusative,
/// the і→о/ї→є alternation of Харків/Київ, and к/г/х→ц/з/с before -і (Ользі, Березівці).
mod grammar {
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Case {
        Nom,
        Gen,
        Dat,
        Acc,
        Ins,
        Loc,
    }

    pub const CASES: [Case; 6] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Ins,
        Case::Loc,
    ];

    /// Grammatical gender, or plural; past-tense verbs agree with it.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Gender {
        Masc,
        Fem,
        Neut,
        Plural,
    }

    /// How a plural noun forms its genitive: Суми→Сум, Чернівці→Чернівців, домовленостей.
    #[derive(Clone, Copy, Debug)]
    pub enum GenPl {
        Zero,
        Iv,
        Ey,
    }

    /// Declension classes, named after their nominative ending.
    #[derive(Clone, Copy, Debug)]
    pub enum Decl {
        /// Masculine hard consonant stem: Мельник, Луцьк, банк (`gen_u`: банку),
        /// `alt`: the last і/ї becomes о/є in oblique cases (Харків → Харкова).
        Hard { anim: bool, gen_u: bool, alt: bool },
        /// Masculine soft stem in -ь/-й or -ар: Василь, Сергій, Бондар, Ігор.
        Soft { anim: bool },
        /// Masculine in -о: Дмитро, Шевченко, Дніпро.
        MascO { anim: bool },
        /// First declension in -а: Олена, Одеса, Мазепа, Буча.
        FemA,
        /// First declension in -я: Кислиця, Наталія, Вінниця, Ілля.
        FemYa,
        /// Neuter in -о: Міністерство.
        NeutO,
        /// Neuter in -я: Запоріжжя, засідання.
        NeutYa,
        /// Hard adjective (or adjectival surname/place name) of the given gender.
        Adj { gender: Gender, anim: bool },
        /// Plural noun in -и/-і: Суми, Чернівці, переговори.
        Plural {
            anim: bool,
            soft: bool,
            genitive: GenPl,
        },
    }

    /// The six case forms of a word or phrase, indexed by [`Case`].
    #[derive(Clone, Debug)]
    pub struct Forms(pub [String; 6]);

    impl Forms {
        pub fn explicit(forms: [&str; 6]) -> Forms {
            Forms(forms.map(str::to_string))
        }

        pub fn fixed(word: &str) -> Forms {
            Forms(std::array::from_fn(|_| word.to_string()))
        }

        pub fn get(&self, case: Case) -> &str {
            &self.0[case as usize]
        }

        pub fn nom(&self) -> &str {
            &self.0[0]
        }

        /// Puts every part in the same case and joins them with spaces.
        pub fn phrase(parts: &[Forms]) -> Forms {
            Forms(std::array::from_fn(|i| {
                parts
                    .iter()
                    .map(|p| p.0[i].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            }))
        }
    }

    fn last_char(s: &str) -> char {
        s.chars().next_back().unwrap_or(' ')
    }

    fn is_vowel(c: char) -> bool {
        "аеєиіїоуюяАЕЄИІЇОУЮЯ’'ʼ".contains(c)
    }

    fn is_sibilant(c: char) -> bool {
        "жчшщ".contains(c)
    }

    /// к/г/х → ц/з/с before the dative/locative -і: рука → руці, Ольга → Ользі.
    fn soften(stem: &str) -> String {
        let mut s = stem.to_string();
        let replacement = match s.pop() {
            Some('к') => 'ц',
            Some('г') => 'з',
            Some('х') => 'с',
            Some(other) => other,
            None => return s,
        };
        s.push(replacement);
        s
    }

    /// Харків → Харков, Київ → Києв: the last і/ї of the nominative opens up again.
    fn alternate(nom: &str) -> String {
        let Some((at, c)) = nom
            .char_indices()
            .rev()
            .find(|&(_, c)| c == 'і' || c == 'ї')
        else {
            return nom.to_string();
        };
        let with = if c == 'і' { "о" } else { "є" };
        format!("{}{with}{}", &nom[..at], &nom[at + c.len_utf8()..])
    }

    fn strip<'a>(word: &'a str, ending: &str) -> &'a str {
        word.strip_suffix(ending).unwrap_or(word)
    }

    fn forms(nom: &str, stem: &str, endings: [&str; 5]) -> Forms {
        let mut out: [String; 6] = Default::default();
        out[0] = nom.to_string();
        for (slot, ending) in out[1..].iter_mut().zip(endings) {
            *slot = format!("{stem}{ending}");
        }
        Forms(out)
    }

    /// Declines one word given in the nominative.
    pub fn decline(nom: &str, decl: Decl) -> Forms {
        match decl {
            Decl::Hard { anim, gen_u, alt } => hard(nom, anim, gen_u, alt),
            Decl::Soft { anim } => soft(nom, anim),
            Decl::MascO { anim } => {
                let stem = strip(nom, "о");
                let mut f = forms(nom, stem, ["а", "ові", "а", "ом", "ові"]);
                if !anim {
                    f.0[2] = format!("{stem}у");
                    f.0[3] = nom.to_string();
                    f.0[5] = format!("{stem}і");
                }
                f
            }
            Decl::FemA => {
                let stem = strip(nom, "а");
                if is_sibilant(last_char(stem)) {
                    forms(nom, stem, ["і", "і", "у", "ею", "і"])
                } else {
                    let mut f = forms(nom, stem, ["и", "і", "у", "ою", "і"]);
                    let soft = soften(stem);
                    f.0[2] = format!("{soft}і");
                    f.0[5] = format!("{soft}і");
                    f
                }
            }
            Decl::FemYa => {
                let stem = strip(nom, "я");
                if is_vowel(last_char(stem)) {
                    forms(nom, stem, ["ї", "ї", "ю", "єю", "ї"])
                } else {
                    forms(nom, stem, ["і", "і", "ю", "ею", "і"])
                }
            }
            Decl::NeutO => forms(nom, strip(nom, "о"), ["а", "у", "о", "ом", "і"]),
            Decl::NeutYa => forms(nom, strip(nom, "я"), ["я", "ю", "я", "ям", "і"]),
            Decl::Adj { gender, anim } => adjective(nom, gender, anim),
            Decl::Plural {
                anim,
                soft,
                genitive,
            } => plural(nom, anim, soft, genitive),
        }
    }

    fn hard(nom: &str, anim: bool, gen_u: bool, alt: bool) -> Forms {
        let stem = if alt { alternate(nom) } else { nom.to_string() };
        let last = last_char(&stem);
        let sib = is_sibilant(last);
        let genitive = format!("{stem}{}", if gen_u { "у" } else { "а" });
        let dat = if anim {
            format!("{stem}{}", if sib { "еві" } else { "ові" })
        } else {
            format!("{stem}у")
        };
        let acc = if anim {
            genitive.clone()
        } else {
            nom.to_string()
        };
        let ins = format!("{stem}{}", if sib { "ем" } else { "ом" });
        let loc = if anim {
            dat.clone()
        } else if matches!(last, 'к' | 'г' | 'х') {
            format!("{stem}у") // у Луцьку, у банку
        } else {
            format!("{stem}і") // у Харкові, в Ужгороді
        };
        Forms([nom.to_string(), genitive, dat, acc, ins, loc])
    }

    fn soft(nom: &str, anim: bool) -> Forms {
        let stem = nom
            .strip_suffix('ь')
            .or_else(|| nom.strip_suffix('й'))
            .unwrap_or(nom);
        // After a vowel the soft endings are spelled with є: Сергієві, Шахраєм.
        let e = if is_vowel(last_char(stem)) {
            "є"
        } else {
            "е"
        };
        let genitive = format!("{stem}я");
        let dat = format!("{stem}{e}ві");
        let acc = if anim {
            genitive.clone()
        } else {
            nom.to_string()
        };
        let loc = if anim {
            dat.clone()
        } else {
            format!("{stem}і")
        };
        Forms([
            nom.to_string(),
            genitive,
            dat,
            acc,
            format!("{stem}{e}м"),
            loc,
        ])
    }

    fn adjective(nom: &str, gender: Gender, anim: bool) -> Forms {
        let (ending, endings) = match gender {
            Gender::Masc => (
                "ий",
                ["ого", "ому", if anim { "ого" } else { "ий" }, "им", "ому"],
            ),
            Gender::Fem => ("а", ["ої", "ій", "у", "ою", "ій"]),
            Gender::Neut => ("е", ["ого", "ому", "е", "им", "ому"]),
            Gender::Plural => (
                "і",
                ["их", "им", if anim { "их" } else { "і" }, "ими", "их"],
            ),
        };
        forms(nom, strip(nom, ending), endings)
    }

    fn plural(nom: &str, anim: bool, soft: bool, genitive: GenPl) -> Forms {
        let stem = &nom[..nom.len() - last_char(nom).len_utf8()];
        let genitive = match genitive {
            GenPl::Zero => stem.to_string(),
            GenPl::Iv => format!("{stem}ів"),
            GenPl::Ey => format!("{stem}ей"),
        };
        let (dat, ins, loc) = if soft {
            ("ям", "ями", "ях")
        } else {
            ("ам", "ами", "ах")
        };
        let acc = if anim {
            genitive.clone()
        } else {
            nom.to_string()
        };
        Forms([
            nom.to_string(),
            genitive,
            format!("{stem}{dat}"),
            acc,
            format!("{stem}{ins}"),
            format!("{stem}{loc}"),
        ])
    }

    /// Past tense agreeing with the subject: stem «заяви» → заявив/заявила/заявило/заявили.
    pub fn past(stem: &str, gender: Gender, reflexive: bool) -> String {
        let ending = match gender {
            Gender::Masc => "в",
            Gender::Fem => "ла",
            Gender::Neut => "ло",
            Gender::Plural => "ли",
        };
        format!("{stem}{ending}{}", if reflexive { "ся" } else { "" })
    }

    /// у/в by euphony: «в Одесі», «у Львові».
    pub fn prep_u(next: &str) -> &'static str {
        if next.chars().next().is_some_and(is_vowel) {
            "в"
        } else {
            "у"
        }
    }

    /// з/із/зі by euphony: «з Харковом», «із Сумами», «зі Стамбулом».
    pub fn prep_z(next: &str) -> &'static str {
        let mut chars = next.chars().flat_map(char::to_lowercase);
        let first = chars.next().unwrap_or(' ');
        let second = chars.next().unwrap_or(' ');
        if !"зсцчшщж".contains(first) {
            "з"
        } else if second.is_alphabetic() && !is_vowel(second) {
            "зі"
        } else {
            "із"
        }
    }

    /// Noun form after a numeral: 1 зіткнення, 3 зіткнення, 5 зіткнень, 11 зіткнень.
    pub fn after_number<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
        match (n % 10, n % 100) {
            (1, r) if r != 11 => one,
            (2..=4, r) if !(12..=14).contains(&r) => few,
            _ => many,
        }
    }

    /// Lower-cases the first character: «Саміт НАТО» → «саміт НАТО».
    pub fn lower_first(s: &str) -> String {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) => c.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// Upper-cases the first letter, skipping leading punctuation such as «.
    pub fn capitalize(s: &str) -> String {
        match s.char_indices().find(|(_, c)| c.is_alphabetic()) {
            Some((at, c)) => {
                let mut out = String::with_capacity(s.len());
                out.push_str(&s[..at]);
                out.extend(c.to_uppercase());
                out.push_str(&s[at + c.len_utf8()..]);
                out
            }
            None => s.to_string(),
        }
    }
}

// ------------------------------------------------------------------------------------
/// Slugs in the KMU 2010 romanisation (word-initial є/ї/й/ю/я, зг → zgh, no apostrophes).
mod translit {
    fn is_apostrophe(c: char) -> bool {
        matches!(c, '’' | '\'' | 'ʼ')
    }

    pub fn slug(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut prev = ' ';
        for c in text.chars().flat_map(char::to_lowercase) {
            let word_start = !(prev.is_alphanumeric() || is_apostrophe(prev));
            let latin: &str = match c {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' if prev == 'з' => "gh",
                'г' => "h",
                'ґ' => "g",
                'д' => "d",
                'е' => "e",
                'є' if word_start => "ye",
                'є' => "ie",
                'ж' => "zh",
                'з' => "z",
                'и' => "y",
                'і' => "i",
                'ї' if word_start => "yi",
                'ї' => "i",
                'й' if word_start => "y",
                'й' => "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "shch",
                'ь' => "",
                'ю' if word_start => "yu",
                'ю' => "iu",
                'я' if word_start => "ya",
                'я' => "ia",
                c if is_apostrophe(c) => "",
                c if c.is_ascii_alphanumeric() => {
                    out.push(c);
                    ""
                }
                _ => "-",
            };
            if latin == "-" {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            } else {
                out.push_str(latin);
            }
            prev = c;
        }
        out.trim_end_matches('-').to_string()
    }
}

// ------------------------------------------------------------------------------------
/// YAML scalars: plain when that is unambiguous, double-quoted with escapes otherwise.
mod yaml {
    use std::fmt::Write as _;

    /// Plain scalars are kept to letters, digits, single inner spaces and a few inner
    /// punctuation marks, never starting with a digit, so nothing can read as a number,
    /// a date, a boolean, a comment or a flow indicator.
    fn plain_ok(s: &str) -> bool {
        let Some(first) = s.chars().next() else {
            return false;
        };
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"];
        first.is_alphabetic()
            && !s.ends_with([' ', '.', '-'])
            && !s.contains("  ")
            && !reserved.contains(&s.to_ascii_lowercase().as_str())
            && s.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '’' | 'ʼ' | '.'))
    }

    pub fn scalar(s: &str) -> String {
        if plain_ok(s) {
            s.to_string()
        } else {
            quoted(s)
        }
    }

    /// `https://host/path` is plain-safe in block and flow context (DESIGN.md writes
    /// `source: {name: …, url: https://…}`), as long as no flow indicator or `#` occurs.
    pub fn url(s: &str) -> String {
        let safe = s.starts_with("https://")
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~/:=&%+".contains(c));
        if safe { s.to_string() } else { quoted(s) }
    }

    pub fn quoted(s: &str) -> String {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}') => {
                    let _ = write!(out, "\\u{:04X}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    pub fn flow_list<S: AsRef<str>>(items: &[S]) -> String {
        let items: Vec<String> = items.iter().map(|s| scalar(s.as_ref())).collect();
        format!("[{}]", items.join(", "))
    }
}

// ------------------------------------------------------------------------------------
/// Days as a count since 1970-01-01, so the schedule is plain integer arithmetic.
mod calendar {
    pub type Day = i64;

    pub const MONTHS_GEN: [&str; 12] = [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ];

    /// Howard Hinnant's `days_from_civil`.
    pub fn day(y: i64, m: i64, d: i64) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's `civil_from_days`: (year, month 1–12, day 1–31).
    pub fn civil(z: Day) -> (i64, usize, usize) {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as usize;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as usize;
        (
            if m <= 2 {
                yoe + era * 400 + 1
            } else {
                yoe + era * 400
            },
            m,
            d,
        )
    }

    pub fn iso(z: Day) -> String {
        let (y, m, d) = civil(z);
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// «12 листопада»
    pub fn day_month(z: Day) -> String {
        let (_, m, d) = civil(z);
        format!("{d} {}", MONTHS_GEN[m - 1])
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(z: Day) -> i64 {
        (z + 3).rem_euclid(7)
    }
}

// ------------------------------------------------------------------------------------
/// Which article appears on which day, and under which id.
mod schedule {
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
}

// ------------------------------------------------------------------------------------
/// Word lists. Everything here is in the case the templates need; `{…}` placeholders
/// are expanded by [`text::Writer::render`]:
///
/// | placeholder | expands to |
/// |---|---|
/// | `{N}` `{G}` `{D}` `{A}` `{I}` `{L}` | the sentence's entity in that case |
/// | `{zI}` `{zG}` `{uL}` | the same after з/із/зі or у/в, chosen by euphony |
/// | `{v:stem}` `{r:stem}` | past tense (reflexive) agreeing with the entity |
/// | `{s:sg\|pl}` | present tense by the entity's number |
/// | `{vo}` | verb agreeing with the entity + an object fit for its [`Actor`] |
/// | `{c}` `{cp}` `{cn}` `{C}` | clause: any tense, past, present; capitalised |
/// | `{o}` `{od}` `{t}` `{q}` `{m}` | object (any, diplomatic), genitive topic, quote, media |
/// | `{a}` `{af}` `{am}` | past time, future time, manner adverbial |
/// | `{n}` `{n0}` `{k}` `{p}` `{y}` `{d}` | count, round count, decimal, percent, year, date |
mod vocab {
    use crate::grammar::Gender::{self, Fem, Masc, Plural};

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

    use Actor::{Business, Enemy, Gov, Opposition, Partner};

    pub const SUBJECTS: &[(&str, Gender, Actor)] = &[
        ("уряд", Masc, Gov),
        ("парламент", Masc, Gov),
        ("український уряд", Masc, Gov),
        ("українська делегація", Fem, Gov),
        ("коаліція", Fem, Gov),
        ("місцева влада", Fem, Gov),
        ("депутати", Plural, Gov),
        ("посадовці", Plural, Gov),
        ("опозиція", Fem, Opposition),
        ("опозиційні депутати", Plural, Opposition),
        ("Кремль", Masc, Enemy),
        ("російська сторона", Fem, Enemy),
        ("Білий дім", Masc, Partner),
        ("Пентагон", Masc, Partner),
        ("Держдеп", Masc, Partner),
        ("польський уряд", Masc, Partner),
        ("Бундестаг", Masc, Partner),
        ("американська адміністрація", Fem, Partner),
        ("міжнародні партнери", Plural, Partner),
        ("західні союзники", Plural, Partner),
        ("європейські лідери", Plural, Partner),
        ("міністри закордонних справ країн G7", Plural, Partner),
        ("країни Балтії", Plural, Partner),
    ];

    /// Verbs (past-tense stems, see `grammar::past`) with accusative objects that make
    /// sense for the given actors: «уряд ухвалив проєкт бюджету», «Кремль відхилив
    /// мирний план», «компанія оприлюднила річний звіт».
    pub const VERB_OBJECTS: &[(&[Actor], &[&str], &[&str])] = &[
        (
            &[Gov],
            &[
                "ухвали",
                "схвали",
                "затверди",
                "підтрима",
                "розгляну",
                "обговори",
                "відкла",
                "погоди",
                "представи",
                "доопрацюва",
            ],
            &[
                "проєкт державного бюджету",
                "рішення про продовження воєнного стану",
                "законопроєкт про мобілізацію",
                "нові правила бронювання працівників",
                "зміни до Податкового кодексу",
                "програму підтримки ветеранів",
                "стратегію енергетичної безпеки",
                "план відновлення енергетики",
                "план евакуації населення",
            ],
        ),
        (
            &[Opposition],
            &["розкритикува", "заблокува", "оскаржи", "відхили"],
            &[
                "проєкт державного бюджету",
                "законопроєкт про мобілізацію",
                "зміни до Податкового кодексу",
                "нові правила бронювання працівників",
                "звіт про виконання бюджету",
            ],
        ),
        (
            &[Gov, Partner],
            &["підтрима", "обговори", "схвали", "представи", "ініціюва"],
            &[
                "мирний план",
                "дорожню карту вступу до ЄС",
                "ініціативу щодо розмінування",
                "пропозицію щодо обміну полоненими",
            ],
        ),
        (
            &[Enemy],
            &["відхили", "розкритикува", "заблокува", "проігнорува"],
            &[
                "мирний план",
                "пропозицію щодо обміну полоненими",
                "ініціативу щодо розмінування",
                "спільну заяву",
            ],
        ),
        (
            &[Gov, Partner],
            &["підписа", "погоди", "обговори", "схвали"],
            &[
                "угоду про безпекові гарантії",
                "спільну заяву",
                "меморандум про взаєморозуміння",
                "угоду про спільне виробництво дронів",
            ],
        ),
        (
            &[Partner],
            &["оголоси", "анонсува", "погоди", "схвали"],
            &[
                "пакет військової допомоги",
                "кредит на {k} млрд доларів",
                "допомогу на {n} млн євро",
                "поставки систем Patriot",
                "фінансування закупівель дронів",
                "постачання винищувачів F-16",
                "новий пакет санкцій",
            ],
        ),
        (
            &[Gov],
            &["отрима", "розподіли"],
            &[
                "пакет військової допомоги",
                "кредит на {k} млрд доларів",
                "допомогу на {n} млн євро",
            ],
        ),
        (
            &[Gov, Business],
            &["оприлюдни", "представи"],
            &[
                "звіт про виконання бюджету",
                "результати аудиту",
                "прогноз інфляції на наступний рік",
            ],
        ),
        (
            &[Gov],
            &["запровади", "скасува", "продовжи", "пом’якши"],
            &[
                "обмеження для імпорту",
                "графіки відключень світла",
                "комендантську годину",
            ],
        ),
        (
            &[Partner],
            &["запровади", "посили", "продовжи"],
            &["санкції проти російських банків", "обмеження для імпорту"],
        ),
        (
            &[Business],
            &["оприлюдни", "представи", "анонсува"],
            &[
                "річний звіт",
                "план інвестицій на {n} млн гривень",
                "програму працевлаштування ветеранів",
                "нову стратегію розвитку",
            ],
        ),
        (
            &[Business],
            &["підписа", "погоди"],
            &[
                "угоду про спільне виробництво дронів",
                "меморандум про взаєморозуміння",
            ],
        ),
    ];

    /// Genitive topics, after «щодо», «довкола», «стосувалася».
    pub const TOPICS: &[&str] = &[
        "енергетичної безпеки",
        "обміну полоненими",
        "фінансування армії",
        "відновлення інфраструктури",
        "мирного процесу",
        "санкційної політики",
        "постачання зброї",
        "мобілізації",
        "вступу до ЄС",
        "захисту критичної інфраструктури",
        "повернення депортованих дітей",
        "розмінування територій",
        "експорту зерна",
        "боротьби з корупцією",
        "реформи митниці",
        "тарифів на електроенергію",
        "безпеки Запорізької АЕС",
        "роботи ППО",
        "заморожених російських активів",
        "безпекових гарантій",
    ];

    /// Past time adverbials (`{a}`).
    pub const WHEN_PAST: &[&str] = &[
        "у вівторок",
        "у понеділок",
        "в середу",
        "у четвер",
        "у п’ятницю",
        "на вихідних",
        "минулого тижня",
        "вчора ввечері",
        "сьогодні вранці",
        "напередодні",
        "{d}",
    ];

    /// Future time adverbials (`{af}`).
    pub const WHEN_FUTURE: &[&str] = &[
        "найближчим часом",
        "до кінця року",
        "наступного тижня",
        "вже цього місяця",
        "після консультацій з партнерами",
    ];

    /// How something was done (`{am}`), for past subject–verb–object sentences.
    pub const MANNER: &[&str] = &[
        "після тривалих консультацій",
        "за підсумками зустрічі",
        "на закритому засіданні",
        "у терміновому порядку",
        "вперше з {y} року",
        "одноголосно",
    ];

    /// Ready-made clauses in the present or future (lower-case, no full stop).
    pub const CLAUSES_NOW: &[&str] = &[
        "переговори зайшли в глухий кут",
        "ситуація на фронті залишається складною",
        "уряд готує нові заходи підтримки бізнесу",
        "енергосистема працює стабільно, але дефіцит потужності зберігається",
        "Росія продовжує атакувати цивільну інфраструктуру",
        "рішення ухвалять найближчим часом",
        "деталі домовленостей поки не розголошують",
        "бюджет на наступний рік передбачає зростання видатків на оборону",
        "обмін полоненими може відбутися вже цього місяця",
        "санкції проти Росії мають бути посилені",
        "відновлення енергетики потребуватиме щонайменше {k} млрд доларів",
        "переговорний процес фактично заморожено",
        "Україна не погодиться на територіальні поступки",
        "ціни на пальне протягом тижня майже не змінюються",
    ];

    /// Ready-made clauses in the past.
    pub const CLAUSES_PAST: &[&str] = &[
        "партнери вже погодили наступний пакет допомоги",
        "рятувальники працювали на місці влучання всю ніч",
        "енергетики відновили живлення для {n0} абонентів",
        "правоохоронці відкрили кримінальне провадження",
        "противник зосередив значні резерви поблизу лінії фронту",
        "сили ППО знешкодили більшість ворожих цілей",
        "кількість звернень до гарячої лінії зросла на {p}%",
        "у школах області навчання перевели в дистанційний формат",
        "втрат серед цивільного населення вдалося уникнути",
        "перші партії обладнання вже прибули до країни",
        "аудит виявив порушення на суму понад {n0} млн гривень",
    ];

    /// Quotations (inside «»), capitalised, without the final full stop.
    pub const QUOTES: &[&str] = &[
        "Ми не підемо на жодні поступки, які загрожують нашому суверенітету",
        "Ситуація складна, але контрольована",
        "Це рішення давно назріло, і зволікати з ним далі не можна",
        "Ми очікуємо від партнерів конкретних кроків, а не заяв",
        "Жодних переговорів про Україну без України не буде",
        "Енергосистема витримала, але ми просимо споживачів економно використовувати електроенергію",
        "Санкції працюють, проте їх треба посилювати",
        "Кожен день затримки коштує нам людських життів",
        "Ми готові до діалогу, але не ціною капітуляції",
        "Наше завдання – пройти зиму без тривалих відключень",
        "Ми бачимо прогрес, хоча до остаточних домовленостей ще далеко",
        "Бюджет наступного року буде бюджетом оборони",
        "Усі служби працюють у посиленому режимі",
        "Ця допомога надійде вже найближчими тижнями",
        "Ми фіксуємо зростання кількості атак на енергетичну інфраструктуру",
        "Відповідальність за цей злочин неминуча",
        "Ми не коментуємо чутки, але перевіряємо кожну інформацію",
        "Це сигнал для всіх, хто сумнівається в єдності Європи",
        "Нам потрібні не обіцянки, а системи ППО",
        "Жоден документ не буде підписано, доки ми не побачимо гарантій безпеки",
        "Діалог можливий лише після повного припинення вогню",
    ];

    pub const MEDIA: &[&str] = &[
        "Times",
        "Financial Times",
        "Reuters",
        "Bloomberg",
        "The Guardian",
        "Politico",
        "Le Monde",
        "Die Welt",
        "«Українська правда»",
        "«Суспільне»",
        "Укрінформ",
        "«Дзеркало тижня»",
        "NV",
        "«Радіо Свобода»",
        "BBC",
    ];

    /// Publisher name and URL pattern for `source:` ({y}/{m}/{d} date, {n} number, {s} slug).
    pub const SOURCES: &[(&str, &str)] = &[
        (
            "Укрінформ",
            "https://www.ukrinform.ua/rubric-polytics/{n}-{s}.html",
        ),
        (
            "Українська правда",
            "https://www.pravda.com.ua/news/{y}/{m}/{d}/{n}/",
        ),
        ("Суспільне", "https://suspilne.media/{n}-{s}/"),
        (
            "Інтерфакс-Україна",
            "https://interfax.com.ua/news/general/{n}.html",
        ),
        ("РБК-Україна", "https://www.rbc.ua/ukr/news/{s}-{n}.html"),
        ("ZN.UA", "https://zn.ua/ukr/POLITICS/{s}.html"),
        ("Радіо Свобода", "https://www.radiosvoboda.org/a/{n}.html"),
        (
            "BBC News Україна",
            "https://www.bbc.com/ukrainian/articles/{s}",
        ),
        ("NV", "https://nv.ua/ukr/ukraine/politics/{s}-{n}.html"),
        (
            "Економічна правда",
            "https://www.epravda.com.ua/news/{y}/{m}/{d}/{n}/",
        ),
        (
            "Європейська правда",
            "https://www.eurointegration.com.ua/news/{y}/{m}/{d}/{n}/",
        ),
        ("УНІАН", "https://www.unian.ua/politics/{s}-{n}.html"),
        (
            "Reuters",
            "https://www.reuters.com/world/europe/{s}-{y}-{m}-{d}/",
        ),
        ("Мілітарний", "https://mil.in.ua/uk/news/{s}/"),
        ("hromadske", "https://hromadske.ua/posts/{s}"),
    ];

    pub const TAGS: &[&str] = &[
        "переговори",
        "санкції",
        "енергетика",
        "обстріли",
        "фронт",
        "дипломатія",
        "економіка",
        "бюджет",
        "мобілізація",
        "ППО",
        "дрони",
        "гуманітарна допомога",
        "полонені",
        "евакуація",
        "відбудова",
        "корупція",
        "суди",
        "освіта",
        "медицина",
        "культура",
        "спорт",
        "Туреччина",
        "США",
        "ЄС",
        "НАТО",
        "Польща",
        "Німеччина",
        "Велика Британія",
        "Франція",
        "вибори",
        "ветерани",
        "енергосистема",
        "блекаут",
        "зерновий коридор",
        "Чорне море",
        "Крим",
        "Донбас",
        "окупація",
        "ООН",
        "МАГАТЕ",
        "ЗАЕС",
        "кібербезпека",
        "фінанси",
        "інфляція",
        "кредити",
        "IT",
        "агросектор",
        "логістика",
        "залізниця",
        "медіа",
        "права людини",
        "депортація дітей",
    ];

    /// Fillers without an entity. `{S}` alone means a generated subject–verb–object
    /// sentence. `{c}` is any clause, `{cp}` a past one, `{cn}` a present one.
    pub const FILLERS: &[&str] = &[
        "{S}",
        "{S}",
        "{S}",
        "{S}",
        "Раніше {cp}.",
        "Як повідомлялося, {cp}.",
        "Водночас {cn}.",
        "Крім того, {c}.",
        "За оцінками експертів, {cn}.",
        "Відомо, що {c}.",
        "Ситуацію ускладнює те, що {cn}.",
        "Аналітики видання {m} звертають увагу, що {c}.",
        "Про це пише {m}.",
        "Відео з місця події поширюють у Telegram-каналах.",
        "За даними аналітиків, обсяг допомоги з початку року сягнув {k} млрд доларів.",
        "Від початку року зафіксовано понад {n0} таких випадків.",
        "Інфляція, за оцінками економістів, сповільнилася до {p}%.",
        "Повідомлення про це з’явилося в X (колишній Twitter) {a}.",
        "Наразі триває збір інформації про наслідки.",
        "Остаточне рішення має ухвалити парламент.",
        "Представники сторін домовилися продовжити консультації {af}.",
        "Про подробиці домовленостей не повідомляють.",
        "{C} – і це, за словами співрозмовників видання, лише початок.",
        "Експерти вважають, що {cn}.",
        "Нагадаємо, {cp}.",
        "Частину зустрічей провели онлайн через Zoom, а робочі групи координуються в WhatsApp.",
        "У відповідь на запит редакції в пресслужбі пообіцяли надати деталі пізніше.",
        "Як зазначають співрозмовники видання, {cn}.",
        "За інформацією джерел, {c}.",
    ];

    /// Entity sentences, one list per case (Nom, Gen, Dat, Acc, Ins, Loc).
    /// `{N}`…`{L}` is the entity; `{zI}`/`{zG}`/`{uL}` add з/із/зі or у/в by euphony;
    /// `{v:stem}` is a past tense agreeing with the entity, `{r:stem}` its reflexive,
    /// `{s:sg|pl}` a present tense by number, `{vo}` a verb agreeing with the entity
    /// plus a fitting object.
    pub const PERSON: [&[&str]; 6] = [
        &[
            "{N} {v:заяви}, що {c}.",
            "{N} {v:наголоси}, що {c}.",
            "Як {v:зазначи} {N}, {c}.",
            "«{q}», – {v:заяви} {N}.",
            "«{q}», – {v:написа} {N} у Telegram.",
            "{N} {v:нагада}, що {cp}.",
            "Про це {v:повідоми} {N} під час брифінгу {a}.",
            "{N} також {v:заклика} партнерів пришвидшити {o}.",
            "{N} {v:наголоси}: «{q}».",
            "{N} {r:відмови} коментувати {o}.",
        ],
        &[
            "За словами {G}, {c}.",
            "У команді {G} заявили, що {c}.",
            "Після заяви {G} {cp}.",
            "Позиція {G} щодо {t} залишається незмінною.",
            "Видання {m} звернулося по коментар до {G}, однак відповіді поки не отримало.",
        ],
        &[
            "Журналісти поставили {D} запитання щодо {t}.",
            "{D} довелося пояснювати позицію уряду щодо {t}.",
            "Президент доручив {D} підготувати пропозиції {af}.",
            "Опозиція висловила {D} недовіру через ситуацію довкола {t}.",
        ],
        &[
            "Журналісти попросили {A} прокоментувати {o}.",
            "Видання {m} цитує {A}: «{q}».",
            "Опозиція критикує {A} за затягування рішення щодо {t}.",
        ],
        &[
            "Представники делегації провели зустріч {zI}.",
            "Розмова {zI} стосувалася {t}.",
            "Домовленості {zI} поки не оприлюднено.",
        ],
        &[
            "Увагу журналістів було зосереджено на {L}.",
            "Під час зустрічі наголос зробили на {L} як на ключовій фігурі переговорів.",
        ],
    ];

    /// Places in Ukraine: the war, evacuation, reconstruction.
    pub const PLACE: [&[&str]; 6] = [
        &[
            "{N} знову {r:опини} під ударом ворожих дронів.",
            "{N} {v:зазна} масованої атаки {a}.",
            "{N} {s:залишається|залишаються} важливим логістичним вузлом регіону.",
        ],
        &[
            "Мешканців {G} закликали не ігнорувати сигнали повітряної тривоги.",
            "Поблизу {G} тривають запеклі бої.",
            "До {G} прибула гуманітарна місія ООН.",
            "{zG} евакуювали ще {n} людей.",
            "Очільник міської військової адміністрації {G} повідомив, що {cp}.",
        ],
        &[
            "Уряд погодив виділення {D} ще {n} млн гривень на відбудову.",
            "Удару по {D} противник завдав із території Росії.",
            "По {D} противник випустив кілька ракет і дронів.",
        ],
        &[
            "Окупанти знову атакували {A} ударними безпілотниками.",
            "Делегація партнерів відвідала {A} {a}.",
            "Противник обстріляв {A} з реактивних систем залпового вогню.",
        ],
        &[
            "Над {I} сили ППО збили кілька ворожих дронів.",
            "Залізничне сполучення {zI} відновили {a}.",
            "Під {I} тривають бої.",
        ],
        &[
            "{uL} пролунали вибухи.",
            "{uL} триває ліквідація наслідків обстрілу.",
            "{uL} оголосили повітряну тривогу.",
            "{uL} відновили подачу електроенергії для більшості абонентів.",
        ],
    ];

    /// Places abroad: diplomacy.
    pub const PLACE_ABROAD: [&[&str]; 6] = [
        &[
            "{N} {v:ста} майданчиком для нового раунду консультацій.",
            "{N} {s:готується|готуються} прийняти міжнародну конференцію щодо {t}.",
        ],
        &[
            "До {G} прибула українська делегація.",
            "{zG} надходять суперечливі сигнали щодо {t}.",
        ],
        &["{D} запропонували роль посередника в переговорах."],
        &[
            "Українська делегація відвідала {A} {a}.",
            "Міністр закордонних справ обрав {A} для першого закордонного візиту.",
        ],
        &["Переговори між Києвом та {I} тривали кілька годин."],
        &[
            "{uL} відбулися консультації щодо {t}.",
            "{uL} зібралися міністри оборони країн-партнерів.",
        ],
    ];

    pub const ORGANIZATION: [&[&str]; 6] = [
        &[
            "{N} {v:оприлюдни} нові дані щодо {t}.",
            "{N} {vo} {a}.",
            "{N} {v:повідоми}, що {c}.",
        ],
        &[
            "За даними {G}, {c}.",
            "Представники {G} поки не коментують цю інформацію.",
            "Позиція {G} щодо {t} залишається незмінною.",
            "Звіт {G} оприлюднили {a}.",
        ],
        &[
            "Документ надіслали {D} на погодження.",
            "{D} вдалося домовитися з партнерами щодо {t}.",
            "Парламент доручив {D} підготувати звіт до кінця місяця.",
        ],
        &[
            "Критики звинувачують {A} у затягуванні реформ.",
            "Журналісти закликали {A} оприлюднити повні дані.",
            "Уряд зобов’язав {A} переглянути {o}.",
        ],
        &[
            "Співпраця {zI} триває з {y} року.",
            "Угоду {zI} планують підписати {af}.",
            "Консультації {zI} тривали кілька годин.",
        ],
        &[
            "{uL} заявили, що {c}.",
            "{uL} наголосили, що {c}.",
            "{uL} уточнили, що {cp}.",
        ],
    ];

    pub const EVENT: [&[&str]; 6] = [
        &[
            "{N} {v:ста} важливим сигналом для партнерів.",
            "{N} {r:відбу} {a}.",
        ],
        &[
            "Під час {G} {cp}.",
            "Учасники {G} погодили {od}.",
            "Напередодні {G} {cp}.",
            "Підсумки {G} експерти оцінюють стримано.",
        ],
        &[
            "{D} передували тривалі консультації.",
            "Значну увагу {D} приділили західні медіа.",
        ],
        &[
            "Делегація прибула на {A} {a}.",
            "Організатори перенесли {A} на пізніший термін.",
        ],
        &[
            "Перед {I} {cp}.",
            "За {I} стежили журналісти з десятків країн.",
        ],
        &[
            "На {L} {cp}.",
            "Учасники зустрічі на {L} ухвалили спільну заяву.",
        ],
    ];

    pub const OTHER: [&[&str]; 6] = [
        &[
            "{N} {s:залишається|залишаються} предметом гострих дискусій.",
            "{N} знову {r:опини} в центрі уваги.",
        ],
        &[
            "Умови {G} уряд переглянув {a}.",
            "Експерти закликають до перегляду {G}.",
            "Щодо {G} тривають консультації з партнерами.",
        ],
        &[
            "Парламентський комітет присвятив {D} окреме засідання.",
            "Завдяки {D} {cp}.",
        ],
        &[
            "Опозиція вимагає переглянути {A}.",
            "Уряд пообіцяв зберегти {A} і наступного року.",
        ],
        &[
            "У зв’язку {zI} {cp}.",
            "Ситуація {zI} залишається невизначеною.",
        ],
        &["{uL} передбачено {o}.", "Про зміни {uL} повідомили {a}."],
    ];

    /// First sentences (they become the default title), per entity kind.
    pub const LEDE_PERSON: &[&str] = &[
        "{C}, {v:заяви} в інтерв’ю виданню {m} {N}.",
        "{N} {v:заяви}, що {c}.",
        "{C}, – {v:повідоми} {N}.",
        "{N} {v:заклика} партнерів пришвидшити {o}.",
    ];
    pub const LEDE_PLACE: &[&str] = &[
        "{uL} {a} пролунали вибухи: окупанти атакували громаду ударними безпілотниками.",
        "{uL} через ворожий обстріл пошкоджено об’єкт критичної інфраструктури.",
        "Окупанти знову атакували {A}: є загиблі та поранені.",
    ];
    pub const LEDE_ABROAD: &[&str] = &[
        "{uL} відбулася зустріч, на якій обговорили {od}.",
        "{uL} {a} розпочався новий раунд переговорів щодо {t}.",
    ];
    pub const LEDE_ORGANIZATION: &[&str] = &[
        "{N} {vo} {a}.",
        "{uL} заявили, що {c}.",
        "{N} {v:повідоми}, що {cp}.",
    ];
    pub const LEDE_EVENT: &[&str] = &[
        "{N} {r:відбу} {a}: учасники погодили {od}.",
        "Учасники {G} погодили {od}.",
    ];
    pub const LEDE_OTHER: &[&str] = &[
        "Уряд оновив умови {G}.",
        "Парламент повернувся до обговорення {G}.",
    ];

    /// Front-line directions for the daily summary (locative, after «на … напрямку»).
    pub const DIRECTIONS: &[&str] = &[
        "Покровському",
        "Костянтинівському",
        "Куп’янському",
        "Лиманському",
        "Краматорському",
        "Сіверському",
        "Олександрівському",
        "Гуляйпільському",
        "Оріхівському",
        "Придніпровському",
        "Північно-Слобожанському",
        "Південно-Слобожанському",
    ];

    /// Markdown notes attached to annotations.
    pub const NOTES: &[&str] = &[
        "Формулювання дослівно повторює **офіційну заяву**, оприлюднену {d}.",
        "Див. також [хронологію подій](/chronology/) на цю тему.",
        "Цю тезу *не підтверджують* незалежні джерела.",
        "Ідеться про рішення, ухвалене на закритому засіданні; стенограма недоступна.",
        "Порівняйте з позицією, яку озвучували торік: тоді йшлося про `інші умови`.",
        "Уточнення редакції: цифра наведена за даними джерела, перевірити її не вдалося.",
        "Термін вживається в широкому значенні – див. [глосарій](/about/).",
        "Див. пункт #3 документа: там ідеться саме про це.",
        "Цитата наведена «як є», без редакторських правок.",
        "Контекст: **{t}** – одна з тем, до яких редакція повертається щотижня.",
    ];

    /// Chronology items for `events:`.
    pub const EVENT_TEXTS: &[&str] = &[
        "Початок переговорів {uP}",
        "Масована атака на енергосистему",
        "Підписання угоди про безпекові гарантії",
        "Візит делегації {uP}",
        "Засідання Ради безпеки ООН",
        "Ухвалення бюджету в першому читанні",
        "Обмін полоненими",
        "Оприлюднення звіту: {t}",
        "Перший раунд консультацій щодо {t}",
        "Відновлення руху поїздів {uP}",
    ];

    /// Editorial-note paragraphs (Markdown).
    pub const EDITORIAL: &[&str] = &[
        "**Контекст.** {C}.",
        "Редакція *перевірила* інформацію за відкритими джерелами: {c}.",
        "Матеріал доповнено після публікації: {c}.",
        "Ми стежимо за темою **{t}** і оновлюватимемо цю нотатку.",
        "Першоджерело – {m}; переклад цитат редакційний.",
        "Важливо: {c}. Це не перша подібна заява.",
    ];
}

// ------------------------------------------------------------------------------------
/// The people, organisations, places, events and other things articles talk about.
mod entities {
    use std::collections::HashSet;

    use crate::grammar::{
        Case, Decl, Forms, GenPl,
        Gender::{self, Fem, Masc, Neut, Plural},
        capitalize, decline, lower_first, prep_u,
    };
    use crate::rng::Rng;
    use crate::translit;
    use crate::vocab::Actor;

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

    const PERSON_ANIM: Decl = Decl::Hard {
        anim: true,
        gen_u: false,
        alt: false,
    };
    const SOFT_ANIM: Decl = Decl::Soft { anim: true };
    const O_ANIM: Decl = Decl::MascO { anim: true };
    const CITY: Decl = Decl::Hard {
        anim: false,
        gen_u: false,
        alt: false,
    };
    const CITY_ALT: Decl = Decl::Hard {
        anim: false,
        gen_u: false,
        alt: true,
    };
    /// Institutions take -у in the genitive: банку, штабу, фонду.
    const INST: Decl = Decl::Hard {
        anim: false,
        gen_u: true,
        alt: false,
    };
    const ADJ_M: Decl = Decl::Adj {
        gender: Masc,
        anim: false,
    };
    const ADJ_F: Decl = Decl::Adj {
        gender: Fem,
        anim: false,
    };
    const ADJ_N: Decl = Decl::Adj {
        gender: Neut,
        anim: false,
    };
    const ADJ_PL: Decl = Decl::Adj {
        gender: Plural,
        anim: false,
    };

    const MALE_FIRST: &[(&str, Decl)] = &[
        ("Олександр", PERSON_ANIM),
        ("Сергій", SOFT_ANIM),
        ("Андрій", SOFT_ANIM),
        ("Олексій", SOFT_ANIM),
        ("Юрій", SOFT_ANIM),
        ("Віталій", SOFT_ANIM),
        ("Анатолій", SOFT_ANIM),
        ("Валерій", SOFT_ANIM),
        ("Геннадій", SOFT_ANIM),
        ("Григорій", SOFT_ANIM),
        ("Дмитро", O_ANIM),
        ("Петро", O_ANIM),
        ("Павло", O_ANIM),
        ("Михайло", O_ANIM),
        ("Данило", O_ANIM),
        ("Кирило", O_ANIM),
        ("Володимир", PERSON_ANIM),
        ("Іван", PERSON_ANIM),
        ("Олег", PERSON_ANIM),
        ("Тарас", PERSON_ANIM),
        ("Богдан", PERSON_ANIM),
        ("Роман", PERSON_ANIM),
        ("Максим", PERSON_ANIM),
        ("Денис", PERSON_ANIM),
        ("Ярослав", PERSON_ANIM),
        ("Станіслав", PERSON_ANIM),
        ("Вадим", PERSON_ANIM),
        ("Руслан", PERSON_ANIM),
        ("Степан", PERSON_ANIM),
        ("Євген", PERSON_ANIM),
        ("Артем", PERSON_ANIM),
        ("Назар", PERSON_ANIM),
        ("Остап", PERSON_ANIM),
        ("Орест", PERSON_ANIM),
        ("Костянтин", PERSON_ANIM),
        ("Віктор", PERSON_ANIM),
        ("Леонід", PERSON_ANIM),
        ("Антон", PERSON_ANIM),
        ("Василь", SOFT_ANIM),
        ("Ігор", SOFT_ANIM),
        ("Микола", Decl::FemA),
        ("Ілля", Decl::FemYa),
        (
            "Федір",
            Decl::Hard {
                anim: true,
                gen_u: false,
                alt: true,
            },
        ),
    ];

    const FEMALE_FIRST: &[(&str, Decl)] = &[
        ("Олена", Decl::FemA),
        ("Ольга", Decl::FemA),
        ("Ірина", Decl::FemA),
        ("Тетяна", Decl::FemA),
        ("Оксана", Decl::FemA),
        ("Людмила", Decl::FemA),
        ("Світлана", Decl::FemA),
        ("Ганна", Decl::FemA),
        ("Катерина", Decl::FemA),
        ("Галина", Decl::FemA),
        ("Лариса", Decl::FemA),
        ("Христина", Decl::FemA),
        ("Мар’яна", Decl::FemA),
        ("Дарина", Decl::FemA),
        ("Вероніка", Decl::FemA),
        ("Яна", Decl::FemA),
        ("Інна", Decl::FemA),
        ("Валентина", Decl::FemA),
        ("Алла", Decl::FemA),
        ("Зоряна", Decl::FemA),
        ("Уляна", Decl::FemA),
        ("Богдана", Decl::FemA),
        ("Олеся", Decl::FemYa),
        ("Іванна", Decl::FemA),
        ("Аліна", Decl::FemA),
        ("Наталія", Decl::FemYa),
        ("Марія", Decl::FemYa),
        ("Юлія", Decl::FemYa),
        ("Вікторія", Decl::FemYa),
        ("Анастасія", Decl::FemYa),
        ("Софія", Decl::FemYa),
        ("Соломія", Decl::FemYa),
        ("Лілія", Decl::FemYa),
        ("Євгенія", Decl::FemYa),
        ("Надія", Decl::FemYa),
    ];

    /// Patronymics (masculine, feminine), used only once first name + surname run out.
    const PATRONYMICS: &[(&str, &str)] = &[
        ("Петрович", "Петрівна"),
        ("Іванович", "Іванівна"),
        ("Васильович", "Василівна"),
        ("Олександрович", "Олександрівна"),
        ("Михайлович", "Михайлівна"),
        ("Сергійович", "Сергіївна"),
        ("Андрійович", "Андріївна"),
        ("Володимирович", "Володимирівна"),
        ("Миколайович", "Миколаївна"),
        ("Юрійович", "Юріївна"),
        ("Григорович", "Григорівна"),
        ("Степанович", "Степанівна"),
        ("Богданович", "Богданівна"),
        ("Тарасович", "Тарасівна"),
        ("Олегович", "Олегівна"),
        ("Романович", "Романівна"),
        ("Вікторович", "Вікторівна"),
        ("Анатолійович", "Анатоліївна"),
        ("Дмитрович", "Дмитрівна"),
        ("Павлович", "Павлівна"),
    ];

    /// Masculine surnames; the declension and the feminine form follow from the
    /// ending (see [`surname`]): -енко/-ко, -ук/-чук, other consonants, -ар/-ь/-й,
    /// adjectival -ський/-цький/-ий, and -а/-я, which both genders share.
    const SURNAMES: &[&str] = &[
        "Шевченко",
        "Коваленко",
        "Бондаренко",
        "Ткаченко",
        "Кравченко",
        "Лисенко",
        "Руденко",
        "Марченко",
        "Павленко",
        "Онищенко",
        "Костенко",
        "Левченко",
        "Тимошенко",
        "Яценко",
        "Дорошенко",
        "Гордієнко",
        "Пономаренко",
        "Сидоренко",
        "Лук’яненко",
        "Фесенко",
        "Пилипенко",
        "Юрченко",
        "Максименко",
        "Кириленко",
        "Нестеренко",
        "Ярмоленко",
        "Антоненко",
        "Герасименко",
        "Прокопенко",
        "Бабенко",
        "Вакуленко",
        "Демченко",
        "Зінченко",
        "Савченко",
        "Гриценко",
        "Литвиненко",
        "Мельниченко",
        "Остапенко",
        "Петренко",
        "Романенко",
        "Тищенко",
        "Федоренко",
        "Харченко",
        "Яковенко",
        "Назаренко",
        "Гончаренко",
        "Кузьменко",
        "Мироненко",
        "Іваненко",
        "Приходько",
        "Бойко",
        "Головко",
        "Сірко",
        "Ковальчук",
        "Шевчук",
        "Поліщук",
        "Савчук",
        "Гнатюк",
        "Семенюк",
        "Зінчук",
        "Климчук",
        "Данилюк",
        "Кравчук",
        "Мартинюк",
        "Гаврилюк",
        "Гуменюк",
        "Остапчук",
        "Дмитрук",
        "Вознюк",
        "Тарасюк",
        "Маланюк",
        "Ничипорук",
        "Федорчук",
        "Мельничук",
        "Гончарук",
        "Романюк",
        "Стасюк",
        "Ткачук",
        "Бондарчук",
        "Яремчук",
        "Костюк",
        "Паламарчук",
        "Мельник",
        "Олійник",
        "Литвин",
        "Мороз",
        "Вовк",
        "Білик",
        "Стельмах",
        "Кучер",
        "Гуцуляк",
        "Юрчак",
        "Бабак",
        "Ковалишин",
        "Гнатишин",
        "Павлишин",
        "Чорновол",
        "Кушнір",
        "Дашкевич",
        "Ярошевич",
        "Бабич",
        "Грабович",
        "Ткач",
        "Коваль",
        "Бондар",
        "Гончар",
        "Кобзар",
        "Шахрай",
        "Гайдай",
        "Палій",
        "Грушевський",
        "Вишневський",
        "Ковальський",
        "Левицький",
        "Яворський",
        "Тернавський",
        "Білецький",
        "Кульчицький",
        "Лозинський",
        "Садовський",
        "Заблоцький",
        "Городецький",
        "Лисицький",
        "Маковецький",
        "Головацький",
        "Богуцький",
        "Полянський",
        "Сокальський",
        "Шептицький",
        "Гладкий",
        "Чорний",
        "Білий",
        "Рудий",
        "Залізний",
        "Кислиця",
        "Паляниця",
        "Мазепа",
        "Сковорода",
        "Вакула",
        "Бульба",
        "Сорока",
        "Заїка",
        "Сирота",
        "Шульга",
        "Ворона",
        "Чуприна",
        "Рибалка",
        "Береза",
    ];

    /// (name, forms, gender, description): real cities, hand-declined where irregular.
    fn real_places() -> Vec<(&'static str, Forms, Gender, &'static str)> {
        let d = |nom: &'static str, decl: Decl, g: Gender, desc: &'static str| {
            (nom, decline(nom, decl), g, desc)
        };
        let e = |forms: [&'static str; 6], g: Gender, desc: &'static str| {
            (forms[0], Forms::explicit(forms), g, desc)
        };
        let pl = |nom: &'static str, soft: bool, genitive: GenPl, desc: &'static str| {
            let decl = Decl::Plural {
                anim: false,
                soft,
                genitive,
            };
            (nom, decline(nom, decl), Plural, desc)
        };
        vec![
            d("Київ", CITY_ALT, Masc, "Столиця України"),
            d(
                "Харків",
                CITY_ALT,
                Masc,
                "Місто на сході України, обласний центр",
            ),
            d("Одеса", Decl::FemA, Fem, "Портове місто на півдні України"),
            d(
                "Дніпро",
                Decl::MascO { anim: false },
                Masc,
                "Місто в центрі України",
            ),
            d("Львів", CITY_ALT, Masc, "Місто на заході України"),
            d(
                "Запоріжжя",
                Decl::NeutYa,
                Neut,
                "Обласний центр на півдні України",
            ),
            pl(
                "Суми",
                false,
                GenPl::Zero,
                "Обласний центр на північному сході України",
            ),
            pl(
                "Черкаси",
                false,
                GenPl::Zero,
                "Обласний центр у центрі України",
            ),
            pl(
                "Чернівці",
                true,
                GenPl::Iv,
                "Обласний центр на заході України",
            ),
            pl("Бровари", false, GenPl::Iv, "Місто в Київській області"),
            d(
                "Миколаїв",
                CITY_ALT,
                Masc,
                "Обласний центр на півдні України",
            ),
            d(
                "Чернігів",
                CITY_ALT,
                Masc,
                "Обласний центр на півночі України",
            ),
            d(
                "Полтава",
                Decl::FemA,
                Fem,
                "Обласний центр у центрі України",
            ),
            d("Вінниця", Decl::FemYa, Fem, "Обласний центр на Поділлі"),
            d("Херсон", CITY, Masc, "Обласний центр на півдні України"),
            d("Житомир", CITY, Masc, "Обласний центр на півночі України"),
            d("Ужгород", CITY, Masc, "Обласний центр на Закарпатті"),
            d("Луцьк", CITY, Masc, "Обласний центр на Волині"),
            d("Рівне", ADJ_N, Neut, "Обласний центр на заході України"),
            d(
                "Кропивницький",
                ADJ_M,
                Masc,
                "Обласний центр у центрі України",
            ),
            d("Хмельницький", ADJ_M, Masc, "Обласний центр на Поділлі"),
            d(
                "Івано-Франківськ",
                CITY,
                Masc,
                "Обласний центр у Прикарпатті",
            ),
            d("Краматорськ", CITY, Masc, "Місто в Донецькій області"),
            d("Слов’янськ", CITY, Masc, "Місто в Донецькій області"),
            d("Покровськ", CITY, Masc, "Місто в Донецькій області"),
            d("Бахмут", CITY, Masc, "Місто в Донецькій області"),
            d("Куп’янськ", CITY, Masc, "Місто в Харківській області"),
            d("Ізюм", CITY, Masc, "Місто в Харківській області"),
            d("Кременчук", CITY, Masc, "Місто в Полтавській області"),
            d("Буча", Decl::FemA, Fem, "Місто в Київській області"),
            e(
                [
                    "Тернопіль",
                    "Тернополя",
                    "Тернополю",
                    "Тернопіль",
                    "Тернополем",
                    "Тернополі",
                ],
                Masc,
                "Обласний центр на заході України",
            ),
            e(
                [
                    "Маріуполь",
                    "Маріуполя",
                    "Маріуполю",
                    "Маріуполь",
                    "Маріуполем",
                    "Маріуполі",
                ],
                Masc,
                "Тимчасово окуповане місто в Донецькій області",
            ),
            e(
                [
                    "Нікополь",
                    "Нікополя",
                    "Нікополю",
                    "Нікополь",
                    "Нікополем",
                    "Нікополі",
                ],
                Masc,
                "Місто в Дніпропетровській області",
            ),
            e(
                ["Ірпінь", "Ірпеня", "Ірпеню", "Ірпінь", "Ірпенем", "Ірпені"],
                Masc,
                "Місто в Київській області",
            ),
            e(
                [
                    "Біла Церква",
                    "Білої Церкви",
                    "Білій Церкві",
                    "Білу Церкву",
                    "Білою Церквою",
                    "Білій Церкві",
                ],
                Fem,
                "Місто в Київській області",
            ),
            e(
                [
                    "Кривий Ріг",
                    "Кривого Рогу",
                    "Кривому Рогу",
                    "Кривий Ріг",
                    "Кривим Рогом",
                    "Кривому Розі",
                ],
                Masc,
                "Місто в Дніпропетровській області",
            ),
        ]
    }

    /// Cities abroad, where talks and summits happen.
    fn foreign_places() -> Vec<(&'static str, Forms, Gender, &'static str)> {
        let d = |nom: &'static str, decl: Decl, g: Gender, desc: &'static str| {
            (nom, decline(nom, decl), g, desc)
        };
        vec![
            d("Стамбул", CITY, Masc, "Місто в Туреччині"),
            d("Варшава", Decl::FemA, Fem, "Столиця Польщі"),
            (
                "Брюссель",
                Forms::explicit([
                    "Брюссель",
                    "Брюсселя",
                    "Брюсселю",
                    "Брюссель",
                    "Брюсселем",
                    "Брюсселі",
                ]),
                Masc,
                "Столиця Бельгії",
            ),
            d("Вашингтон", CITY, Masc, "Столиця США"),
            d("Берлін", CITY, Masc, "Столиця Німеччини"),
            d("Лондон", CITY, Masc, "Столиця Великої Британії"),
            d("Париж", CITY, Masc, "Столиця Франції"),
            d("Вільнюс", CITY, Masc, "Столиця Литви"),
            d("Женева", Decl::FemA, Fem, "Місто у Швейцарії"),
            d("Прага", Decl::FemA, Fem, "Столиця Чехії"),
        ]
    }

    /// Ukrainian cities that host conferences and summits.
    const VENUES: &[&str] = &[
        "Київ",
        "Львів",
        "Одеса",
        "Вінниця",
        "Ужгород",
        "Чернівці",
        "Івано-Франківськ",
        "Луцьк",
        "Рівне",
        "Тернопіль",
        "Біла Церква",
    ];

    const PLACE_ROOTS: &[&str] = &[
        "Берез",
        "Дуб",
        "Вишн",
        "Калин",
        "Сосн",
        "Верб",
        "Ясен",
        "Горіх",
        "Лип",
        "Петр",
        "Іван",
        "Михайл",
        "Олександр",
        "Григор",
        "Степан",
        "Богдан",
        "Тарас",
        "Остап",
        "Семен",
        "Павл",
        "Яблун",
        "Мар’ян",
        "Васил",
        "Гнат",
        "Федор",
        "Юр",
        "Макар",
        "Кирил",
        "Антон",
        "Дмитр",
        "Новосел",
        "Комар",
        "Сокол",
        "Ворон",
        "Журавл",
        "Лебед",
        "Орл",
        "Лоз",
        "Озер",
        "Луг",
        "Бор",
        "Кам’ян",
        "Мирон",
        "Левк",
        "Клим",
        "Зелен",
        "Руд",
    ];

    /// Adjective stems for «Нова Березівка», «Великий Дубів», «Малі Петровичі».
    const PLACE_MODIFIERS: &[&str] = &["Нов", "Стар", "Велик", "Мал", "Біл", "Зелен", "Верхн"];

    /// Oblasts as feminine adjectives («Полтавська» область).
    const REGIONS: &[&str] = &[
        "Вінницька",
        "Волинська",
        "Дніпропетровська",
        "Донецька",
        "Житомирська",
        "Закарпатська",
        "Запорізька",
        "Івано-Франківська",
        "Київська",
        "Кіровоградська",
        "Луганська",
        "Львівська",
        "Миколаївська",
        "Одеська",
        "Полтавська",
        "Рівненська",
        "Сумська",
        "Тернопільська",
        "Харківська",
        "Херсонська",
        "Хмельницька",
        "Черкаська",
        "Чернівецька",
        "Чернігівська",
    ];

    /// Historical regions, for brand variants like «Енергоінвест-Поділля».
    const LANDS: &[&str] = &[
        "Поділля",
        "Волинь",
        "Слобожанщина",
        "Полісся",
        "Буковина",
        "Галичина",
        "Таврія",
        "Донбас",
        "Придніпров’я",
        "Закарпаття",
        "Сіверщина",
        "Покуття",
    ];

    const BRAND_HEADS: &[&str] = &[
        "Енерго",
        "Агро",
        "Буд",
        "Нафто",
        "Транс",
        "Мед",
        "Фарм",
        "Техно",
        "Укр",
        "Дніпро",
        "Кий",
        "Карпат",
        "Зерно",
        "Метал",
        "Сталь",
        "Водо",
        "Газо",
        "Хліб",
        "Авіа",
        "Інфо",
    ];
    const BRAND_TAILS: &[&str] = &[
        "інвест",
        "сервіс",
        "холдинг",
        "пром",
        "альянс",
        "тех",
        "трейд",
        "груп",
        "лайн",
        "бізнес",
        "ресурс",
        "систем",
        "експорт",
        "маш",
        "логістик",
    ];
    const BRANDS_LATIN: &[&str] = &[
        "Green Grid",
        "Kyiv Digital",
        "Nova Energy",
        "Black Sea Logistics",
        "Dnipro Tech",
        "Carpathian Capital",
        "Steppe Agro",
        "Polissia Timber",
        "Bright Future Lab",
        "Open Data Hub",
        "Smart City Lviv",
        "Ukrainian Wind",
    ];
    const BRANDS_PHRASE: &[&str] = &[
        "Повернись живим",
        "Крила надії",
        "Серце України",
        "Світло для громад",
        "Право на захист",
        "Відкриті очі",
        "Добрі справи",
        "Разом сильніші",
        "Тепло домівки",
        "Голос громади",
        "Чисте небо",
        "Незламні",
    ];

    const THINK_TANK_GEN: &[&str] = &[
        "Центру економічної стратегії",
        "Інституту світової політики",
        "Українського інституту майбутнього",
        "Центру спільних дій",
        "Інституту демократії імені Пилипа Орлика",
        "Київської школи економіки",
        "Фонду «Демократичні ініціативи»",
    ];
    const MINISTRY_GEN: &[&str] = &[
        "закордонних справ України",
        "оборони України",
        "фінансів",
        "енергетики",
        "економіки",
        "цифрової трансформації",
        "внутрішніх справ",
        "з питань стратегічних галузей промисловості",
    ];
    const ADVISER_GEN: &[&str] = &[
        "президента України",
        "прем’єр-міністра",
        "міністра оборони",
        "голови Верховної Ради",
        "керівника Офісу президента",
    ];
    const COMMAND_GEN: &[&str] = &[
        "Повітряних сил ЗСУ",
        "Сухопутних військ ЗСУ",
        "Сил безпілотних систем",
        "Військово-морських сил ЗСУ",
        "угруповання військ «Хортиця»",
        "Сил територіальної оборони",
    ];
    /// Countries in the locative, for «посол України в …».
    const COUNTRY_LOC: &[&str] = &[
        "Німеччині",
        "Польщі",
        "Франції",
        "США",
        "Туреччині",
        "Великій Британії",
        "Японії",
        "Канаді",
        "Італії",
        "Румунії",
        "Литві",
        "Молдові",
    ];

    /// Ensures names and slugs are unique across every kind.
    #[derive(Default)]
    struct Registry {
        names: HashSet<String>,
        slugs: HashSet<String>,
    }

    impl Registry {
        fn claim(&mut self, name: &str) -> Option<String> {
            let slug = translit::slug(name);
            if slug.is_empty() || self.names.contains(name) || self.slugs.contains(&slug) {
                return None;
            }
            self.names.insert(name.to_string());
            self.slugs.insert(slug.clone());
            Some(slug)
        }
    }

    /// An entity before it has a slug.
    struct Draft {
        kind: Kind,
        /// Written with a lower-case first letter inside a sentence.
        lower_in_text: bool,
        abroad: bool,
        actor: Actor,
        name: Name,
        short: Option<Name>,
        role: Option<Forms>,
        aliases: Vec<String>,
        description: String,
    }

    fn word(nom: &str, decl: Decl) -> Forms {
        decline(nom, decl)
    }

    fn fixed(s: &str) -> Forms {
        Forms::fixed(s)
    }

    fn name(parts: &[Forms], gender: Gender) -> Name {
        Name {
            forms: Forms::phrase(parts),
            gender,
        }
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

    /// Takes the `real` drafts first, then generated ones until `quota` unique names
    /// exist. After 50 collisions in a row `make` is asked for a `relaxed` variant
    /// (patronymic, region, brand suffix) from a much larger name space, so the plain
    /// names stay the majority and large counts still finish.
    fn fill(
        quota: usize,
        real: Vec<Draft>,
        rng: &mut Rng,
        reg: &mut Registry,
        mut make: impl FnMut(&mut Rng, bool) -> Draft,
    ) -> Result<Vec<Entity>, String> {
        let mut out = Vec::with_capacity(quota);
        let mut misses = 0;
        let mut drafts = real.into_iter();
        while out.len() < quota {
            let draft = match drafts.next() {
                Some(draft) => draft,
                None => make(rng, misses > 50),
            };
            match reg.claim(draft.name.forms.nom()) {
                Some(slug) => {
                    out.push(finish(draft, slug));
                    misses = 0;
                }
                None if misses < 20_000 => misses += 1,
                None => {
                    let kind = draft.kind.as_str();
                    let found = out.len();
                    return Err(format!(
                        "found only {found} unique {kind} names of {quota}; use fewer --entities"
                    ));
                }
            }
        }
        Ok(out)
    }

    fn finish(d: Draft, slug: String) -> Entity {
        Entity {
            slug,
            kind: d.kind,
            name: d.name,
            short: d.short,
            role: d.role,
            aliases: d.aliases,
            description: d.description,
            lower_in_text: d.lower_in_text,
            abroad: d.abroad,
            actor: d.actor,
        }
    }

    /// Given names and trades that Ukrainian surnames are built on.
    const SURNAME_ROOTS: &[&str] = &[
        "Петр",
        "Іван",
        "Остап",
        "Мирон",
        "Гнат",
        "Семен",
        "Тарас",
        "Степан",
        "Федор",
        "Гаврил",
        "Кирил",
        "Данил",
        "Павл",
        "Михайл",
        "Клим",
        "Сидор",
        "Прокоп",
        "Нестер",
        "Яким",
        "Максим",
        "Роман",
        "Мартин",
        "Захар",
        "Ткач",
        "Кравч",
        "Шевч",
        "Гончар",
        "Мельнич",
        "Пономар",
        "Гриц",
    ];
    const SURNAME_SUFFIXES: &[&str] = &["енко", "ук", "ишин", "овський"];

    /// Half real surnames, half root + suffix (Петренко, Федорук, Гнатишин,
    /// Степановський), which widens the pool for large entity counts.
    fn masculine_surname(rng: &mut Rng) -> String {
        if rng.chance(0.5) {
            return rng.pick(SURNAMES).to_string();
        }
        format!("{}{}", rng.pick(SURNAME_ROOTS), rng.pick(SURNAME_SUFFIXES))
    }

    /// Case forms of a surname for a man or a woman, from its masculine form.
    fn surname(masc: &str, female: bool) -> Forms {
        let anim_adj = |g| Decl::Adj {
            gender: g,
            anim: true,
        };
        if let Some(stem) = masc.strip_suffix("ий") {
            return if female {
                word(&format!("{stem}а"), anim_adj(Fem))
            } else {
                word(masc, anim_adj(Masc))
            };
        }
        match masc.chars().next_back() {
            Some('а') => word(masc, Decl::FemA),
            Some('я') => word(masc, Decl::FemYa),
            // Women's -енко, -ук and consonant surnames do not decline.
            _ if female => fixed(masc),
            Some('о') => word(masc, O_ANIM),
            Some('ь' | 'й') => word(masc, SOFT_ANIM),
            _ if masc.ends_with("ар") => word(masc, SOFT_ANIM),
            _ => word(masc, PERSON_ANIM),
        }
    }

    fn person(rng: &mut Rng, relaxed: bool, orgs: &[Entity], places: &[Entity]) -> Draft {
        let female = rng.chance(0.4);
        let (first, decl) = *rng.pick(if female { FEMALE_FIRST } else { MALE_FIRST });
        let last = surname(&masculine_surname(rng), female);
        let mut parts = vec![word(first, decl)];
        if relaxed {
            let (m, f) = *rng.pick(PATRONYMICS);
            parts.push(if female {
                word(f, Decl::FemA)
            } else {
                word(m, PERSON_ANIM)
            });
        }
        parts.push(last.clone());
        let gender = if female { Fem } else { Masc };
        let role = role(rng, female, orgs, places);
        Draft {
            lower_in_text: false,
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Person,
            description: capitalize(role.nom()),
            name: name(&parts, gender),
            aliases: vec![last.nom().to_string()],
            short: Some(Name {
                forms: last,
                gender,
            }),
            role: Some(role),
        }
    }

    /// A job title such as «речник Міністерства закордонних справ України»: the head
    /// noun declines, the genitive complement does not.
    fn role(rng: &mut Rng, female: bool, orgs: &[Entity], places: &[Entity]) -> Forms {
        let hard = PERSON_ANIM;
        let head = |m: (&str, Decl), f: (&str, Decl)| {
            let (nom, decl) = if female { f } else { m };
            word(nom, decl)
        };
        let org_gen = |rng: &mut Rng| {
            let org = rng.pick(orgs);
            let genitive = match &org.short {
                Some(short) if rng.chance(0.5) => short.forms.get(Case::Gen),
                _ => org.name.forms.get(Case::Gen),
            };
            if org.lower_in_text {
                lower_first(genitive)
            } else {
                genitive.to_string()
            }
        };
        let choice = rng.below(10);
        let (head, tail) = match choice {
            0 | 1 if !orgs.is_empty() => (
                head(("речник", hard), ("речниця", Decl::FemYa)),
                org_gen(rng),
            ),
            2 if !orgs.is_empty() => (
                head(("голова", Decl::FemA), ("голова", Decl::FemA)),
                org_gen(rng),
            ),
            3 if !orgs.is_empty() => (
                head(("директор", hard), ("директорка", Decl::FemA)),
                org_gen(rng),
            ),
            4 => (
                head(("заступник", hard), ("заступниця", Decl::FemYa)),
                format!("міністра {}", rng.pick(MINISTRY_GEN)),
            ),
            5 => (
                head(("радник", hard), ("радниця", Decl::FemYa)),
                rng.pick(ADVISER_GEN).to_string(),
            ),
            6 => (
                head(("експерт", hard), ("експертка", Decl::FemA)),
                rng.pick(THINK_TANK_GEN).to_string(),
            ),
            7 if places.iter().any(|p| !p.abroad) => {
                let home: Vec<&Entity> = places.iter().filter(|p| !p.abroad).collect();
                let city = rng.pick(&home).name.forms.get(Case::Gen).to_string();
                if female {
                    let title = Forms::phrase(&[
                        word(
                            "міська",
                            Decl::Adj {
                                gender: Fem,
                                anim: true,
                            },
                        ),
                        word("голова", Decl::FemA),
                    ]);
                    (title, city)
                } else {
                    (word("мер", hard), city)
                }
            }
            8 if !female => (word("командувач", hard), rng.pick(COMMAND_GEN).to_string()),
            9 if !female => {
                let country = rng.pick(COUNTRY_LOC);
                let posol =
                    Forms::explicit(["посол", "посла", "послові", "посла", "послом", "послові"]);
                (posol, format!("України {} {country}", prep_u(country)))
            }
            _ => {
                let adj = if female {
                    "народна"
                } else {
                    "народний"
                };
                let g = if female { Fem } else { Masc };
                let title = Forms::phrase(&[
                    word(
                        adj,
                        Decl::Adj {
                            gender: g,
                            anim: true,
                        },
                    ),
                    head(("депутат", hard), ("депутатка", Decl::FemA)),
                ]);
                (title, "України".to_string())
            }
        };
        Forms::phrase(&[head, fixed(&tail)])
    }

    /// Organisation: name parts, gender, optional short form with its own gender.
    fn org(
        parts: &[Forms],
        gender: Gender,
        short: Option<(Forms, Gender)>,
        description: &str,
    ) -> Draft {
        let aliases = short.iter().map(|(f, _)| f.nom().to_string()).collect();
        Draft {
            lower_in_text: false,
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Organization,
            name: name(parts, gender),
            short: short.map(|(forms, gender)| Name { forms, gender }),
            role: None,
            aliases,
            description: description.to_string(),
        }
    }

    /// Real organisations, with international ones as partners and state companies
    /// as businesses.
    fn real_organizations() -> Vec<Draft> {
        const PARTNERS: &[&str] = &[
            "ЄС",
            "ООН",
            "НАТО",
            "МВФ",
            "МАГАТЕ",
            "Єврокомісія",
            "Радбез ООН",
        ];
        const COMPANIES: &[&str] = &[
            "Нафтогаз",
            "Укрзалізниця",
            "Укренерго",
            "Енергоатом",
            "Укрпошта",
            "Укроборонпром",
        ];
        let mut orgs = state_and_international_organizations();
        for d in &mut orgs {
            let short = d
                .short
                .as_ref()
                .map_or(d.name.forms.nom(), |s| s.forms.nom());
            if PARTNERS.contains(&short) || d.name.forms.nom() == "Світовий банк" {
                d.actor = Actor::Partner;
            } else if COMPANIES.contains(&short) {
                d.actor = Actor::Business;
            }
        }
        orgs
    }

    fn state_and_international_organizations() -> Vec<Draft> {
        let ministry = |tail: &str, short: Option<(Forms, Gender)>, what: &str| {
            org(
                &[word("Міністерство", Decl::NeutO), fixed(tail)],
                Neut,
                short,
                &format!("Центральний орган виконавчої влади у сфері {what}"),
            )
        };
        // Abbreviations do not decline and agree with the head noun of the full name.
        let abbr = |s: &str, g: Gender| Some((fixed(s), g));
        vec![
            org(
                &[
                    word("Генеральний", ADJ_M),
                    word("штаб", INST),
                    fixed("Збройних сил України"),
                ],
                Masc,
                Some((word("Генштаб", INST), Masc)),
                "Головний орган військового управління Збройних сил України",
            ),
            ministry(
                "закордонних справ України",
                abbr("МЗС", Neut),
                "зовнішньої політики",
            ),
            ministry("оборони України", abbr("Міноборони", Neut), "оборони"),
            ministry(
                "фінансів України",
                Some((word("Мінфін", INST), Masc)),
                "фінансів",
            ),
            ministry(
                "охорони здоров’я України",
                abbr("МОЗ", Neut),
                "охорони здоров’я",
            ),
            ministry("енергетики України", abbr("Міненерго", Neut), "енергетики"),
            ministry(
                "внутрішніх справ України",
                abbr("МВС", Neut),
                "внутрішніх справ",
            ),
            ministry(
                "юстиції України",
                Some((word("Мін’юст", INST), Masc)),
                "юстиції",
            ),
            ministry("освіти і науки України", abbr("МОН", Neut), "освіти"),
            org(
                &[
                    word("Національний", ADJ_M),
                    word("банк", INST),
                    fixed("України"),
                ],
                Masc,
                abbr("НБУ", Masc),
                "Центральний банк України",
            ),
            org(
                &[word("Служба", Decl::FemA), fixed("безпеки України")],
                Fem,
                abbr("СБУ", Fem),
                "Спецслужба України",
            ),
            org(
                &[
                    word("Збройні", ADJ_PL),
                    word(
                        "сили",
                        Decl::Plural {
                            anim: false,
                            soft: false,
                            genitive: GenPl::Zero,
                        },
                    ),
                    fixed("України"),
                ],
                Plural,
                abbr("ЗСУ", Plural),
                "Військове формування України",
            ),
            org(
                &[
                    word("Верховна", ADJ_F),
                    word("Рада", Decl::FemA),
                    fixed("України"),
                ],
                Fem,
                Some((
                    Forms::phrase(&[word("Верховна", ADJ_F), word("Рада", Decl::FemA)]),
                    Fem,
                )),
                "Парламент України",
            ),
            org(
                &[word("Кабінет", INST), fixed("Міністрів України")],
                Masc,
                Some((word("Кабмін", INST), Masc)),
                "Вищий орган виконавчої влади України",
            ),
            org(
                &[word("Офіс", INST), fixed("президента України")],
                Masc,
                abbr("ОП", Masc),
                "Постійно діючий допоміжний орган при президентові України",
            ),
            org(
                &[
                    word("Національне", ADJ_N),
                    word("антикорупційне", ADJ_N),
                    fixed("бюро України"),
                ],
                Neut,
                abbr("НАБУ", Neut),
                "Антикорупційний правоохоронний орган",
            ),
            org(
                &[word("Державне", ADJ_N), fixed("бюро розслідувань")],
                Neut,
                abbr("ДБР", Neut),
                "Правоохоронний орган",
            ),
            org(
                &[
                    word("Державна", ADJ_F),
                    word("служба", Decl::FemA),
                    fixed("України з надзвичайних ситуацій"),
                ],
                Fem,
                abbr("ДСНС", Fem),
                "Служба цивільного захисту",
            ),
            org(
                &[
                    word("Національна", ADJ_F),
                    word("поліція", Decl::FemYa),
                    fixed("України"),
                ],
                Fem,
                Some((word("Нацполіція", Decl::FemYa), Fem)),
                "Центральний орган виконавчої влади у сфері правопорядку",
            ),
            org(
                &[word("Європейський", ADJ_M), word("Союз", INST)],
                Masc,
                abbr("ЄС", Masc),
                "Політичний та економічний союз європейських держав",
            ),
            org(
                &[word("Організація", Decl::FemYa), fixed("Об’єднаних Націй")],
                Fem,
                abbr("ООН", Fem),
                "Міжнародна організація",
            ),
            org(
                &[word("Північноатлантичний", ADJ_M), word("альянс", INST)],
                Masc,
                abbr("НАТО", Masc),
                "Військово-політичний союз",
            ),
            org(
                &[
                    word("Міжнародний", ADJ_M),
                    word("валютний", ADJ_M),
                    word("фонд", INST),
                ],
                Masc,
                abbr("МВФ", Masc),
                "Міжнародна фінансова організація",
            ),
            org(
                &[word("Світовий", ADJ_M), word("банк", INST)],
                Masc,
                None,
                "Міжнародна фінансова організація",
            ),
            org(
                &[word("Рада", Decl::FemA), fixed("безпеки ООН")],
                Fem,
                Some((Forms::phrase(&[word("Радбез", INST), fixed("ООН")]), Masc)),
                "Орган ООН, відповідальний за міжнародний мир і безпеку",
            ),
            org(
                &[
                    word("Міжнародне", ADJ_N),
                    word("агентство", Decl::NeutO),
                    fixed("з атомної енергії"),
                ],
                Neut,
                abbr("МАГАТЕ", Neut),
                "Міжнародна організація з питань ядерної безпеки",
            ),
            org(
                &[word("Європейська", ADJ_F), word("комісія", Decl::FemYa)],
                Fem,
                Some((word("Єврокомісія", Decl::FemYa), Fem)),
                "Виконавчий орган Європейського Союзу",
            ),
            org(
                &[word("Нафтогаз", INST), fixed("України")],
                Masc,
                Some((word("Нафтогаз", INST), Masc)),
                "Національна акціонерна компанія",
            ),
            org(
                &[word("Укрзалізниця", Decl::FemYa)],
                Fem,
                None,
                "Державна залізнична компанія",
            ),
            org(
                &[fixed("Укренерго")],
                Neut,
                None,
                "Оператор системи передачі електроенергії",
            ),
            org(
                &[word("Енергоатом", INST)],
                Masc,
                None,
                "Оператор українських АЕС",
            ),
            org(
                &[word("Укрпошта", Decl::FemA)],
                Fem,
                None,
                "Національний поштовий оператор",
            ),
            org(
                &[word("Укроборонпром", INST)],
                Masc,
                None,
                "Оборонний концерн",
            ),
            org(
                &[word("Центр", INST), fixed("протидії дезінформації")],
                Masc,
                abbr("ЦПД", Masc),
                "Робочий орган РНБО",
            ),
            org(
                &[
                    word("Рада", Decl::FemA),
                    fixed("національної безпеки і оборони України"),
                ],
                Fem,
                abbr("РНБО", Fem),
                "Координаційний орган з питань національної безпеки",
            ),
            org(
                &[
                    word("Вищий", ADJ_M),
                    word("антикорупційний", ADJ_M),
                    word("суд", INST),
                ],
                Masc,
                abbr("ВАКС", Masc),
                "Спеціалізований антикорупційний суд",
            ),
        ]
    }

    fn brand(rng: &mut Rng, relaxed: bool) -> String {
        let base = match rng.below(10) {
            0 => rng.pick(BRANDS_LATIN).to_string(),
            1 => rng.pick(BRANDS_PHRASE).to_string(),
            _ => format!("{}{}", rng.pick(BRAND_HEADS), rng.pick(BRAND_TAILS)),
        };
        if relaxed {
            format!("{base}-{}", rng.pick(LANDS))
        } else {
            base
        }
    }

    /// «Компанія «Енергоінвест»», «Благодійний фонд «Крила надії»», …: the generic head
    /// declines, the quoted brand does not; the short form is the head + brand.
    fn generated_org(rng: &mut Rng, relaxed: bool) -> Draft {
        let brand = brand(rng, relaxed);
        let quoted = fixed(&format!("«{brand}»"));
        let with_brand = |adj: Option<&str>, noun: &str, decl: Decl, gender: Gender, what: &str| {
            let head = word(noun, decl);
            let mut parts = Vec::new();
            if let Some(adj) = adj {
                parts.push(word(
                    adj,
                    Decl::Adj {
                        gender,
                        anim: false,
                    },
                ));
            }
            parts.push(head.clone());
            parts.push(quoted.clone());
            let short = Forms::phrase(&[word(&noun.to_lowercase(), decl), quoted.clone()]);
            let mut d = org(&parts, gender, Some((short, gender)), what);
            d.aliases = vec![brand.clone()];
            d.lower_in_text = true;
            d.actor = Actor::Business;
            d
        };
        match rng.below(5) {
            0 => with_brand(None, "Компанія", Decl::FemYa, Fem, "Українська компанія"),
            1 => with_brand(Some("Благодійний"), "фонд", INST, Masc, "Благодійний фонд"),
            2 => with_brand(
                Some("Аналітичний"),
                "центр",
                INST,
                Masc,
                "Незалежний аналітичний центр",
            ),
            3 => with_brand(
                Some("Громадська"),
                "організація",
                Decl::FemYa,
                Fem,
                "Громадська організація",
            ),
            _ => {
                let topics = [
                    "економічних досліджень",
                    "соціальних досліджень",
                    "стратегічних студій",
                    "енергетичної безпеки",
                    "аграрної політики",
                    "цифрової економіки",
                ];
                let topic = rng.pick(&topics);
                let tail = fixed(&format!("{topic} «{brand}»"));
                let mut d = org(
                    &[word("Інститут", INST), tail],
                    Masc,
                    None,
                    "Науково-дослідний інститут",
                );
                d.actor = Actor::Business;
                d
            }
        }
    }

    fn real_place_drafts() -> Vec<Draft> {
        let home = real_places().into_iter().map(|p| (p, false));
        let abroad = foreign_places().into_iter().map(|p| (p, true));
        home.chain(abroad)
            .map(|((_, forms, gender, desc), abroad)| Draft {
                lower_in_text: false,
                abroad,
                actor: Actor::Gov,
                kind: Kind::Place,
                name: Name { forms, gender },
                short: None,
                role: None,
                aliases: Vec::new(),
                description: desc.to_string(),
            })
            .collect()
    }

    /// Village and town names from common roots: Березівка, Дубів, Петрове, Івановичі,
    /// sometimes with an agreeing adjective («Нова Березівка», «Великі Дубовичі»).
    fn generated_place(rng: &mut Rng, relaxed: bool) -> Draft {
        let root = rng.pick(PLACE_ROOTS);
        let (noun, gender, what) = match rng.below(4) {
            0 => (word(&format!("{root}івка"), Decl::FemA), Fem, "Село"),
            1 => (word(&format!("{root}ів"), CITY_ALT), Masc, "Місто"),
            2 => (word(&format!("{root}ове"), ADJ_N), Neut, "Селище"),
            _ => {
                let decl = Decl::Plural {
                    anim: false,
                    soft: false,
                    genitive: GenPl::Iv,
                };
                (word(&format!("{root}овичі"), decl), Plural, "Село")
            }
        };
        let mut parts = Vec::new();
        if gender != Neut && rng.chance(0.35) {
            let stem = rng.pick(PLACE_MODIFIERS);
            // «Верхн-» is a soft stem: Верхній/Верхня/Верхні; we keep it hard-only.
            let ending = match gender {
                Masc => "ий",
                Fem => "а",
                _ => "і",
            };
            if *stem != "Верхн" {
                parts.push(word(
                    &format!("{stem}{ending}"),
                    Decl::Adj {
                        gender,
                        anim: false,
                    },
                ));
            }
        }
        parts.push(noun);
        let region = rng.pick(REGIONS);
        if relaxed {
            parts.push(fixed(&format!("({region} область)")));
        }
        let region_loc = format!("{}ій", region.strip_suffix('а').unwrap_or(region));
        Draft {
            lower_in_text: false,
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Place,
            name: name(&parts, gender),
            short: None,
            role: None,
            aliases: Vec::new(),
            description: format!("{what} {} {region_loc} області", prep_u(&region_loc)),
        }
    }

    /// «Саміт НАТО у Вільнюсі», «Конференція з відновлення України», …
    fn generated_event(rng: &mut Rng, relaxed: bool, places: &[Entity]) -> Draft {
        let heads: [(&str, Decl, Gender, &[&str]); 7] = [
            (
                "Саміт",
                INST,
                Masc,
                &[
                    "НАТО",
                    "ЄС – Україна",
                    "миру",
                    "G7",
                    "«Україна – Південно-Східна Європа»",
                ],
            ),
            (
                "Форум",
                INST,
                Masc,
                &[
                    "«Україна – ЄС»",
                    "з відбудови",
                    "з кібербезпеки",
                    "безпеки",
                    "інвесторів",
                ],
            ),
            (
                "Конференція",
                Decl::FemYa,
                Fem,
                &[
                    "з відновлення України",
                    "з питань безпеки",
                    "донорів",
                    "з гуманітарного розмінування",
                ],
            ),
            (
                "Нарада",
                Decl::FemA,
                Fem,
                &["міністрів оборони", "Ставки", "з енергетичної безпеки"],
            ),
            (
                "Переговори",
                Decl::Plural {
                    anim: false,
                    soft: false,
                    genitive: GenPl::Iv,
                },
                Plural,
                &[
                    "щодо обміну полоненими",
                    "щодо зернового коридору",
                    "про безпекові гарантії",
                ],
            ),
            (
                "Засідання",
                Decl::NeutYa,
                Neut,
                &[
                    "«Рамштайн»",
                    "Контактної групи з питань оборони",
                    "Ради асоціації Україна – ЄС",
                ],
            ),
            (
                "Конгрес",
                INST,
                Masc,
                &["місцевих і регіональних влад", "аграріїв", "медіа"],
            ),
        ];
        let (head, decl, gender, tails) = rng.pick(&heads);
        let year = 2023 + rng.below(3);
        let mut tail = rng.pick(tails).to_string();
        if !places.is_empty() && rng.chance(0.6) {
            let place = rng.pick(places).name.forms.get(Case::Loc);
            tail = format!("{tail} {} {place}", prep_u(place));
        }
        if relaxed {
            let season = rng.pick(&["весна", "літо", "осінь", "зима"]);
            tail = format!("{tail} ({season} {year})");
        }
        Draft {
            lower_in_text: true,
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Event,
            name: name(&[word(head, *decl), fixed(&tail)], *gender),
            short: None,
            role: None,
            aliases: Vec::new(),
            description: format!("Міжнародний захід {year} року"),
        }
    }

    fn real_others() -> Vec<Draft> {
        // Common-noun heads («система Patriot») are lower-case in text, names are not.
        let common = [
            "Система",
            "Винищувачі",
            "Марафон",
            "Ініціатива",
            "Платформа",
        ];
        let other = |parts: &[Forms], gender: Gender, aliases: &[&str], desc: &str| Draft {
            lower_in_text: common.contains(&parts[0].nom()),
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Other,
            name: name(parts, gender),
            short: None,
            role: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            description: desc.to_string(),
        };
        vec![
            other(
                &[word("Будапештський", ADJ_M), word("меморандум", INST)],
                Masc,
                &[],
                "Міжнародна угода 1994 року про гарантії безпеки",
            ),
            other(
                &[
                    word("Мінські", ADJ_PL),
                    word(
                        "домовленості",
                        Decl::Plural {
                            anim: false,
                            soft: true,
                            genitive: GenPl::Ey,
                        },
                    ),
                ],
                Plural,
                &[],
                "Угоди 2014–2015 років щодо Донбасу",
            ),
            other(
                &[
                    word("Чорноморський", ADJ_M),
                    word("зерновий", ADJ_M),
                    word("коридор", INST),
                ],
                Masc,
                &[],
                "Морський маршрут для експорту зерна",
            ),
            other(
                &[word("Формула", Decl::FemA), fixed("миру")],
                Fem,
                &[],
                "Український мирний план",
            ),
            other(
                &[word("Система", Decl::FemA), fixed("Patriot")],
                Fem,
                &["Patriot"],
                "Зенітний ракетний комплекс",
            ),
            other(
                &[
                    word(
                        "Винищувачі",
                        Decl::Plural {
                            anim: false,
                            soft: false,
                            genitive: GenPl::Iv,
                        },
                    ),
                    fixed("F-16"),
                ],
                Plural,
                &["F-16"],
                "Багатоцільові винищувачі",
            ),
            other(
                &[word("Марафон", INST), fixed("«Єдині новини»")],
                Masc,
                &[],
                "Телевізійний марафон",
            ),
            other(
                &[word("Ініціатива", Decl::FemA), fixed("«Зерно з України»")],
                Fem,
                &[],
                "Гуманітарна продовольча програма",
            ),
            other(
                &[word("Платформа", Decl::FemA), fixed("«Дія»")],
                Fem,
                &[],
                "Державний цифровий сервіс",
            ),
        ]
    }

    /// Programmes, projects, initiatives and laws.
    fn generated_other(rng: &mut Rng, relaxed: bool) -> Draft {
        const PROGRAMS: &[&str] = &[
            "єОселя",
            "єВідновлення",
            "Армія дронів",
            "Зроблено в Україні",
            "Пліч-о-пліч",
            "Власна справа",
            "Національний кешбек",
            "Шкільний автобус",
            "Тепла зима",
            "Світло громадам",
            "Чиста вода",
            "Безпечні дороги",
            "Цифрова громада",
            "Зелений кредит",
            "Доступні ліки",
            "Ветеранський бізнес",
            "Знання без меж",
            "Доступні кредити 5-7-9%",
        ];
        const LAWS: &[&str] = &[
            "мобілізацію",
            "санкції",
            "медіа",
            "корінні народи",
            "енергоефективність будівель",
            "державну службу",
            "критичну інфраструктуру",
            "електронні комунікації",
            "ринок землі",
            "кібербезпеку",
            "віртуальні активи",
            "місцеве самоврядування",
            "військовий облік",
        ];
        let title = if rng.chance(0.4) {
            rng.pick(PROGRAMS).to_string()
        } else {
            brand(rng, relaxed)
        };
        let (head, decl, gender, what) = match rng.below(5) {
            0 => ("Програма", Decl::FemA, Fem, "Державна програма"),
            1 => ("Проєкт", INST, Masc, "Проєкт"),
            2 => ("Ініціатива", Decl::FemA, Fem, "Громадська ініціатива"),
            3 => ("Платформа", Decl::FemA, Fem, "Цифрова платформа"),
            _ => {
                let law = rng.pick(LAWS);
                let tail = if relaxed {
                    format!("про {law} («{title}»)")
                } else {
                    format!("про {law}")
                };
                return Draft {
                    lower_in_text: true,
                    abroad: false,
                    actor: Actor::Gov,
                    kind: Kind::Other,
                    name: name(&[word("Закон", INST), fixed(&tail)], Masc),
                    short: None,
                    role: None,
                    aliases: Vec::new(),
                    description: "Закон України".to_string(),
                };
            }
        };
        Draft {
            lower_in_text: true,
            abroad: false,
            actor: Actor::Gov,
            kind: Kind::Other,
            name: name(&[word(head, decl), fixed(&format!("«{title}»"))], gender),
            short: None,
            role: None,
            aliases: Vec::new(),
            description: what.to_string(),
        }
    }
}

// ------------------------------------------------------------------------------------
/// The entities plus what the article writers need to pick them.
pub struct Corpus {
    pub entities: Vec<entities::Entity>,
    /// Zipf weights (1/rank) over `by_rank`, which is a seeded shuffle of all entities.
    popularity: rng::Weighted,
    by_rank: Vec<usize>,
    /// Places in Ukraine, for the daily summary and chronology items.
    places: Vec<usize>,
    general_staff: Option<usize>,
    seed: u64,
}

impl Corpus {
    fn new(entities: Vec<entities::Entity>, seed: u64) -> Corpus {
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

    fn popular(&self, rng: &mut Rng) -> usize {
        self.by_rank[self.popularity.sample(rng)]
    }

    /// `k` distinct entities, drawn by popularity.
    fn sample_distinct(&self, k: usize, rng: &mut Rng) -> Vec<usize> {
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
    fn place(&self, rng: &mut Rng) -> Option<usize> {
        for _ in 0..20 {
            let e = self.popular(rng);
            if self.entities[e].kind == entities::Kind::Place && !self.entities[e].abroad {
                return Some(e);
            }
        }
        (!self.places.is_empty()).then(|| *rng.pick(&self.places))
    }
}

// ------------------------------------------------------------------------------------
/// Article text: sentences from templates, entities inflected in context.
mod text {
    use crate::Corpus;
    use crate::calendar::{self, Day};
    use crate::entities::{Entity, Kind, Name};
    use crate::grammar::{
        CASES, Case, Forms, Gender, after_number, capitalize, lower_first, past, prep_u, prep_z,
    };
    use crate::rng::Rng;
    use crate::vocab::{self, Actor};

    /// An article body, kept as paragraphs so quotes can be drawn from it.
    pub struct Body {
        pub paragraphs: Vec<String>,
        /// Entities in order of first mention.
        pub entities: Vec<usize>,
    }

    impl Body {
        pub fn text(&self) -> String {
            self.paragraphs.join("\n\n")
        }
    }

    /// How an entity is written in one sentence: role + full name on first mention,
    /// then mostly the short form.
    pub struct Mention<'a> {
        role: Option<&'a Forms>,
        name: &'a Name,
        lower: bool,
        actor: Actor,
    }

    impl Mention<'_> {
        fn get(&self, case: Case) -> String {
            let name = self.name.forms.get(case);
            let name = if self.lower {
                lower_first(name)
            } else {
                name.to_string()
            };
            match self.role {
                Some(role) => format!("{} {name}", role.get(case)),
                None => name,
            }
        }
    }

    pub struct Writer<'a> {
        pub rng: &'a mut Rng,
        corpus: &'a Corpus,
        date: Day,
        mentioned: Vec<usize>,
        /// Templates already used in this article, to avoid verbatim repeats.
        used: Vec<&'static str>,
    }

    impl<'a> Writer<'a> {
        pub fn new(rng: &'a mut Rng, corpus: &'a Corpus, date: Day) -> Self {
            Writer {
                rng,
                corpus,
                date,
                mentioned: Vec::new(),
                used: Vec::new(),
            }
        }

        fn mention(&mut self, e: usize) -> Mention<'a> {
            let corpus: &'a Corpus = self.corpus;
            let ent = &corpus.entities[e];
            let (lower, actor) = (ent.lower_in_text, ent.actor);
            if !self.mentioned.contains(&e) {
                self.mentioned.push(e);
                let role = ent.role.as_ref().filter(|_| self.rng.chance(0.6));
                return Mention {
                    role,
                    name: &ent.name,
                    lower,
                    actor,
                };
            }
            let name = match &ent.short {
                Some(short) if self.rng.chance(0.8) => short,
                _ => &ent.name,
            };
            Mention {
                role: None,
                name,
                lower,
                actor,
            }
        }

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
                "N" | "G" | "D" | "A" | "I" | "L" => {
                    out.push_str(&m.expect("entity").get(case(key)))
                }
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

        /// A subordinate clause in any tense: a ready-made one or subject–verb–object.
        fn clause(&mut self) -> String {
            if self.rng.chance(0.4) {
                let c = self.rng.pick(vocab::CLAUSES_NOW);
                return self.render(c, None);
            }
            self.past_clause()
        }

        fn past_clause(&mut self) -> String {
            if self.rng.chance(0.3) {
                let c = self.rng.pick(vocab::CLAUSES_PAST);
                return self.render(c, None);
            }
            let with_adverbial = self.rng.chance(0.5);
            self.svo(with_adverbial)
        }

        /// A past verb agreeing with `gender` and an object, both fit for `actor`.
        fn verb_object(&mut self, gender: Gender, actor: Actor) -> String {
            let (_, verbs, objects) = self
                .rng
                .pick_where(vocab::VERB_OBJECTS, |g| g.0.contains(&actor));
            let verb = past(self.rng.word(verbs), gender, false);
            let object = self.pick_render(objects);
            format!("{verb} {object}")
        }

        /// An accusative object of public interest (not a company's own business);
        /// `diplomatic`: one that partners deal with, for summits and talks.
        fn object(&mut self, diplomatic: bool) -> String {
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
        fn pick_render(&mut self, list: &[&str]) -> String {
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

        fn filler(&mut self) -> String {
            let template = self.fresh(vocab::FILLERS);
            if template == "{S}" {
                let with_adverbial = self.rng.chance(0.6);
                let s = self.svo(with_adverbial);
                return capitalize(&format!("{s}."));
            }
            capitalize(&self.render(template, None))
        }

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
                let closing =
                    self.render("Дані уточнюються. Інформацію {v:оприлюдни} {N}.", Some(&m));
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

    /// Thousands separated by spaces, as Ukrainian news print them: 12 500.
    pub fn number(n: u64) -> String {
        let digits = n.to_string();
        if digits.len() <= 4 {
            return digits;
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }

    /// Tenths with a decimal comma: 37 → «3,7», 40 → «4».
    fn decimal(tenths: usize) -> String {
        if tenths.is_multiple_of(10) {
            (tenths / 10).to_string()
        } else {
            format!("{},{}", tenths / 10, tenths % 10)
        }
    }
}

// ------------------------------------------------------------------------------------
/// Seed files, sidecars, entity files and the other site files.
mod output {
    use std::fs;
    use std::io;
    use std::path::{Path, PathBuf};
    use std::sync::mpsc;

    use crate::calendar;
    use crate::cli::Args;
    use crate::entities::{Entity, Kind};
    use crate::rng::Rng;
    use crate::schedule::Planned;
    use crate::text::{Body, Writer, number};
    use crate::{Corpus, grammar, translit, vocab, yaml};

    pub const MARKER: &str = ".annalist-corpus";
    /// Everything the generator writes; the only entries it ever removes.
    const OURS: [&str; 4] = ["seeds", "content", "site.yaml", MARKER];

    /// Creates `dir`, or empties our previous corpus in it. A non-empty directory
    /// without the marker is refused, so a typo in `--out` cannot wipe real files.
    pub fn prepare_dir(dir: &Path) -> io::Result<()> {
        if !dir.exists() {
            return fs::create_dir_all(dir);
        }
        if !dir.is_dir() {
            return Err(io::Error::other(format!(
                "{} is not a directory",
                dir.display()
            )));
        }
        let empty = fs::read_dir(dir)?.next().is_none();
        if empty {
            return Ok(());
        }
        if !dir.join(MARKER).is_file() {
            return Err(io::Error::other(format!(
                "refusing to write into {}: it is not empty and has no {MARKER} marker \
                 (pass a new or empty directory, or one written by this generator)",
                dir.display()
            )));
        }
        for name in OURS {
            let path = dir.join(name);
            // symlink_metadata: a symlink is removed itself, never followed.
            match fs::symlink_metadata(&path) {
                Ok(meta) if meta.is_dir() => fs::remove_dir_all(&path)?,
                Ok(_) => fs::remove_file(&path)?,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The marker says which arguments made the corpus and whether it is complete, so
    /// scripts/bench can tell a finished corpus from an interrupted one.
    pub fn write_marker(args: &Args, complete: bool) -> io::Result<()> {
        let text = format!(
            "# written by examples/corpus.rs; the generator may replace this directory\n\
             status: {}\narticles: {}\nentities: {}\nseed: {}\n",
            if complete { "complete" } else { "incomplete" },
            args.articles,
            args.entities,
            args.seed
        );
        fs::write(args.out.join(MARKER), text)
    }

    pub fn write_site(args: &Args) -> io::Result<()> {
        let root = &args.out;
        for dir in [
            "seeds",
            "content/articles",
            "content/entities",
            "content/pages",
        ] {
            fs::create_dir_all(root.join(dir))?;
        }
        let title = format!(
            "Анналіст: синтетичний корпус ({} статей)",
            number(args.articles as u64)
        );
        let description = format!(
            "Згенерований дайджест для бенчмарків: {} статей, {} сутностей, seed {}.",
            args.articles, args.entities, args.seed
        );
        let site = format!(
            "title: {}\ndescription: {}\nbase_url: https://example.org/\nlanguage: uk\n",
            yaml::scalar(&title),
            yaml::scalar(&description)
        );
        fs::write(root.join("site.yaml"), site)?;
        let about = "---\ntitle: Про проєкт\n---\n\
            Цей сайт **згенеровано** прикладом `examples/corpus.rs` для вимірювання \
            швидкості annalist. Тексти синтетичні: слова справжні, події – ні.\n\n\
            Усі збіги імен з реальними людьми випадкові.\n";
        fs::write(root.join("content/pages/about.md"), about)
    }

    pub fn write_entities(root: &Path, corpus: &Corpus) -> io::Result<()> {
        let dir = root.join("content/entities");
        for (i, e) in corpus.entities.iter().enumerate() {
            let mut rng = Rng::derive(corpus.seed, 0xE4717, i as u64);
            fs::write(dir.join(format!("{}.md", e.slug)), entity_file(e, &mut rng))?;
        }
        Ok(())
    }

    fn entity_file(e: &Entity, rng: &mut Rng) -> String {
        let name = e.name.forms.nom();
        let mut s = format!(
            "---\nname: {}\nkind: {}\naliases: {}\ndescription: {}\n---\n",
            yaml::scalar(name),
            e.kind.as_str(),
            yaml::flow_list(&e.aliases),
            yaml::scalar(&e.description)
        );
        let since = 2014 + rng.below(10);
        let lower = grammar::lower_first(&e.description);
        s.push_str(&format!("**{name}** – {lower}.\n"));
        let more = match e.kind {
            Kind::Person => format!(
                "\nУ публічному просторі – з {since} року. Часто коментує теми безпеки та економіки."
            ),
            Kind::Organization => format!(
                "\nУ дайджесті згадується з {since} року; офіційні заяви – на сайті установи."
            ),
            Kind::Place => {
                "\nДив. також [мапу](https://www.openstreetmap.org/) та хроніку обстрілів."
                    .to_string()
            }
            Kind::Event => "\nПідсумки заходу – у *хронології*.".to_string(),
            Kind::Other => "\n- статус: чинний\n- джерело: офіційні документи".to_string(),
        };
        if rng.chance(0.7) {
            s.push_str(&more);
            s.push('\n');
        }
        s
    }

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

    fn sidecar(corpus: &Corpus, p: &Planned, body: &Body, rng: &mut Rng) -> String {
        let text = body.text();
        let mut s = String::from("---\n");
        if rng.chance(0.4) {
            s.push_str(&format!(
                "title: {}\n",
                yaml::scalar(&title(corpus, p, body, rng))
            ));
        }
        let mut tags: Vec<&str> = Vec::new();
        for _ in 0..rng.range(1, 4) {
            let tag = *rng.pick(vocab::TAGS);
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        s.push_str(&format!("tags: {}\n", yaml::flow_list(&tags)));
        let (name, url) = source(p, body, rng);
        s.push_str(&format!(
            "source: {{name: {}, url: {}}}\n",
            yaml::scalar(name),
            yaml::url(&url)
        ));
        if rng.chance(0.3) {
            s.push_str(&format!(
                "entities: {}\n",
                yaml::flow_list(&explicit_entities(corpus, body, rng))
            ));
        }
        if rng.chance(0.85) {
            annotations(&mut s, body, &text, p.date, rng);
        }
        events(&mut s, corpus, p.date, rng);
        s.push_str("---\n");
        s.push_str(&editorial(corpus, body, p, rng));
        s
    }

    /// A headline: «Прізвище: «цитата»» (the article's own quote when it has one),
    /// or the lede shortened; the daily summary gets a fixed pattern.
    fn title(corpus: &Corpus, p: &Planned, body: &Body, rng: &mut Rng) -> String {
        if p.summary {
            let (year, _, _) = calendar::civil(p.date);
            return format!(
                "Зведення Генштабу за {} {year} року",
                calendar::day_month(p.date)
            );
        }
        let speaker = body
            .entities
            .iter()
            .map(|&e| &corpus.entities[e])
            .find(|e| e.kind == Kind::Person);
        match speaker {
            Some(person) if rng.chance(0.4) => {
                let text = body.text();
                let own = text
                    .split_once('«')
                    .and_then(|(_, rest)| rest.split_once('»'))
                    .map(|(quote, _)| quote)
                    .filter(|q| q.chars().count() <= 80);
                let quote = own.unwrap_or_else(|| {
                    let q = rng.word(vocab::QUOTES);
                    q.split(',').next().unwrap_or(q)
                });
                let who = person.short.as_ref().unwrap_or(&person.name).forms.nom();
                format!("{who}: «{quote}»")
            }
            _ => {
                let lede = body.paragraphs[0].split(". ").next().unwrap_or_default();
                shorten(lede.trim_end_matches('.'), 90)
            }
        }
    }

    /// Splits at spaces into lines of at most `width` characters (longer words stay
    /// whole); in Markdown the line breaks are soft.
    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for word in text.split(' ') {
            match lines.last_mut() {
                Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_string()),
            }
        }
        lines
    }

    fn shorten(s: &str, max_chars: usize) -> String {
        if s.chars().count() <= max_chars {
            return s.to_string();
        }
        let cut: String = s.chars().take(max_chars).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{}…", cut.trim_end_matches([',', ':', ' ', '–']))
    }

    fn source<'a>(p: &Planned, body: &Body, rng: &mut Rng) -> (&'a str, String) {
        let (name, pattern) = *rng.pick(vocab::SOURCES);
        let (y, m, d) = calendar::civil(p.date);
        let words: Vec<&str> = body.paragraphs[0].split(' ').take(6).collect();
        let slug = translit::slug(&words.join(" "));
        let url = pattern
            .replace("{y}", &y.to_string())
            .replace("{m}", &format!("{m:02}"))
            .replace("{d}", &format!("{d:02}"))
            .replace("{n}", &(3_000_000 + p.index * 7 + rng.below(7)).to_string())
            .replace("{s}", &slug);
        (name, url)
    }

    /// Mostly entities the text mentions anyway; sometimes one it does not (an
    /// editor's explicit addition).
    fn explicit_entities(corpus: &Corpus, body: &Body, rng: &mut Rng) -> Vec<String> {
        let mut out = Vec::new();
        for _ in 0..rng.range(1, 3) {
            let e = if body.entities.is_empty() || rng.chance(0.2) {
                corpus.popular(rng)
            } else {
                *rng.pick(&body.entities)
            };
            let slug = corpus.entities[e].slug.clone();
            if !out.contains(&slug) {
                out.push(slug);
            }
        }
        out
    }

    fn annotations(s: &mut String, body: &Body, text: &str, date: calendar::Day, rng: &mut Rng) {
        let mut quotes: Vec<String> = Vec::new();
        for _ in 0..rng.range(1, 3) {
            if let Some(q) = unique_quote(body, text, &quotes, rng) {
                quotes.push(q);
            }
        }
        if quotes.is_empty() {
            return;
        }
        s.push_str("annotations:\n");
        for q in &quotes {
            s.push_str(&format!("  - quote: {}\n", yaml::scalar(q)));
            let note = note(date, rng);
            if rng.chance(0.15) {
                // Sometimes a literal block, as an editor writing a longer note would.
                s.push_str("    note: |\n");
                for line in wrap(&note, 60) {
                    s.push_str(&format!("      {line}\n"));
                }
            } else {
                s.push_str(&format!("    note: {}\n", yaml::scalar(&note)));
            }
        }
    }

    fn note(date: calendar::Day, rng: &mut Rng) -> String {
        let template = rng.pick(vocab::NOTES);
        template
            .replace("{d}", &calendar::day_month(date))
            .replace("{t}", rng.word(vocab::TOPICS))
    }

    /// A 2–6 word phrase that occurs exactly once in the article text (overlaps
    /// included), trimmed of punctuation at its ends: what an editor would select.
    fn unique_quote(body: &Body, text: &str, taken: &[String], rng: &mut Rng) -> Option<String> {
        for _ in 0..40 {
            let paragraph = rng.pick(&body.paragraphs);
            let words: Vec<&str> = paragraph.split(' ').collect();
            let len = rng.range(2, 6);
            if words.len() < len {
                continue;
            }
            let start = rng.below(words.len() - len + 1);
            let phrase = words[start..start + len].join(" ");
            let phrase = phrase.trim_matches(|c: char| !c.is_alphanumeric());
            let overlaps = taken
                .iter()
                .any(|t| t.contains(phrase) || phrase.contains(t.as_str()));
            // Editors select inside one sentence and never half a bracket or quote.
            let first_word = phrase.split(' ').next().unwrap_or_default();
            let clean = !phrase.contains(". ")
                && !first_word.ends_with([',', ':', ';'])
                && phrase.matches('«').count() == phrase.matches('»').count()
                && phrase.matches('(').count() == phrase.matches(')').count();
            if phrase.split(' ').count() < 2 || overlaps || !clean {
                continue;
            }
            if occurs_once(text, phrase) {
                return Some(phrase.to_string());
            }
        }
        None
    }

    fn occurs_once(haystack: &str, needle: &str) -> bool {
        match haystack.find(needle) {
            Some(at) => {
                let next = at + needle.chars().next().map_or(1, char::len_utf8);
                !haystack[next..].contains(needle)
            }
            None => false,
        }
    }

    fn events(s: &mut String, corpus: &Corpus, date: calendar::Day, rng: &mut Rng) {
        let n = match rng.below(10) {
            0..=5 => 0,
            6..=8 => 1,
            _ => 2,
        };
        if n == 0 {
            return;
        }
        s.push_str("events:\n");
        for _ in 0..n {
            let when = date - rng.below(60) as i64;
            let template = rng.pick(vocab::EVENT_TEXTS);
            let place = corpus
                .place(rng)
                .map(|p| {
                    corpus.entities[p]
                        .name
                        .forms
                        .get(grammar::Case::Loc)
                        .to_string()
                })
                .unwrap_or_else(|| "Києві".to_string());
            let text = template
                .replace("{uP}", &format!("{} {place}", grammar::prep_u(&place)))
                .replace("{t}", rng.word(vocab::TOPICS));
            s.push_str(&format!(
                "  - date: {}\n    text: {}\n",
                calendar::iso(when),
                yaml::scalar(&text)
            ));
        }
    }

    /// The editorial note: one or two paragraphs, sometimes a list, a quote or a
    /// fenced code block with a language.
    fn editorial(corpus: &Corpus, body: &Body, p: &Planned, rng: &mut Rng) -> String {
        let mut out = String::new();
        let mut writer = Writer::new(rng, corpus, p.date);
        for _ in 0..writer.rng.range(1, 2) {
            let template = writer.fresh(vocab::EDITORIAL);
            out.push_str(&writer.render(template, None));
            out.push_str("\n\n");
        }
        if let Some(&e) = body.entities.first() {
            let ent = &corpus.entities[e];
            let lead = if ent.kind == Kind::Person {
                "Ключова постать матеріалу"
            } else {
                "Див. також сторінку"
            };
            out.push_str(&format!(
                "{lead} – [{}](/entities/{}/).\n\n",
                ent.name.forms.nom(),
                ent.slug
            ));
        }
        match rng.below(10) {
            0 => out.push_str(&format!(
                "```json\n{{\n  \"article\": \"{}\",\n  \"verified\": {},\n  \"sources\": {}\n}}\n```\n",
                p.id,
                rng.chance(0.5),
                rng.range(1, 4)
            )),
            1 => out.push_str("```yaml\nstatus: перевірено\nreviewers: [редакція]\n```\n"),
            2 => out.push_str("- перевірено за двома джерелами;\n- цифри – станом на день публікації.\n"),
            3 => out.push_str(&format!("> «{}»\n", rng.pick(vocab::QUOTES))),
            4 => out.push_str(&format!(
                "Як перевірити:\n\n```bash\ncurl -s 'https://example.org/api/articles/{}' | jq '.sources'\n```\n",
                p.id
            )),
            _ => {}
        }
        out.trim_end().to_string() + "\n"
    }
}

// ------------------------------------------------------------------------------------
// `cargo test --example corpus`
#[cfg(test)]
mod tests {
    use crate::entities::Kind;
    use crate::grammar::{Decl, Forms, GenPl, decline, prep_u, prep_z};
    use crate::text::Writer;
    use crate::{Corpus, Rng, entities, translit, yaml};

    fn forms(nom: &str, decl: Decl) -> Vec<String> {
        let Forms(f) = decline(nom, decl);
        f.to_vec()
    }

    #[test]
    fn declines_names_places_and_institutions() {
        let person = Decl::Hard {
            anim: true,
            gen_u: false,
            alt: false,
        };
        assert_eq!(
            forms("Кислиця", Decl::FemYa),
            [
                "Кислиця",
                "Кислиці",
                "Кислиці",
                "Кислицю",
                "Кислицею",
                "Кислиці"
            ]
        );
        assert_eq!(
            forms("Сергій", Decl::Soft { anim: true }),
            [
                "Сергій",
                "Сергія",
                "Сергієві",
                "Сергія",
                "Сергієм",
                "Сергієві"
            ]
        );
        assert_eq!(
            forms("Мельник", person),
            [
                "Мельник",
                "Мельника",
                "Мельникові",
                "Мельника",
                "Мельником",
                "Мельникові"
            ]
        );
        assert_eq!(
            forms("Ольга", Decl::FemA),
            ["Ольга", "Ольги", "Ользі", "Ольгу", "Ольгою", "Ользі"]
        );
        let city = Decl::Hard {
            anim: false,
            gen_u: false,
            alt: true,
        };
        assert_eq!(
            forms("Харків", city),
            [
                "Харків",
                "Харкова",
                "Харкову",
                "Харків",
                "Харковом",
                "Харкові"
            ]
        );
        assert_eq!(forms("Київ", city)[1], "Києва");
        let plural = Decl::Plural {
            anim: false,
            soft: false,
            genitive: GenPl::Zero,
        };
        assert_eq!(
            forms("Суми", plural),
            ["Суми", "Сум", "Сумам", "Суми", "Сумами", "Сумах"]
        );
        let inst = Decl::Hard {
            anim: false,
            gen_u: true,
            alt: false,
        };
        assert_eq!(forms("банк", inst)[5], "банку");
        assert_eq!(forms("Міністерство", Decl::NeutO)[5], "Міністерстві");
    }

    #[test]
    fn chooses_prepositions_by_euphony() {
        assert_eq!(prep_u("Одесі"), "в");
        assert_eq!(prep_u("Львові"), "у");
        assert_eq!(prep_z("Харковом"), "з");
        assert_eq!(prep_z("Сумами"), "із");
        assert_eq!(prep_z("Стамбулом"), "зі");
    }

    #[test]
    fn transliterates_kmu_2010() {
        assert_eq!(translit::slug("Сергій Кислиця"), "serhii-kyslytsia");
        assert_eq!(translit::slug("Євген Ярошевич"), "yevhen-yaroshevych");
        assert_eq!(translit::slug("Згорани, Київ"), "zghorany-kyiv");
        assert_eq!(translit::slug("Слов’янськ"), "sloviansk");
        assert_eq!(
            translit::slug("Компанія «Green Grid»"),
            "kompaniia-green-grid"
        );
    }

    #[test]
    fn quotes_yaml_only_when_needed() {
        assert_eq!(yaml::scalar("переговори"), "переговори");
        assert_eq!(yaml::scalar("Кислиця: «так»"), "\"Кислиця: «так»\"");
        assert_eq!(yaml::scalar("2025 рік"), "\"2025 рік\"");
        assert_eq!(yaml::scalar("no"), "\"no\"");
        assert_eq!(yaml::quoted("a \"b\" \\ #c"), r#""a \"b\" \\ #c""#);
        assert_eq!(
            yaml::flow_list(&["ППО", "гуманітарна допомога"]),
            "[ППО, гуманітарна допомога]"
        );
    }

    #[test]
    fn entities_are_unique_and_complete() {
        let all = entities::generate(2000, 9).expect("entities");
        assert_eq!(all.len(), 2000);
        let mut names: Vec<&str> = all.iter().map(|e| e.name.forms.nom()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 2000);
        let people = all.iter().filter(|e| e.kind == Kind::Person);
        assert!(
            people
                .clone()
                .all(|p| p.aliases.len() == 1 && p.role.is_some())
        );
    }

    #[test]
    fn articles_depend_only_on_seed_and_index() {
        let corpus = Corpus::new(entities::generate(200, 1).expect("entities"), 1);
        let article = |index: u64| {
            let mut rng = Rng::derive(1, 7, index);
            Writer::new(&mut rng, &corpus, 20_000).news().text()
        };
        assert_eq!(article(5), article(5));
        assert_ne!(article(5), article(6));
        let text = article(5);
        assert!((1000..6000).contains(&text.len()), "{} bytes", text.len());
    }
}
