// Checks over the HTML (and CSS and JS) files as files: the Nu Html Checker,
// broken local links and fragments, and references to other hosts.

import path from "node:path";
import { vnu } from "./java.mjs";
import { attr, elements, textOf } from "./site.mjs";

/** (a) Every HTML (and CSS) file through the Nu Html Checker; any error fails. */
export async function checkHtmlValidity(site, check) {
  const cssFiles = site.files.filter((f) => f.endsWith(".css"));
  const { messages, stderr } = await vnu([...site.htmlFiles, ...cssFiles].map((f) => path.join(site.dir, f)));
  for (const m of messages) {
    if (m.type !== "error" && m.type !== "non-document-error") continue;
    const file = m.url ? path.relative(site.dir, new URL(m.url).pathname) : "?";
    const where = m.lastLine ? `:${m.firstLine ?? m.lastLine}:${m.firstColumn ?? ""}` : "";
    const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim().slice(0, 160)}` : "";
    check.fail(`${file}${where}: ${m.message}${extract}`);
  }
  if (!messages.length && /Exception|Error/.test(stderr)) check.fail(`vnu: ${stderr.trim()}`);
  check.note(`${site.htmlFiles.length} HTML and ${cssFiles.length} CSS files checked with vnu --errors-only`);
}

// Attributes that hold URLs, by element (srcset handled separately).
const URL_ATTRS = {
  a: ["href"], area: ["href"], link: ["href"], base: ["href"],
  img: ["src"], script: ["src"], iframe: ["src"], embed: ["src"], input: ["src"],
  audio: ["src"], video: ["src", "poster"], source: ["src"], track: ["src"],
  object: ["data"], form: ["action"], button: ["formaction"],
  blockquote: ["cite"], q: ["cite"], del: ["cite"], ins: ["cite"],
};
// <link rel> values that only name a document, and load nothing.
const NAVIGATIONAL_RELS = new Set([
  "alternate", "author", "bookmark", "canonical", "external", "help", "license",
  "me", "next", "prev", "search", "noopener", "noreferrer", "nofollow", "tag",
]);
// Elements whose URL is a citation or a link a reader follows, not a resource the page loads.
const NAVIGATION = new Set(["a", "area", "form", "button", "blockquote", "q", "del", "ins"]);

const SKIP_SCHEMES = /^(mailto|tel|sms|data|about|blob):/i;

function urlsOf(el) {
  const out = [];
  for (const name of URL_ATTRS[el.tagName] ?? []) {
    const value = attr(el, name);
    if (value !== undefined) out.push({ name, value });
  }
  for (const name of ["srcset", "imagesrcset"]) {
    const value = attr(el, name);
    if (value) for (const part of value.split(",")) {
      const u = part.trim().split(/\s+/)[0];
      if (u) out.push({ name, value: u });
    }
  }
  if (el.tagName === "meta" && /^(og:|twitter:).*(image|video|audio|url)/.test(attr(el, "property") ?? attr(el, "name") ?? "")) {
    out.push({ name: "content", value: attr(el, "content") ?? "" });
  }
  return out;
}

function loadsResource(el) {
  if (el.tagName === "link") {
    const rels = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    return rels.length === 0 || rels.some((r) => !NAVIGATIONAL_RELS.has(r));
  }
  return !NAVIGATION.has(el.tagName);
}

/** CSS url() and @import references, for style elements, style attributes and .css files. */
export function cssUrls(css) {
  const out = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  for (const m of css.matchAll(re)) {
    const u = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (u !== undefined && u !== "" && !u.startsWith("#")) out.push(u);
  }
  return out;
}

/**
 * Broken local links (files and #fragments) and references to other hosts.
 * Local = the site's own origin (base_url) or a relative/root-relative URL.
 */
export async function checkLinks(site, linksCheck, externalCheck) {
  let count = 0;
  const broken = new Map(); // "target" -> [pages]
  const resolveLocal = (value, page, what) => {
    const url = new URL(value, site.absoluteUrl(page));
    if (url.origin === site.origin && !site.isLocal(url)) {
      const key = `${what} → ${url.pathname} (outside the site's base path ${site.basePath})`;
      if (!broken.has(key)) broken.set(key, []);
      broken.get(key).push(page);
      return url;
    }
    if (!site.isLocal(url)) return url;
    count++;
    const target = site.fileFor(url);
    if (!target) {
      const key = `${what} → ${url.pathname} (no such file)`;
      if (!broken.has(key)) broken.set(key, []);
      broken.get(key).push(page);
      return url;
    }
    if (url.hash.length > 1 && /\.html?$/.test(target)) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!site.anchors(target).has(id)) {
        const key = `${what} → ${url.pathname}${url.hash} (no element with id="${id}" in ${target})`;
        if (!broken.has(key)) broken.set(key, []);
        broken.get(key).push(page);
      }
    }
    return url;
  };

  for (const page of site.htmlFiles) {
    const doc = site.doc(page);
    for (const el of elements(doc)) {
      for (const { name, value } of urlsOf(el)) {
        const v = value.trim();
        if (v === "" && name === "href") {
          linksCheck.fail(`${page}: <${el.tagName} href=""> links nowhere`);
          continue;
        }
        if (/^javascript:/i.test(v)) {
          linksCheck.fail(`${page}: <${el.tagName} ${name}="${v.slice(0, 40)}">: javascript: URL`);
          continue;
        }
        if (SKIP_SCHEMES.test(v)) continue;
        let url;
        try {
          url = resolveLocal(v, page, `<${el.tagName} ${name}="${v}">`);
        } catch {
          linksCheck.fail(`${page}: <${el.tagName} ${name}="${v}"> is not a valid URL`);
          continue;
        }
        if (!site.isLocal(url) && /^https?:$/.test(url.protocol) && loadsResource(el)) {
          externalCheck.fail(`${page}: <${el.tagName} ${name}="${v}"> loads from another host (${url.host})`);
        }
      }
      const inlineCss = el.tagName === "style" ? textOf(el) : attr(el, "style") ?? "";
      for (const u of cssUrls(inlineCss)) {
        if (SKIP_SCHEMES.test(u)) continue;
        const url = resolveLocal(u, page, `CSS url(${u})`);
        if (!site.isLocal(url)) externalCheck.fail(`${page}: CSS url(${u}) loads from another host (${url.host})`);
      }
      if (el.tagName === "script" && !attr(el, "src")) {
        for (const u of absoluteUrlsIn(textOf(el))) {
          if (!site.isLocal(new URL(u))) externalCheck.fail(`${page}: inline <script> mentions ${u}`);
        }
      }
    }
  }

  for (const file of site.files.filter((f) => f.endsWith(".css"))) {
    for (const u of cssUrls(site.read(file))) {
      if (SKIP_SCHEMES.test(u)) continue;
      const url = resolveLocal(u, file, `url(${u}) in ${file}`);
      if (!site.isLocal(url)) externalCheck.fail(`${file}: url(${u}) loads from another host (${url.host})`);
    }
  }
  for (const file of site.files.filter((f) => /\.m?js$/.test(f))) {
    for (const u of absoluteUrlsIn(site.read(file))) {
      if (!site.isLocal(new URL(u))) externalCheck.fail(`${file}: mentions ${u} (a request to another host?)`);
    }
  }

  for (const [what, pages] of broken) {
    const shown = pages.slice(0, 3).join(", ") + (pages.length > 3 ? ` and ${pages.length - 3} more` : "");
    linksCheck.fail(`${what}\n    on ${pages.length} page(s): ${shown}`);
  }
  linksCheck.note(`${count} local URLs in ${site.htmlFiles.length} pages and their stylesheets resolved`);
  externalCheck.note(`resources in HTML, CSS and JS must come from ${site.origin}${site.basePath} or be relative`);
}

function absoluteUrlsIn(source) {
  const out = [];
  for (const m of source.matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi)) {
    const u = m[0].startsWith("//") ? `https:${m[0]}` : m[0];
    try {
      new URL(u);
      out.push(u);
    } catch {
      // not a URL after all
    }
  }
  return out;
}
