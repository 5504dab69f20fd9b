//! `site.yaml`: the raw keys an editor writes, and the validated [`Config`] the rest of
//! the pipeline reads (defaults applied, URLs normalised).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::front_matter::{self, Point, Spanned};

/// `site.yaml` as written. Unknown keys are errors: a typo must not pass silently.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Spanned<String>,
    #[serde(default)]
    description: Option<String>,
    base_url: Spanned<String>,
    #[serde(default)]
    language: Option<Spanned<String>>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    output_dir: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    per_page: Option<Spanned<usize>>,
    #[serde(default)]
    entity_per_page: Option<Spanned<usize>>,
    #[serde(default)]
    feed_entries: Option<Spanned<usize>>,
}

/// The keys `site.yaml` accepts, for "did you mean" hints.
pub const KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "theme",
    "output_dir",
    "author",
    "per_page",
    "entity_per_page",
    "feed_entries",
];

/// The validated site configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub title: String,
    pub description: String,
    /// Always ends with `/`.
    pub base_url: String,
    pub language: Language,
    pub theme: String,
    pub output_dir: PathBuf,
    pub author: String,
    /// Articles per page of the digest, day and tag lists.
    pub per_page: usize,
    /// Articles per page of an entity's list, which shows one sentence per article.
    pub entity_per_page: usize,
    /// Entries in each Atom feed.
    pub feed_entries: usize,
}

/// The languages the UI strings and dates are translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Ukrainian,
    English,
}

impl Language {
    pub fn tag(self) -> &'static str {
        match self {
            Language::Ukrainian => "uk",
            Language::English => "en",
        }
    }
}

pub const CONFIG_FILE: &str = "site.yaml";

impl Config {
    /// Reads and validates `site.yaml` in `root`.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let source = std::fs::read_to_string(&path).map_err(|error| {
            Diagnostic::error(CONFIG_FILE, format!("cannot read the site configuration: {error}"))
                .hint("every site needs a site.yaml with at least `title` and `base_url`; pass --root DIR to build a site in another folder")
        })?;
        let raw: RawConfig = front_matter::parse_yaml(&source, 0, Path::new(CONFIG_FILE), KEYS)?;
        raw.validate(&source)
    }
}

impl RawConfig {
    fn validate(self, source: &str) -> Result<Config, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let file = Path::new(CONFIG_FILE);
        let base_url = self.base_url.value.trim().to_string();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            diagnostics.push(
                self.base_url
                    .point(source, file, "`base_url` must be an absolute http(s) URL")
                    .hint("write the address the site will be published at, e.g. `base_url: https://digest.example.org/`"),
            );
        }
        let language = match self.language.as_ref().map(|l| l.value.as_str()) {
            None | Some("uk") | Some("uk-UA") => Language::Ukrainian,
            Some("en") | Some("en-GB") | Some("en-US") => Language::English,
            Some(other) => {
                let spanned = self.language.as_ref().expect("language is present");
                diagnostics.push(
                    spanned
                        .point(source, file, format!("unsupported language `{other}`"))
                        .hint("annalist speaks `uk` (the default) and `en`"),
                );
                Language::Ukrainian
            }
        };
        let per_page = positive(self.per_page.as_ref(), 20, source, &mut diagnostics);
        let entity_per_page = positive(self.entity_per_page.as_ref(), 50, source, &mut diagnostics);
        let feed_entries = positive(self.feed_entries.as_ref(), 50, source, &mut diagnostics);
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        Ok(Config {
            title: self.title.value,
            description: self.description.unwrap_or_default(),
            base_url: if base_url.ends_with('/') {
                base_url
            } else {
                base_url + "/"
            },
            language,
            theme: self.theme.unwrap_or_else(|| "default".to_string()),
            output_dir: PathBuf::from(self.output_dir.unwrap_or_else(|| "public".to_string())),
            author: self.author.unwrap_or_default(),
            per_page,
            entity_per_page,
            feed_entries,
        })
    }
}

fn positive(
    value: Option<&Spanned<usize>>,
    default: usize,
    source: &str,
    diagnostics: &mut Diagnostics,
) -> usize {
    match value {
        None => default,
        Some(v) if v.value > 0 => v.value,
        Some(v) => {
            diagnostics.push(
                v.point(
                    source,
                    Path::new(CONFIG_FILE),
                    "this must be a number above zero",
                )
                .hint(format!("remove the key to use the default, {default}")),
            );
            default
        }
    }
}
