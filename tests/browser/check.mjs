#!/usr/bin/env node
// Checks a built annalist site folder the way a reader, a validator and a feed
// reader would see it. Usage:
//
//   node tests/browser/check.mjs [--all-pages] [--no-browser] [--screenshots DIR] SITE_DIR
//
// (a) every HTML file through the Nu Html Checker (vnu.jar), errors fail;
// links: every local href/src/srcset (and #fragment) must resolve to a file;
// no HTML, CSS or JS may load anything from another host (<a href> may link out);
// (b) the site served on 127.0.0.1 in headless Chromium: axe-core on each page
//     kind (first, middle and last page of each; all with --all-pages) in light
//     and dark schemes at 390px and 1400px, plus script errors, failed or off-site
//     requests and layout (no sideways scrolling; sidebar beside/after the text);
// (c) screenshots of home, article, entity, chronology and entity index at both
//     widths and schemes into tests/browser/screenshots/<site folder name>/;
// (d) sitemap.xml (or a sitemap index and its sitemaps) against the sitemaps.org XSDs;
// (e) every Atom feed against RFC 4287's RELAX NG schema (Jing, from vnu.jar) and
//     the rules a schema cannot state (unique absolute ids, RFC 3339 dates,
//     rel="self", authors, alternates);
// (f) every annotations.jsonld (W3C Web Annotation AnnotationPage) against the W3C
//     test-suite JSON Schemas (draft-04, Ajv): the page and annotation MUSTs, both
//     selectors detected; then each TextPositionSelector (code points over the
//     article's text) slices the TextQuoteSelector's exact, prefix and suffix fit,
//     and the article links to the file.
//
// Exits 1 if any check fails; the last line reads "checks: N passed, N failed".

import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Report } from "./lib/report.mjs";
import { Site } from "./lib/site.mjs";
import { checkHtmlValidity, checkLinks } from "./lib/html.mjs";
import { checkSitemap, checkFeeds } from "./lib/xml.mjs";
import { checkAnnotations } from "./lib/annotations.mjs";
import { serve } from "./lib/server.mjs";
import { checkInBrowser } from "./lib/browser.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const opts = { all: false, browser: true, screenshots: undefined, dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--all-pages") opts.all = true;
    else if (a === "--no-browser") opts.browser = false;
    else if (a === "--screenshots") opts.screenshots = argv[++i];
    else if (a === "-h" || a === "--help") usage(0);
    else if (a.startsWith("-")) usage(2, `unknown option ${a}`);
    else if (opts.dir) usage(2, "give one site folder");
    else opts.dir = a;
  }
  if (!opts.dir) usage(2, "give the built site folder");
  return opts;
}

function usage(code, message) {
  if (message) console.error(`check.mjs: ${message}`);
  console.error("usage: node tests/browser/check.mjs [--all-pages] [--no-browser] [--screenshots DIR] SITE_DIR");
  process.exit(code);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const site = new Site(opts.dir);
  const label = path.basename(site.dir);
  const report = new Report(`site checks: ${opts.dir}`);
  console.log(`checking ${site.dir}: ${site.htmlFiles.length} HTML pages, base URL ${site.baseUrl.href}`);

  await report.run("(a) HTML (and CSS) validity: Nu Html Checker", (c) => checkHtmlValidity(site, c));

  await report.runMany(
    ["local links and #fragments resolve", "no resources from other hosts"],
    ([links, external]) => checkLinks(site, links, external),
  );
  await report.run("(d) sitemap against sitemaps.org 0.9 XSD", (c) => checkSitemap(site, c));
  await report.run("(e) Atom feeds: RFC 4287 schema and rules", (c) => checkFeeds(site, c));
  await report.run("(f) Web Annotations: W3C test-suite schemas, selectors against the text", (c) => checkAnnotations(site, c));

  if (opts.browser) {
    const screenshotDir = path.resolve(opts.screenshots ?? path.join(HERE, "screenshots", label));
    fs.mkdirSync(screenshotDir, { recursive: true });
    for (const f of fs.readdirSync(screenshotDir)) if (f.endsWith(".png")) fs.rmSync(path.join(screenshotDir, f));
    const server = await serve(site.dir, site.basePath);
    try {
      await report.runMany(
        [
          "(b) axe-core: no violations (light/dark × 390px/1400px)",
          "pages load without script errors, failed or off-site requests",
          "layout: no sideways scrolling, sidebar placement",
          "(c) screenshots",
        ],
        ([axeCheck, pageCheck, layoutCheck, shotCheck]) =>
          checkInBrowser(site, server, { all: opts.all, screenshotDir }, { axeCheck, pageCheck, layoutCheck, shotCheck }),
      );
    } finally {
      await server.close();
    }
  }

  process.exitCode = report.summary() ? 0 : 1;
}

main().catch((error) => {
  console.error(`check.mjs: ${error?.stack || error}`);
  process.exitCode = 2;
});
