// The built site as files on disk: its pages, its base URL, and the mapping
// between URLs and files (pretty URLs: `/x/` is `x/index.html`).

import fs from "node:fs";
import path from "node:path";
import { parse } from "parse5";

export function walk(dir) {
  const out = [];
  const visit = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  visit("");
  return out.sort();
}

/** Depth-first walk over a parse5 tree, template contents included. */
export function* elements(node) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.tagName) yield n;
    const kids = n.content ? n.content.childNodes : n.childNodes;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;

export function textOf(node) {
  if (node.nodeName === "#text") return node.value;
  return (node.childNodes || []).map(textOf).join("");
}

export class Site {
  constructor(dir) {
    this.dir = path.resolve(dir);
    if (!fs.existsSync(path.join(this.dir, "index.html"))) {
      throw new Error(`${dir}: no index.html; is this a built site folder?`);
    }
    this.files = walk(this.dir);
    this.fileSet = new Set(this.files);
    this.htmlFiles = this.files.filter((f) => /\.html?$/.test(f));
    this.docs = new Map();
    const home = this.doc("index.html");
    const canonical = [...elements(home)].find(
      (el) => el.tagName === "link" && attr(el, "rel") === "canonical",
    );
    // The home page's canonical URL is the site's base_url.
    this.baseUrl = new URL(canonical ? attr(canonical, "href") : "http://localhost/");
    this.origin = this.baseUrl.origin;
    this.basePath = this.baseUrl.pathname.endsWith("/") ? this.baseUrl.pathname : `${this.baseUrl.pathname}/`;
  }

  read(file) {
    return fs.readFileSync(path.join(this.dir, file), "utf8");
  }

  /** The parsed HTML of a file, cached. */
  doc(file) {
    if (!this.docs.has(file)) this.docs.set(file, parse(this.read(file), { sourceCodeLocationInfo: true }));
    return this.docs.get(file);
  }

  /** The ids (and a[name]s) a page offers as fragment targets. */
  anchors(file) {
    const d = this.doc(file);
    if (!d.anchorSet) {
      d.anchorSet = new Set();
      for (const el of elements(d)) {
        const id = attr(el, "id");
        if (id) d.anchorSet.add(id);
        if (el.tagName === "a" && attr(el, "name")) d.anchorSet.add(attr(el, "name"));
      }
    }
    return d.anchorSet;
  }

  /** The URL path a file is served at: `a/index.html` -> `/base/a/`. */
  urlPath(file) {
    const pretty = file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1");
    return this.basePath + pretty;
  }

  absoluteUrl(file) {
    return this.origin + this.urlPath(file);
  }

  /** Is this URL (absolute) on the site's own origin and under its base path? */
  isLocal(url) {
    return url.origin === this.origin && (url.pathname + "/").startsWith(this.basePath);
  }

  /**
   * The file a local URL (on the site's origin) is served from, or null.
   * `/x/` -> `x/index.html`; `/x` (a folder) -> `x/index.html` as servers redirect.
   */
  fileFor(url) {
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return null;
    }
    if (!(pathname + "/").startsWith(this.basePath)) return null;
    let rel = pathname.slice(this.basePath.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    if (this.fileSet.has(rel)) return rel;
    if (this.fileSet.has(`${rel}/index.html`)) return `${rel}/index.html`;
    return null;
  }

  /** A page's kind: its path with every segment after the first generalised. */
  kind(file) {
    if (!file.endsWith("index.html")) return file;
    const segments = file.split("/").slice(0, -1);
    if (segments.length === 0) return "home";
    return segments.map((s, i) => (i === 0 ? s : "*")).join("/");
  }

  /** HTML pages grouped by kind, each group in file order. */
  pagesByKind() {
    const groups = new Map();
    for (const file of this.htmlFiles) {
      const k = this.kind(file);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(file);
    }
    return groups;
  }
}
