//! `sitemap.xml`, written by sitemap-rs: every page by absolute URL. Beyond the
//! protocol's 50,000 URLs a file, `sitemap.xml` becomes an index of numbered sitemaps.

use sitemap_rs::sitemap::Sitemap;
use sitemap_rs::sitemap_index::SitemapIndex;
use sitemap_rs::url::Url;
use sitemap_rs::url_set::UrlSet;

use crate::diagnostic::Diagnostic;

/// The protocol's limit of URLs per sitemap file.
pub const MAX_URLS: usize = 50_000;

/// The sitemap files to write: (path in the output, bytes).
pub fn sitemaps(
    urls: &[String],
    absolute: impl Fn(&str) -> String,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    if urls.len() <= MAX_URLS {
        return Ok(vec![("sitemap.xml".to_string(), url_set(urls)?)]);
    }
    let mut files = Vec::new();
    let mut index = Vec::new();
    for (number, chunk) in urls.chunks(MAX_URLS).enumerate() {
        let name = format!("sitemap-{}.xml", number + 1);
        index.push(Sitemap::new(absolute(&name), None));
        files.push((name, url_set(chunk)?));
    }
    let mut bytes = Vec::new();
    SitemapIndex::new(index)
        .map_err(|e| error(&e.to_string()))?
        .write(&mut bytes)
        .map_err(|e| error(&e.to_string()))?;
    files.push(("sitemap.xml".to_string(), bytes));
    Ok(files)
}

fn url_set(urls: &[String]) -> Result<Vec<u8>, Diagnostic> {
    let urls: Vec<Url> = urls
        .iter()
        .map(|u| {
            Url::builder(u.clone())
                .build()
                .map_err(|e| error(&e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    let mut bytes = Vec::new();
    UrlSet::new(urls)
        .map_err(|e| error(&e.to_string()))?
        .write(&mut bytes)
        .map_err(|e| error(&e.to_string()))?;
    Ok(bytes)
}

fn error(message: &str) -> Diagnostic {
    Diagnostic::error(
        "sitemap.xml",
        format!("cannot write the sitemap: {message}"),
    )
}
