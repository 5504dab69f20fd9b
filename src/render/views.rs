//! The typed data each template displays. Templates only show these values; every
//! decision (what to list, in which order, how a date reads) is made before.

use serde::Serialize;

/// What every page's `<head>` and frame need.
#[derive(Debug, Serialize)]
pub struct Meta {
    pub title: String,
    pub description: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// Which navigation entry is current: `digest`, `chronology`, `entities`, `tags`, or a page slug.
    pub section: String,
    /// An Atom feed to announce in `<head>`, besides the site's.
    pub feed: Option<Link>,
    /// Extra `<link rel=alternate>` data, e.g. the annotations of an article.
    pub alternate_json: Option<String>,
}

/// The site-wide values, set once as Tera globals (`site.*`).
#[derive(Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub lang: &'static str,
    pub base_url: String,
    /// URL path prefix of the site (`/` or `/digest/`), for links.
    pub base_path: String,
    pub feed_url: String,
    pub nav: Vec<NavItem>,
    pub style_url: String,
    pub script_url: String,
    pub author: String,
}

#[derive(Debug, Serialize)]
pub struct NavItem {
    pub label: String,
    pub url: String,
    pub section: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub pages: Vec<PageLink>,
}

#[derive(Debug, Serialize)]
pub struct PageLink {
    pub number: usize,
    /// `None` for the gap marker between distant page numbers.
    pub url: Option<String>,
    pub current: bool,
}

/// An article in a list.
#[derive(Debug, Serialize)]
pub struct ArticleCard<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub date: &'a str,
    pub date_iso: &'a str,
    pub summary: &'a str,
    pub tags: Vec<TagLink<'a>>,
    pub source: Option<&'a str>,
}

/// A tag's name and link, borrowed from the strings prepared once per site.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TagLink<'a> {
    pub label: &'a str,
    pub url: &'a str,
}

/// One day's group in a digest list.
#[derive(Debug, Serialize)]
pub struct DayGroup<'a> {
    pub heading: String,
    pub date_iso: String,
    pub url: String,
    pub articles: Vec<ArticleCard<'a>>,
}

#[derive(Debug, Serialize)]
pub struct DigestView<'a> {
    pub heading: String,
    pub intro: Option<String>,
    pub days: Vec<DayGroup<'a>>,
    pub pagination: Pagination,
    pub newer_day: Option<Link>,
    pub older_day: Option<Link>,
    pub count: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ArchiveView {
    pub heading: String,
    pub months: Vec<ArchiveMonth>,
}

#[derive(Debug, Serialize)]
pub struct ArchiveMonth {
    pub heading: String,
    pub days: Vec<CountedLink>,
}

#[derive(Debug, Serialize)]
pub struct CountedLink {
    pub label: String,
    pub url: String,
    pub count: String,
}

#[derive(Debug, Serialize)]
pub struct ArticleView<'a> {
    pub title: &'a str,
    pub date: String,
    pub date_iso: String,
    pub day_url: String,
    pub paragraphs: Vec<ParagraphView>,
    pub note_html: Option<String>,
    pub tags: Vec<TagLink<'a>>,
    pub source: Option<SourceView<'a>>,
    pub sidebar: Vec<SidebarGroup<'a>>,
    pub events: Vec<EventView<'a>>,
    pub notes_count: usize,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    pub annotations_url: Option<String>,
}

/// One paragraph of seed text, already escaped and marked up, with the notes whose
/// quote ends in it (shown beside it on wide screens).
#[derive(Debug, Serialize)]
pub struct ParagraphView {
    pub html: String,
    pub notes: Vec<NoteView>,
}

#[derive(Debug, Serialize)]
pub struct NoteView {
    pub number: usize,
    pub id: String,
    pub html: String,
}

#[derive(Debug, Serialize)]
pub struct SourceView<'a> {
    pub name: &'a str,
    pub url: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct SidebarGroup<'a> {
    pub heading: &'static str,
    pub entities: Vec<SidebarEntity<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SidebarEntity<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub description: &'a str,
    pub mentions: u32,
    pub mentions_label: String,
}

#[derive(Debug, Serialize)]
pub struct EventView<'a> {
    pub date: String,
    pub date_iso: String,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct EntitiesView {
    pub groups: Vec<EntityGroup>,
}

#[derive(Debug, Serialize)]
pub struct EntityGroup {
    pub heading: &'static str,
    pub id: &'static str,
    pub entities: Vec<EntityCard>,
    /// Set when the kind has too many entities for the index: `entities` are then its
    /// most mentioned, and this links to the list of them all.
    pub all: Option<Link>,
}

/// The list of every entity of one kind, by name.
#[derive(Debug, Serialize)]
pub struct EntityKindView {
    pub heading: &'static str,
    pub entities: Vec<EntityCard>,
    pub pagination: Pagination,
}

#[derive(Debug, Serialize)]
pub struct EntityCard {
    pub name: String,
    pub url: String,
    pub description: String,
    pub count: String,
}

#[derive(Debug, Serialize)]
pub struct EntityView<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub description: &'a str,
    pub body_html: Option<String>,
    pub aliases: Vec<&'a str>,
    pub wikidata_url: Option<String>,
    pub count: String,
    pub articles: Vec<EntityArticle<'a>>,
    pub related: Vec<CountedLink>,
    pub pagination: Pagination,
    pub feed_url: String,
}

#[derive(Debug, Serialize)]
/// An article in an entity's list: the sentence that names the entity says more
/// there than the summary, which is shown only when the text never names it.
pub struct EntityArticle<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub date: &'a str,
    pub date_iso: &'a str,
    pub source: Option<&'a str>,
    /// The sentence of the first mention, escaped, the mention in `<mark>`.
    pub sentence_html: Option<String>,
    pub summary: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct ChronologyView<'a> {
    pub heading: String,
    /// On the index of a long chronology: every month with a count.
    pub index: Vec<ChronologyYear>,
    /// The entries shown on this page, by month.
    pub months: Vec<ChronologyMonth<'a>>,
    pub pagination: Pagination,
}

#[derive(Debug, Serialize)]
pub struct ChronologyYear {
    pub year: i32,
    pub months: Vec<CountedLink>,
}

#[derive(Debug, Serialize)]
pub struct ChronologyMonth<'a> {
    pub heading: String,
    pub id: String,
    pub entries: Vec<ChronologyEntry<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ChronologyEntry<'a> {
    pub date: String,
    pub date_iso: String,
    pub title: &'a str,
    pub url: String,
    /// For a sidecar event: its text; the link then goes to the article it comes from.
    pub event: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct TagsView {
    pub tags: Vec<CountedLink>,
}

#[derive(Debug, Serialize)]
pub struct TagView<'a> {
    pub name: &'a str,
    pub count: String,
    pub articles: Vec<ArticleCard<'a>>,
    pub pagination: Pagination,
}

#[derive(Debug, Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    pub body_html: String,
}
