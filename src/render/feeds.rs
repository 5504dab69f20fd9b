//! Atom 1.0 feeds, written by atom_syndication: one for the site, one per entity.
//! Every date comes from the content (the article dates), never from the clock, so
//! two builds of the same input give the same bytes.

use atom_syndication::{Category, Entry, Feed, FixedDateTime, Generator, Link, Person, Text};
use chrono::{NaiveDate, TimeZone, Utc};

use super::urls::{self, Urls};
use crate::model::{Article, Site};

/// Entries in each entity's feed.
pub const ENTITY_FEED_ENTRIES: usize = 20;

/// The site's feed: the newest articles.
pub fn site_feed(site: &Site, urls: &Urls) -> String {
    let newest = site.articles.iter().rev().take(site.config.feed_entries);
    feed(
        site,
        urls,
        FeedInfo {
            title: site.config.title.clone(),
            subtitle: &site.config.description,
            html_path: "",
            feed_path: "feed.xml",
        },
        newest,
    )
}

/// An entity's feed: the newest articles that mention it.
pub fn entity_feed(site: &Site, urls: &Urls, entity: usize, articles: &[usize]) -> String {
    let e = &site.entities[entity];
    let html_path = urls::entity(&e.slug);
    let feed_path = format!("{html_path}feed.xml");
    let newest = articles
        .iter()
        .take(ENTITY_FEED_ENTRIES)
        .map(|&a| &site.articles[a]);
    feed(
        site,
        urls,
        FeedInfo {
            title: format!("{} — {}", site.config.title, e.name),
            subtitle: &e.description,
            html_path: &html_path,
            feed_path: &feed_path,
        },
        newest,
    )
}

struct FeedInfo<'a> {
    title: String,
    subtitle: &'a str,
    html_path: &'a str,
    feed_path: &'a str,
}

fn feed<'a>(
    site: &Site,
    urls: &Urls,
    info: FeedInfo,
    articles: impl Iterator<Item = &'a Article>,
) -> String {
    let entries: Vec<Entry> = articles.map(|a| entry(site, urls, a)).collect();
    // A feed without entries is as new as the site's newest article: still a date
    // from the content, so the same input gives the same feed.
    let newest_article = site.articles.last().map(|a| a.date);
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or_else(|| {
        midnight(newest_article.unwrap_or(NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")))
    });
    let mut feed = Feed::default();
    feed.set_title(Text::plain(info.title));
    if !info.subtitle.is_empty() {
        feed.set_subtitle(Some(Text::plain(info.subtitle)));
    }
    feed.set_id(urls.absolute(info.html_path));
    feed.set_updated(updated);
    feed.set_lang(Some(site.config.language.tag().to_string()));
    feed.set_authors(vec![author(site)]);
    feed.set_links(vec![
        link(
            urls.absolute(info.feed_path),
            "self",
            Some("application/atom+xml"),
        ),
        link(
            urls.absolute(info.html_path),
            "alternate",
            Some("text/html"),
        ),
    ]);
    feed.set_generator(Some(Generator {
        value: "annalist".to_string(),
        uri: None,
        version: Some(env!("CARGO_PKG_VERSION").to_string()),
    }));
    feed.set_entries(entries);
    feed.to_string()
}

fn entry(site: &Site, urls: &Urls, article: &Article) -> Entry {
    let url = urls.absolute(&urls::article(&article.slug));
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(article.title.clone()));
    entry.set_updated(midnight(article.date));
    entry.set_published(Some(midnight(article.date)));
    entry.set_links(vec![link(url, "alternate", Some("text/html"))]);
    entry.set_summary(Some(Text::plain(article.summary.clone())));
    entry.set_categories(
        article
            .tags
            .iter()
            .map(|&t| Category {
                term: site.tags[t].slug.clone(),
                scheme: None,
                label: Some(site.tags[t].name.clone()),
            })
            .collect::<Vec<_>>(),
    );
    entry
}

fn author(site: &Site) -> Person {
    let name = if site.config.author.is_empty() {
        site.config.title.clone()
    } else {
        site.config.author.clone()
    };
    let mut person = Person::default();
    person.set_name(name);
    person.set_uri(Some(site.config.base_url.clone()));
    person
}

fn link(href: String, rel: &str, mime_type: Option<&str>) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link.set_mime_type(mime_type.map(str::to_string));
    link
}

fn midnight(date: NaiveDate) -> FixedDateTime {
    Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).expect("midnight exists"))
        .fixed_offset()
}
