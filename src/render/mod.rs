//! Stage 4 of the pipeline: every output file, rendered in parallel and handed to the
//! staging folder as soon as it is ready (so memory never holds the whole site).

mod annotations;
mod collate;
mod feeds;
pub mod i18n;
mod jobs;
pub mod markdown;
mod pages;
mod sitemap;
mod templates;
mod text;
pub mod urls;
mod views;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::analyze::Analysis;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Theme;
use crate::load::theme::{Asset, StaticFile};
use crate::model::Site;
use crate::write::Staging;
use collate::Collation;
use i18n::I18n;
use pages::{Pages, Prepared};
pub use templates::Templates;
use urls::Urls;
use views::{NavItem, SiteView};

/// What a build wrote, for the summary line.
#[derive(Debug, Default)]
pub struct Rendered {
    pub pages: usize,
    pub files: usize,
}

/// Parses the theme's templates and sets the site-wide values they read.
pub fn templates(site: &Site, theme: &Theme) -> Result<Templates, Diagnostics> {
    let mut templates = Templates::new(theme)?;
    let i18n = I18n::new(site.config.language);
    let urls = Urls::new(&site.config.base_url);
    templates.set_global("site", &site_view(site, &urls, &i18n));
    templates.set_global("t", i18n.strings());
    Ok(templates)
}

/// Renders every page, feed and sitemap into `staging`, and copies the static files.
pub fn render(
    site: &Site,
    analysis: &Analysis,
    templates: &Templates,
    static_files: &[StaticFile],
    staging: &Staging,
) -> Result<Rendered, Diagnostics> {
    let i18n = I18n::new(site.config.language);
    let urls = Urls::new(&site.config.base_url);
    let months = jobs::chronology_months(analysis);
    let all = jobs::all(site, analysis, &months);
    let collation = Collation::new(site.config.language);
    let pages = Pages {
        site,
        analysis,
        months: &months,
        urls: &urls,
        i18n: &i18n,
        collation: &collation,
        prepared: &Prepared::new(site, &urls, &i18n, &collation),
    };
    // One diagnostic per template (or per file) is enough: a broken template would
    // otherwise repeat its error for each of 100,000 pages.
    let failures: Mutex<BTreeMap<String, Diagnostic>> = Mutex::new(BTreeMap::new());
    let written = AtomicUsize::new(0);
    // The sitemap is one thread's work (0.1 s at 100,000 pages): made beside the pages.
    let write_pages = || {
        all.par_iter()
            .with_max_len(crate::PARALLEL_BATCH)
            .for_each(|&job| {
                let file = job.file(site, analysis, &months);
                match write_page(&pages, templates, staging, job, &file) {
                    Ok(count) => {
                        written.fetch_add(count, Ordering::Relaxed);
                    }
                    Err(diagnostic) => {
                        let key = diagnostic.path.display().to_string();
                        failures
                            .lock()
                            .expect("no panics while locked")
                            .entry(key)
                            .or_insert(diagnostic);
                    }
                }
            })
    };
    let ((), sitemaps) = rayon::join(write_pages, || {
        write_sitemaps(site, analysis, &urls, &all, &months, staging)
    });
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(
        failures
            .into_inner()
            .expect("no panics while locked")
            .into_values(),
    );
    let mut files = written.into_inner();
    for result in [write_feeds(site, analysis, &urls, staging), sitemaps] {
        match result {
            Ok(count) => files += count,
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    files += copy_static(staging, static_files, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Rendered {
        pages: all.len(),
        files,
    })
}

/// Renders one page into `file` with the files that go beside it; returns how many
/// files that is.
fn write_page(
    pages: &Pages,
    templates: &Templates,
    staging: &Staging,
    job: jobs::Job,
    file: &str,
) -> Result<usize, Diagnostic> {
    let page = pages.build(job)?;
    let html = templates.render(page.template, &page.context)?;
    staging.write(file, &html)?;
    for (path, bytes) in &page.companions {
        staging.write_beside(path, bytes)?;
    }
    Ok(1 + page.companions.len())
}

fn site_view(site: &Site, urls: &Urls, i18n: &I18n) -> SiteView {
    let strings = i18n.strings();
    let mut nav = vec![
        nav_item(strings.digest, urls.link(""), "digest"),
        nav_item(strings.chronology, urls.link("chronology/"), "chronology"),
        nav_item(strings.entities, urls.link("entities/"), "entities"),
        nav_item(strings.tags, urls.link("tags/"), "tags"),
    ];
    for page in &site.pages {
        nav.push(nav_item(
            &page.title,
            urls.link(&format!("{}/", page.slug)),
            &page.slug,
        ));
    }
    SiteView {
        title: site.config.title.clone(),
        description: site.config.description.clone(),
        lang: site.config.language.tag(),
        base_url: site.config.base_url.clone(),
        base_path: urls.base_path().to_string(),
        feed_url: urls.link("feed.xml"),
        nav,
        style_url: urls.link("style.css"),
        script_url: urls.link("notes.js"),
        author: site.config.author.clone(),
    }
}

fn nav_item(label: &str, url: String, section: &str) -> NavItem {
    NavItem {
        label: label.to_string(),
        url,
        section: section.to_string(),
    }
}

/// The site's Atom feed and one per entity, each written as soon as it is made (10,000
/// entity feeds held at once would take a noticeable share of memory).
fn write_feeds(
    site: &Site,
    analysis: &Analysis,
    urls: &Urls,
    staging: &Staging,
) -> Result<usize, Diagnostic> {
    analysis
        .entity_articles
        .par_iter()
        .with_max_len(crate::PARALLEL_BATCH)
        .enumerate()
        .try_for_each(|(entity, articles)| {
            let path = format!("{}feed.xml", urls::entity(&site.entities[entity].slug));
            staging.write(
                &path,
                feeds::entity_feed(site, urls, entity, articles).as_bytes(),
            )
        })?;
    staging.write("feed.xml", feeds::site_feed(site, urls).as_bytes())?;
    Ok(analysis.entity_articles.len() + 1)
}

/// `sitemap.xml` (and numbered sitemaps beyond 50,000 pages).
fn write_sitemaps(
    site: &Site,
    analysis: &Analysis,
    urls: &Urls,
    all: &[jobs::Job],
    months: &[jobs::Month],
    staging: &Staging,
) -> Result<usize, Diagnostic> {
    let page_urls: Vec<String> = all
        .iter()
        .filter(|job| **job != jobs::Job::NotFound)
        .map(|job| urls.absolute(&job.path(site, analysis, months)))
        .collect();
    let files = sitemap::sitemaps(&page_urls, |path| urls.absolute(path))?;
    for (path, bytes) in &files {
        staging.write(path, bytes)?;
    }
    Ok(files.len())
}

/// Theme assets first, then the site's own `static/`, which wins on a clash.
fn copy_static(staging: &Staging, files: &[StaticFile], diagnostics: &mut Diagnostics) -> usize {
    let mut by_output: BTreeMap<&std::path::Path, &Asset> = BTreeMap::new();
    for file in files {
        by_output.insert(&file.output, &file.asset);
    }
    for (output, asset) in &by_output {
        let result = match asset {
            Asset::File(path) => staging.copy(path, output),
            Asset::Embedded(bytes) => staging.write(&output.to_string_lossy(), bytes),
        };
        if let Err(diagnostic) = result {
            diagnostics.push(diagnostic);
        }
    }
    by_output.len()
}
