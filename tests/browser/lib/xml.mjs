// The XML outputs: the sitemap (sitemaps.org 0.9 XSDs, through libxml2 compiled
// to WebAssembly) and the Atom feeds (RFC 4287's RELAX NG schema through Jing,
// then the rules a schema cannot state).

import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import xmllint from "xmllint-wasm";
import { jingCompact } from "./java.mjs";
import { attr, elements } from "./site.mjs";

const SCHEMAS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "schemas");
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const ATOM_NS = "http://www.w3.org/2005/Atom";
const MAX_SITEMAP_URLS = 50000;
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

function parseXml(text, file, check) {
  const problems = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(message);
    },
  }).parseFromString(text, "application/xml");
  for (const p of problems) check.fail(`${file}: not well-formed XML: ${p}`);
  return problems.length ? null : doc;
}

const children = (el, ns, name) =>
  Array.from(el.childNodes).filter((n) => n.nodeType === 1 && n.namespaceURI === ns && (!name || n.localName === name));
const text = (el) => (el?.textContent ?? "").trim();

async function validateXsd(check, file, contents, xsdName) {
  const schema = fs.readFileSync(path.join(SCHEMAS, xsdName), "utf8");
  const result = await xmllint.validateXML({
    xml: [{ fileName: file, contents }],
    schema: [{ fileName: xsdName, contents: schema }],
    maxMemoryPages: xmllint.memoryPages.GiB,
  });
  for (const e of result.errors) check.fail(`${file} against ${xsdName}: ${e.rawMessage}`);
  return result.valid;
}

/** (d) sitemap.xml (or a sitemap index and each of its sitemaps) against the sitemaps.org XSDs. */
export async function checkSitemap(site, check) {
  if (!site.fileSet.has("sitemap.xml")) {
    check.fail("sitemap.xml is missing");
    return;
  }
  const indexText = site.read("sitemap.xml");
  const indexDoc = parseXml(indexText, "sitemap.xml", check);
  if (!indexDoc) return;
  let sitemapFiles = ["sitemap.xml"];
  if (indexDoc.documentElement.localName === "sitemapindex") {
    await validateXsd(check, "sitemap.xml", indexText, "siteindex.xsd");
    sitemapFiles = [];
    for (const sm of children(indexDoc.documentElement, SITEMAP_NS, "sitemap")) {
      const loc = text(children(sm, SITEMAP_NS, "loc")[0]);
      const file = localFile(site, loc);
      if (!file) check.fail(`sitemap.xml lists ${loc}, which is not a file of this site under ${site.baseUrl.href}`);
      else sitemapFiles.push(file);
    }
    check.note(`sitemap index with ${sitemapFiles.length} sitemap(s): ${sitemapFiles.join(", ")}`);
  }

  const listed = new Set();
  for (const file of sitemapFiles) {
    const contents = site.read(file);
    if (Buffer.byteLength(contents) > MAX_SITEMAP_BYTES) check.fail(`${file} is over 50 MiB`);
    await validateXsd(check, file, contents, "sitemap.xsd");
    const doc = parseXml(contents, file, check);
    if (!doc) continue;
    const urls = children(doc.documentElement, SITEMAP_NS, "url");
    if (urls.length > MAX_SITEMAP_URLS) check.fail(`${file} lists ${urls.length} URLs; the protocol allows 50,000`);
    for (const u of urls) {
      const loc = text(children(u, SITEMAP_NS, "loc")[0]);
      if (listed.has(loc)) check.fail(`${file}: ${loc} is listed twice`);
      listed.add(loc);
      const target = localFile(site, loc);
      if (!target) check.fail(`${file}: ${loc} is not a page of this site (no file, or not under ${site.baseUrl.href})`);
      else if (!/\.html?$/.test(target)) check.warn(`${file}: ${loc} is not an HTML page (${target})`);
    }
  }
  const missing = site.htmlFiles.filter((f) => f !== "404.html" && !listed.has(site.absoluteUrl(f)));
  if (missing.length) {
    check.warn(`${missing.length} page(s) are not in the sitemap: ${missing.slice(0, 8).join(", ")}${missing.length > 8 ? ", …" : ""}`);
  }
  check.note(`${listed.size} URLs listed`);
}

function localFile(site, loc) {
  let url;
  try {
    url = new URL(loc);
  } catch {
    return null;
  }
  return site.isLocal(url) ? site.fileFor(url) : null;
}

// RFC 3339 date-time, with the uppercase T and Z that RFC 4287 §3.3 requires.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/;

export function isRfc3339(s) {
  const m = RFC3339.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || sec > 60) return false;
  if (m[9] && (Number(m[10]) > 23 || Number(m[11]) > 59)) return false;
  return true;
}

export function isAbsoluteIri(s) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s)) return false;
  if (/^https?:/i.test(s)) {
    try {
      return Boolean(new URL(s).host);
    } catch {
      return false;
    }
  }
  return true;
}

/** Every Atom feed: the files named feed.xml plus any feed a page links to. */
function feedFiles(site) {
  const feeds = new Set(site.files.filter((f) => /(^|\/)feed\.xml$|\.atom$/.test(f)));
  for (const page of site.htmlFiles) {
    for (const el of elements(site.doc(page))) {
      if (el.tagName !== "link" || attr(el, "type") !== "application/atom+xml") continue;
      const url = new URL(attr(el, "href") ?? "", site.absoluteUrl(page));
      const file = site.isLocal(url) ? site.fileFor(url) : null;
      if (file) feeds.add(file);
    }
  }
  return [...feeds].sort();
}

/** (e) Every Atom feed against RFC 4287's RELAX NG schema, then the rules it cannot express. */
export async function checkFeeds(site, check) {
  const feeds = feedFiles(site);
  if (!feeds.length) {
    check.fail("no Atom feed found (feed.xml)");
    return;
  }
  const { code, lines } = await jingCompact(
    path.join(SCHEMAS, "atom.rnc"),
    feeds.map((f) => path.join(site.dir, f)),
  );
  for (const line of lines) check.fail(`RELAX NG (RFC 4287 App. B): ${line.replace(site.dir + path.sep, "")}`);
  if (code !== 0 && !lines.length) check.fail(`jing exited ${code} without a message`);

  const feedIds = new Map();
  let entries = 0;
  for (const file of feeds) {
    const doc = parseXml(site.read(file), file, check);
    if (!doc) continue;
    entries += checkFeed(site, file, doc.documentElement, check, feedIds);
  }
  check.note(`${feeds.length} feed(s), ${entries} entries: schema, ids, dates, self links, authors, alternates`);
}

function checkFeed(site, file, feed, check, feedIds) {
  const where = (s) => `${file}: ${s}`;
  if (feed.namespaceURI !== ATOM_NS || feed.localName !== "feed") {
    check.fail(where(`the root element is {${feed.namespaceURI}}${feed.localName}, not atom:feed`));
    return 0;
  }
  if (!feed.getAttribute("xml:lang")) check.warn(where("atom:feed has no xml:lang"));

  const feedId = text(children(feed, ATOM_NS, "id")[0]);
  checkId(feedId, where("atom:feed/atom:id"), check);
  if (feedIds.has(feedId)) check.fail(where(`atom:id ${feedId} is also the id of ${feedIds.get(feedId)}`));
  feedIds.set(feedId, file);

  const feedUpdated = text(children(feed, ATOM_NS, "updated")[0]);
  checkDate(feedUpdated, where("atom:feed/atom:updated"), check);
  if (feedUpdated.startsWith("1970-01-01")) {
    check.warn(where(`atom:feed/atom:updated is ${feedUpdated}, the Unix epoch: a placeholder, not when the feed changed`));
  }
  if (!text(children(feed, ATOM_NS, "title")[0])) check.fail(where("atom:feed/atom:title is empty"));

  const links = children(feed, ATOM_NS, "link");
  const self = links.filter((l) => l.getAttribute("rel") === "self");
  if (self.length !== 1) check.fail(where(`has ${self.length} atom:link rel="self" (expected exactly one)`));
  for (const l of self) {
    const href = l.getAttribute("href");
    if (!isAbsoluteIri(href)) check.fail(where(`rel="self" href="${href}" is not absolute`));
    else if (localFile(site, href) !== file) check.fail(where(`rel="self" href="${href}" does not point at this feed`));
    if (l.getAttribute("type") && l.getAttribute("type") !== "application/atom+xml") {
      check.fail(where(`rel="self" has type="${l.getAttribute("type")}", not application/atom+xml`));
    }
  }
  checkAlternates(site, links, where("atom:feed"), check);

  const feedHasAuthor = children(feed, ATOM_NS, "author").length > 0;
  const ids = new Set();
  const entries = children(feed, ATOM_NS, "entry");
  if (!entries.length) check.warn(where("has no entries"));
  entries.forEach((entry, i) => {
    const id = text(children(entry, ATOM_NS, "id")[0]);
    const at = where(`entry ${i + 1} (${id || "no id"})`);
    checkId(id, `${at}: atom:id`, check);
    if (ids.has(id)) check.fail(`${at}: atom:id is not unique in this feed`);
    ids.add(id);
    if (!text(children(entry, ATOM_NS, "title")[0])) check.fail(`${at}: atom:title is empty`);
    const updated = text(children(entry, ATOM_NS, "updated")[0]);
    checkDate(updated, `${at}: atom:updated`, check);
    const published = children(entry, ATOM_NS, "published")[0];
    if (published) {
      checkDate(text(published), `${at}: atom:published`, check);
      if (isRfc3339(text(published)) && isRfc3339(updated) && Date.parse(text(published)) > Date.parse(updated)) {
        check.warn(`${at}: published ${text(published)} is after updated ${updated}`);
      }
    }
    if (isRfc3339(updated) && isRfc3339(feedUpdated) && Date.parse(updated) > Date.parse(feedUpdated)) {
      check.fail(`${at}: updated ${updated} is later than the feed's updated ${feedUpdated}`);
    }
    const hasAuthor = children(entry, ATOM_NS, "author").length > 0 ||
      children(entry, ATOM_NS, "source").some((s) => children(s, ATOM_NS, "author").length > 0);
    if (!hasAuthor && !feedHasAuthor) check.fail(`${at}: no atom:author, and the feed has none (RFC 4287 §4.1.2)`);
    const elinks = children(entry, ATOM_NS, "link");
    const content = children(entry, ATOM_NS, "content")[0];
    const alternates = elinks.filter((l) => (l.getAttribute("rel") || "alternate") === "alternate");
    if (!content && !alternates.length) check.fail(`${at}: neither atom:content nor a rel="alternate" link (RFC 4287 §4.1.1)`);
    if (!content && !children(entry, ATOM_NS, "summary").length) check.warn(`${at}: neither content nor summary: a reader shows only the title`);
    if (content?.getAttribute("src") && !children(entry, ATOM_NS, "summary").length) {
      check.fail(`${at}: out-of-line atom:content needs an atom:summary (RFC 4287 §4.1.1.1)`);
    }
    checkAlternates(site, elinks, at, check);
  });
  return entries.length;
}

function checkAlternates(site, links, at, check) {
  const seen = new Set();
  for (const l of links) {
    if ((l.getAttribute("rel") || "alternate") !== "alternate") continue;
    const key = `${l.getAttribute("type")}|${l.getAttribute("hreflang")}`;
    if (seen.has(key)) check.fail(`${at}: two rel="alternate" links with the same type and hreflang (RFC 4287 §4.1.1)`);
    seen.add(key);
    const href = l.getAttribute("href") ?? "";
    let url;
    try {
      url = new URL(href);
    } catch {
      check.fail(`${at}: alternate href="${href}" is not an absolute URL (feeds are read out of context)`);
      continue;
    }
    if (site.isLocal(url) && !site.fileFor(url)) check.fail(`${at}: alternate ${href} is not a page of the site`);
  }
}

function checkId(id, at, check) {
  if (!id) check.fail(`${at} is missing or empty`);
  else if (!isAbsoluteIri(id)) check.fail(`${at} "${id}" is not an absolute IRI (RFC 4287 §4.2.6)`);
}

function checkDate(value, at, check) {
  if (!value) check.fail(`${at} is missing`);
  else if (!isRfc3339(value)) check.fail(`${at} "${value}" is not an RFC 3339 date-time with uppercase T and Z (RFC 4287 §3.3)`);
}
