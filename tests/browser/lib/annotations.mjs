// The articles' editorial notes as W3C Web Annotations: every `annotations.jsonld`
// (an AnnotationPage) against the W3C test-suite JSON Schemas (draft-04, through Ajv),
// then what a schema cannot state: the TextPositionSelector, counted in Unicode code
// points over the article's text, slices exactly the TextQuoteSelector's `exact`, with
// `prefix` and `suffix` the text right before and after it; the page links to the file.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parseFragment } from "parse5";
import { attr, elements } from "./site.mjs";
import { isAbsoluteIri } from "./xml.mjs";

const SCHEMAS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "schemas", "web-annotation");
// Never fetched: every schema is registered under it, so `id.json#/...` resolves locally.
const BASE = "https://web-annotation-tests.invalid/";
const ANNOTATION_MUSTS = "annotations/annotationMusts.test";
const PAGE_MUSTS = "collections/pages/pageMusts.test";
const DETECTIONS = [
  ["annotations/specificResource/4.2.4-textQuoteSelector.json", "TextQuoteSelector"],
  ["annotations/specificResource/4.2.5-textPositionSelector.json", "TextPositionSelector"],
];
const JSONLD_TYPE = "application/ld+json";
const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const MAX_SCHEMA_ERRORS = 3;

const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, rel), "utf8"));

/**
 * An assertion file as the W3C harness meant it: its id is BASE + its file name (two
 * files carry a stale `id`), and a root `$ref` moves into `allOf`, since draft-04
 * ignores the siblings of a `$ref`, the root `id` included.
 */
function assertionSchema(rel) {
  const { $ref, ...rest } = readJson(rel);
  const schema = { ...rest, id: BASE + path.basename(rel) };
  if ($ref !== undefined) schema.allOf = [...(schema.allOf ?? []), { $ref }];
  return schema;
}

let cached = null;

/** The compiled assertions: { annotation: [...], detect: [...], page: [...] }, each { file, message, validate }. */
export function loadAssertions() {
  if (cached) return cached;
  const ajv = new Ajv({
    allErrors: false,
    // Draft-04: a `$ref`'s sibling keywords are ignored (the W3C files put `type` beside some).
    ignoreKeywordsWithRef: true,
    strict: false, // the W3C files carry their own keywords (assertionType, errorMessage, ...)
    logger: { log() {}, warn() {}, error: (...a) => console.error(...a) },
  });
  addFormats(ajv, ["uri", "date-time"]);
  for (const name of fs.readdirSync(path.join(SCHEMAS, "definitions")).filter((f) => f.endsWith(".json")).sort()) {
    const schema = readJson(`definitions/${name}`);
    ajv.addSchema({ ...schema, id: BASE + name });
  }
  const compile = (rel) => {
    const schema = assertionSchema(rel);
    if (schema.expectedResult !== "valid") throw new Error(`${rel}: expectedResult is ${schema.expectedResult}, not "valid"`);
    return { file: rel, message: schema.errorMessage ?? schema.title ?? rel, validate: ajv.compile(schema) };
  };
  const listed = (testFile) => readJson(testFile).assertions.map(compile);
  cached = {
    annotation: listed(ANNOTATION_MUSTS),
    page: listed(PAGE_MUSTS),
    detect: DETECTIONS.map(([rel, what]) => ({ ...compile(rel), what })),
  };
  return cached;
}

function schemaErrors(validate) {
  const errors = validate.errors ?? [];
  const shown = errors.slice(0, MAX_SCHEMA_ERRORS).map((e) => `${e.instancePath || "/"} ${e.message} (${e.schemaPath})`);
  if (errors.length > MAX_SCHEMA_ERRORS) shown.push(`… ${errors.length - MAX_SCHEMA_ERRORS} more`);
  return shown.join("; ");
}

/** The assertions `value` fails, as messages. */
function failing(assertions, value) {
  return assertions
    .filter((a) => !a.validate(value))
    .map((a) => `${path.basename(a.file)}: ${a.message.replace(/^ERROR: /, "")}\n    ${schemaErrors(a.validate)}`);
}

const classes = (el) => (attr(el, "class") ?? "").split(/\s+/).filter(Boolean);
const hasClass = (el, name) => classes(el).includes(name);

/** Text content without the note buttons (their numbers are not part of the article's text). */
function textWithoutButtons(node) {
  if (node.nodeName === "#text") return node.value;
  if (node.tagName === "button") return "";
  return (node.childNodes || []).map(textWithoutButtons).join("");
}

/**
 * The article's text as the annotations count it: each `.article-text .para > p`,
 * without the note buttons, joined by a blank line.
 */
export function articleText(doc) {
  const paragraphs = [];
  const visit = (node, inText, parentIsPara) => {
    for (const child of node.childNodes || []) {
      if (!child.tagName) continue;
      if (inText && parentIsPara && child.tagName === "p") {
        paragraphs.push(textWithoutButtons(child));
        continue;
      }
      visit(child, inText || hasClass(child, "article-text"), hasClass(child, "para"));
    }
  };
  visit(doc, false, false);
  return paragraphs.length ? paragraphs.join("\n\n") : null;
}

/** The pages that announce a JSON-LD alternate, with the files it resolves to. */
function jsonLdLinks(site) {
  const links = []; // { page, href, file }
  for (const page of site.htmlFiles) {
    for (const el of elements(site.doc(page))) {
      if (el.tagName !== "link" || attr(el, "type") !== JSONLD_TYPE) continue;
      const rels = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
      if (!rels.includes("alternate")) continue;
      const href = attr(el, "href") ?? "";
      let file = null;
      try {
        const url = new URL(href, site.absoluteUrl(page));
        file = site.isLocal(url) ? site.fileFor(url) : null;
      } catch {
        // reported below as not naming a file
      }
      links.push({ page, href, file });
    }
  }
  return links;
}

/** Note buttons in the article text, by the note they open (aria-controls), or each on its own. */
function noteCount(doc) {
  const notes = new Set();
  const visit = (node, inText) => {
    for (const child of node.childNodes || []) {
      if (!child.tagName) continue;
      const t = inText || hasClass(child, "article-text");
      if (t && child.tagName === "button" && hasClass(child, "note-toggle")) notes.add(attr(child, "aria-controls") ?? notes.size);
      visit(child, t);
    }
  };
  visit(doc, false);
  return notes.size;
}

const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (o) => asArray(o?.type ?? o?.["@type"]);

/** Each target of an annotation with its selectors (objects only; the schema judges the rest). */
function targetsWithSelectors(annotation) {
  return asArray(annotation?.target)
    .filter((target) => target && typeof target === "object")
    .map((target) => asArray(target.selector).filter((s) => s && typeof s === "object"));
}

/**
 * The beyond-schema rules for one annotation against the article's text (an array of
 * code points): in each target, each TextPositionSelector slices the TextQuoteSelector's
 * `exact`, and `prefix` / `suffix` are the text right before / after it.
 */
export function checkSelectors(annotation, codePoints, fail, warn) {
  const slice = (a, b) => codePoints.slice(a, b).join("");
  const show = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  for (const selectors of targetsWithSelectors(annotation)) {
    const quotes = selectors.filter((s) => typesOf(s).includes("TextQuoteSelector") && typeof s.exact === "string");
    const positions = selectors.filter((s) => typesOf(s).includes("TextPositionSelector"));
    for (const q of quotes) checkQuote(q, positions);
  }

  function checkQuote(q, positions) {
    const exactLength = Array.from(q.exact).length;
    for (const { start, end } of positions) {
      if (!Number.isInteger(start) || !Number.isInteger(end)) continue; // the schema reports it
      if (start < 0 || start > end || end > codePoints.length) {
        fail(`TextPositionSelector ${start}–${end} is not a range of the article's text (${codePoints.length} code points)`);
        continue;
      }
      const got = slice(start, end);
      if (got !== q.exact) {
        const at = locate(codePoints, q.exact);
        fail(
          `TextPositionSelector ${start}–${end} slices ${show(got)}, not the TextQuoteSelector's exact ${show(q.exact)}` +
            (at.length ? ` (found at ${at.map((s) => `${s}–${s + exactLength}`).join(", ")})` : " (which is nowhere in the text)"),
        );
        continue;
      }
      if (typeof q.prefix === "string") {
        const n = Array.from(q.prefix).length;
        const before = slice(Math.max(0, start - n), start);
        if (before !== q.prefix) fail(`TextQuoteSelector prefix ${show(q.prefix)} is not the text right before the quote: ${show(before)}`);
      }
      if (typeof q.suffix === "string") {
        const n = Array.from(q.suffix).length;
        const after = slice(end, end + n);
        if (after !== q.suffix) fail(`TextQuoteSelector suffix ${show(q.suffix)} is not the text right after the quote: ${show(after)}`);
      }
    }
    // The quote selector alone should find the one passage meant.
    const hits = locate(codePoints, `${q.prefix ?? ""}${q.exact}${q.suffix ?? ""}`);
    if (hits.length > 1) warn(`TextQuoteSelector ${show(q.exact)} with its prefix and suffix matches ${hits.length} places in the text`);
  }
}

/**
 * Links in an HTML TextualBody are read out of the site's context (the JSON-LD is for other
 * tools), so a relative href would resolve against the reader's own base: they should be absolute.
 */
function relativeLinksInBodies(annotation) {
  const out = [];
  for (const body of asArray(annotation?.body)) {
    if (!body || typeof body !== "object" || typeof body.value !== "string") continue;
    if (!asArray(body.format).includes("text/html")) continue;
    for (const el of elements(parseFragment(body.value))) {
      for (const name of ["href", "src"]) {
        const value = attr(el, name);
        if (value !== undefined && !isAbsoluteIri(value.trim())) {
          out.push(`body links <${el.tagName} ${name}="${value}">: relative, so it resolves against the reader's base, not the site's`);
        }
      }
    }
  }
  return out;
}

/** Code-point offsets at which `needle` occurs in the text. */
function locate(codePoints, needle) {
  if (!needle) return [];
  const text = codePoints.join("");
  const out = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    out.push(Array.from(text.slice(0, i)).length);
  }
  return out;
}

/** The JSON-LD an annotation has as a document of its own: the page's @context applies to its items. */
const standalone = (item, page) =>
  item && typeof item === "object" && !Array.isArray(item) && !("@context" in item) && page && "@context" in page
    ? { "@context": page["@context"], ...item }
    : item;

/**
 * All the rules for one AnnotationPage: the W3C MUST assertions for the page and for
 * each annotation, both selectors detected, and the selectors against `text` (the
 * article's text, or null when it is unknown). `fail(message)`; returns the item count.
 */
export function checkAnnotationPage(page, text, { fail, warn, pageUrl, fileUrl }) {
  const assertions = loadAssertions();
  for (const m of failing(assertions.page, page)) {
    const hint = typeof page?.partOf === "string"
      ? "\n    (partOf is an IRI string: valid in the model, but the W3C page assertions want an object there)"
      : "";
    fail(`AnnotationPage: ${m}${hint}`);
  }
  if (!page || typeof page !== "object") return 0;
  if (fileUrl && page.id !== fileUrl) fail(`AnnotationPage id ${JSON.stringify(page.id)} is not the file's own URL ${fileUrl}`);
  const items = Array.isArray(page.items) ? page.items : [];
  if (!items.length) warn("AnnotationPage has no items");
  const codePoints = text === null ? null : Array.from(text);
  const ids = new Set();
  items.forEach((item, i) => {
    const label = `items[${i}]${item?.id ? ` (${String(item.id).replace(/^.*#/, "#")})` : ""}`;
    const annotation = standalone(item, page);
    for (const m of failing(assertions.annotation, annotation)) fail(`${label}: ${m}`);
    for (const d of assertions.detect) {
      if (!d.validate(annotation)) fail(`${label}: no ${d.what} detected in its body or target (${path.basename(d.file)})`);
    }
    if (item?.id !== undefined) {
      if (ids.has(item.id)) fail(`${label}: id ${item.id} is used twice`);
      ids.add(item.id);
    }
    if (pageUrl) {
      for (const target of asArray(item?.target)) {
        // The article page, as the source or as the scope of a source (e.g. the page's plain text).
        const source = typeof target === "string" ? target : target?.source;
        if (source !== pageUrl && !asArray(target?.scope).includes(pageUrl)) {
          fail(`${label}: target ${JSON.stringify(source)} is neither the article page ${pageUrl} nor scoped to it`);
        }
      }
    }
    for (const m of relativeLinksInBodies(item)) warn(`${label}: ${m}`);
    if (codePoints) checkSelectors(item, codePoints, (m) => fail(`${label}: ${m}`), (m) => warn(`${label}: ${m}`));
  });
  return items.length;
}

/** (f) Every annotations.jsonld (and every JSON-LD a page links to) of the site. */
export async function checkAnnotations(site, check) {
  loadAssertions();
  const links = jsonLdLinks(site);
  const files = new Set(site.files.filter((f) => /(^|\/)annotations\.jsonld$/.test(f)));
  const linkedFrom = new Map(); // file -> pages
  const isArticle = (page) => /^articles\/[^/]+\/index\.html$/.test(page);
  for (const { page, href, file } of links) {
    if (!file) {
      check.fail(`${page}: <link rel="alternate" type="${JSONLD_TYPE}" href="${href}"> names no file of the site`);
      continue;
    }
    // An article's JSON-LD alternate is its AnnotationPage; other pages may link other JSON-LD.
    if (!isArticle(page) && !files.has(file)) continue;
    files.add(file);
    if (!linkedFrom.has(file)) linkedFrom.set(file, []);
    linkedFrom.get(file).push(page);
  }

  // Every article page with notes links to its annotations, and that file is the one beside it.
  for (const page of site.htmlFiles.filter(isArticle)) {
    const notes = noteCount(site.doc(page));
    const own = page.replace(/index\.html$/, "annotations.jsonld");
    const linked = links.filter((l) => l.page === page);
    if (site.fileSet.has(own) && !linked.some((l) => l.file === own)) {
      check.fail(`${page}: ${own} exists, but the page has no <link rel="alternate" type="${JSONLD_TYPE}"> pointing at it`);
    } else if (notes && !linked.length) {
      check.fail(`${page}: ${notes} note(s), but no <link rel="alternate" type="${JSONLD_TYPE}"> to their annotations`);
    }
  }

  let annotations = 0;
  let withText = 0;
  for (const file of [...files].sort()) {
    const fail = (m) => check.fail(`${file}: ${m}`);
    const warn = (m) => check.warn(`${file}: ${m}`);
    let page;
    try {
      page = JSON.parse(site.read(file));
    } catch (error) {
      fail(`not JSON: ${error.message}`);
      continue;
    }
    const pages = linkedFrom.get(file) ?? [];
    if (!pages.length) warn("no page links to it (<link rel=\"alternate\" type=\"application/ld+json\">)");
    if (pages.length > 1) warn(`linked from ${pages.length} pages: ${pages.join(", ")}`);
    // The article the notes belong to: the page linking here, else the page beside the file.
    const beside = file.replace(/[^/]+$/, "index.html");
    const htmlPage = pages[0] ?? (site.fileSet.has(beside) ? beside : null);
    const text = htmlPage ? articleText(site.doc(htmlPage)) : null;
    if (htmlPage && text === null) fail(`${htmlPage} has no .article-text .para > p to hold the annotated text`);
    if (text !== null) withText++;
    const count = checkAnnotationPage(page, text, {
      fail,
      warn,
      pageUrl: htmlPage ? site.absoluteUrl(htmlPage) : null,
      fileUrl: site.absoluteUrl(file),
    });
    annotations += count;
    if (htmlPage) {
      const notes = noteCount(site.doc(htmlPage));
      if (notes !== count) fail(`${count} annotation(s), but ${htmlPage} shows ${notes} note(s)`);
    }
  }
  if (!files.size) check.note("no annotations.jsonld in this site (no article has notes)");
  else {
    check.note(
      `${files.size} AnnotationPage(s), ${annotations} annotation(s): ` +
        `W3C test-suite MUSTs (${loadAssertions().page.length} page, ${loadAssertions().annotation.length} annotation assertions), ` +
        `both selectors detected, positions against the text of ${withText} article(s)`,
    );
  }
  selfTest(check);
}

/**
 * The schemas must bite: a good annotation that loses its type or its target, or whose
 * position is off by one, has to fail. Guards against refs that silently resolve to nothing.
 */
function selfTest(check) {
  const text = "Перше речення. Друге 🙂 речення з цитатою.";
  const cps = Array.from(text);
  const exact = "цитатою";
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  const end = start + Array.from(exact).length;
  const good = () => ({
    "@context": ANNO_CONTEXT,
    id: "https://example.org/a/annotations.jsonld",
    type: "AnnotationPage",
    startIndex: 0,
    items: [{
      id: "https://example.org/a/annotations.jsonld#note-1",
      type: "Annotation",
      motivation: "commenting",
      body: { type: "TextualBody", value: "Примітка.", format: "text/html" },
      target: {
        source: "https://example.org/a/",
        selector: [
          { type: "TextQuoteSelector", exact, prefix: cps.slice(start - 8, start).join(""), suffix: cps.slice(end).join("") },
          { type: "TextPositionSelector", start, end },
        ],
      },
    }],
  });
  const problems = (page) => {
    const out = [];
    checkAnnotationPage(page, text, { fail: (m) => out.push(m), warn() {}, pageUrl: "https://example.org/a/", fileUrl: page.id });
    return out;
  };
  const base = problems(good());
  if (base.length) {
    check.fail(`self-test: a valid annotation page is rejected:\n${base.join("\n")}`);
    return;
  }
  const mutants = {
    "annotation type \"Note\"": (p) => (p.items[0].type = "Note"),
    "page type \"AnnotationCollection\"": (p) => (p.type = "AnnotationCollection"),
    "no target": (p) => delete p.items[0].target,
    "TextPositionSelector one code point late": (p) => {
      p.items[0].target.selector[1].start += 1;
      p.items[0].target.selector[1].end += 1;
    },
    "id not a URI": (p) => (p.items[0].id = "not a uri"),
    "no TextQuoteSelector": (p) => p.items[0].target.selector.shift(),
  };
  for (const [what, mutate] of Object.entries(mutants)) {
    const page = good();
    mutate(page);
    if (!problems(page).length) check.fail(`self-test: an annotation page with ${what} passes; the check is not working`);
  }
}
