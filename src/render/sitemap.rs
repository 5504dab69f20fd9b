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

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(count: usize) -> Vec<String> {
        (0..count)
            .map(|i| format!("https://t.example.org/articles/a{i}/"))
            .collect()
    }

    #[test]
    fn one_file_up_to_the_protocol_limit() {
        let files = sitemaps(&urls(MAX_URLS), |p| format!("https://t.example.org/{p}")).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        let xml = String::from_utf8(files[0].1.clone()).unwrap();
        assert_eq!(xml.matches("<url>").count(), MAX_URLS);
    }

    #[test]
    fn an_index_beyond_the_limit() {
        let files = sitemaps(&urls(MAX_URLS + 1), |p| {
            format!("https://t.example.org/{p}")
        })
        .unwrap();
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
        let index = String::from_utf8(files[2].1.clone()).unwrap();
        assert!(index.contains("<sitemapindex"));
        assert!(index.contains("<loc>https://t.example.org/sitemap-2.xml</loc>"));
        let second = String::from_utf8(files[1].1.clone()).unwrap();
        assert_eq!(second.matches("<url>").count(), 1);
    }
}
