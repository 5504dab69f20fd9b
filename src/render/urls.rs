//! Every URL of the site in one place (DESIGN.md §3): pretty URLs, each page an
//! `index.html` in its folder, links relative to the site's base path.

use chrono::NaiveDate;

use crate::model::EntityKind;

/// Paths are relative to the output folder and end in `/` for pages (`articles/x/`).
#[derive(Clone, Debug)]
pub struct Urls {
    /// `/` or `/sub/`: the path part of `base_url`.
    base_path: String,
    /// `https://example.org/sub/`
    base_url: String,
}

impl Urls {
    pub fn new(base_url: &str) -> Urls {
        let after_scheme = base_url
            .split_once("://")
            .map_or(base_url, |(_, rest)| rest);
        let base_path = match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        };
        Urls {
            base_path,
            base_url: base_url.to_string(),
        }
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The link to an output path, for `href`.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// The absolute URL of an output path, for feeds, sitemaps and canonical links.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

pub fn article(slug: &str) -> String {
    format!("articles/{slug}/")
}

pub fn entity(slug: &str) -> String {
    format!("entities/{slug}/")
}

/// The list of every entity of `kind`.
pub fn entity_kind(kind: EntityKind) -> String {
    format!("entities/{}/", kind.list_segment())
}

pub fn tag(slug: &str) -> String {
    format!("tags/{slug}/")
}

pub fn day(date: NaiveDate) -> String {
    format!("digest/{date}/")
}

pub fn chronology_month(year: i32, month: u32) -> String {
    format!("chronology/{year}/{month:02}/")
}

/// Page `page` (1-based) of a list at `path`: `path` itself, then `path/page/2/`, …
pub fn paginated(path: &str, page: usize) -> String {
    if page <= 1 {
        path.to_string()
    } else {
        format!("{path}page/{page}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_from_base_url() {
        let urls = Urls::new("https://example.org/digest/");
        assert_eq!(urls.link("articles/a/"), "/digest/articles/a/");
        assert_eq!(
            urls.absolute("feed.xml"),
            "https://example.org/digest/feed.xml"
        );
        assert_eq!(Urls::new("https://example.org/").link(""), "/");
    }

    #[test]
    fn pagination_paths() {
        assert_eq!(paginated("", 1), "");
        assert_eq!(paginated("", 2), "page/2/");
        assert_eq!(paginated("tags/x/", 3), "tags/x/page/3/");
    }
}
