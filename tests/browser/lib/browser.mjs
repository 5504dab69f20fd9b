// The site in headless Chromium (Debian's, driven by playwright-core): axe-core
// on every page kind in light and dark schemes at phone and desktop widths,
// plus what a reader would hit first: script errors, failed or off-site
// requests, sideways scrolling on a phone, the sidebar in the wrong place.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export const CONFIGS = [
  { name: "phone-light", width: 390, height: 844, scheme: "light", mobile: true },
  { name: "phone-dark", width: 390, height: 844, scheme: "dark", mobile: true },
  { name: "desktop-light", width: 1400, height: 900, scheme: "light", mobile: false },
  { name: "desktop-dark", width: 1400, height: 900, scheme: "dark", mobile: false },
];

const SCREENSHOT_MAX_HEIGHT = 6000;

/** Which pages to open: every page, or of each kind the first, middle and last. */
export function pagesToVisit(site, all) {
  const chosen = new Set();
  for (const [, files] of site.pagesByKind()) {
    if (all) files.forEach((f) => chosen.add(f));
    else [files[0], files[Math.floor(files.length / 2)], files.at(-1)].forEach((f) => chosen.add(f));
  }
  for (const f of Object.values(screenshotPages(site))) if (f) chosen.add(f);
  return [...chosen].sort();
}

/** The lists of every entity of a kind, built for a kind too many for the index. */
const KIND_LISTS = ["people", "organizations", "places", "events", "other"].map((k) => `entities/${k}/index.html`);

/** The pages to photograph: the richest article and entity page stand for their kinds. */
export function screenshotPages(site) {
  const biggest = (re) =>
    site.htmlFiles.filter((f) => re.test(f) && !KIND_LISTS.includes(f))
      .sort((a, b) => fs.statSync(path.join(site.dir, b)).size - fs.statSync(path.join(site.dir, a)).size)[0];
  // Built only for a kind too many for the index: photographed when there is one.
  const kindList = KIND_LISTS.find((f) => site.fileSet.has(f));
  return {
    home: "index.html",
    article: biggest(/^articles\/[^/]+\/index\.html$/),
    entity: biggest(/^entities\/[^/]+\/index\.html$/),
    chronology: site.fileSet.has("chronology/index.html") ? "chronology/index.html" : undefined,
    "entities-index": site.fileSet.has("entities/index.html") ? "entities/index.html" : undefined,
    ...(kindList ? { "entities-kind": kindList } : {}),
  };
}

export async function checkInBrowser(site, server, { all, screenshotDir }, checks) {
  const { axeCheck, pageCheck, layoutCheck, shotCheck } = checks;
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const pages = pagesToVisit(site, all);
  const shots = screenshotPages(site);
  const violations = new Map();
  const pageProblems = new Map();
  const layoutProblems = new Map();
  // problem -> { pages, configs }: the same problem on many pages is reported once.
  const record = (map, key, config, file = null, urlPath = file && site.urlPath(file)) => {
    if (!map.has(key)) map.set(key, { pages: new Set(), configs: new Set() });
    const entry = map.get(key);
    entry.configs.add(config);
    if (urlPath) entry.pages.add(urlPath);
  };
  let axeRuns = 0;
  let screenshots = 0;
  try {
    for (const config of CONFIGS) {
      const context = await browser.newContext({
        viewport: { width: config.width, height: config.height },
        deviceScaleFactor: 1,
        isMobile: config.mobile,
        hasTouch: config.mobile,
        colorScheme: config.scheme,
        reducedMotion: "reduce",
        serviceWorkers: "block",
      });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(`${server.origin}/`)) return route.continue();
        let from = null;
        try {
          from = new URL(route.request().frame().url()).pathname;
        } catch {
          // a request without a frame (a worker): no page to name
        }
        record(pageProblems, `request to another host: ${url} (blocked)`, config.name, null, from);
        return route.abort("blockedbyclient");
      });
      for (const file of pages) {
        const url = server.origin + site.urlPath(file);
        const page = await context.newPage();
        page.on("dialog", (d) => {
          record(pageProblems, `a script opened a ${d.type()} dialog ("${d.message()}"): injected markup?`, config.name, file);
          d.dismiss().catch(() => {});
        });
        page.on("pageerror", (e) => record(pageProblems, `uncaught script error: ${e.message}`, config.name, file));
        page.on("console", (m) => {
          // A request we blocked is reported once, as such, above.
          if (m.type() === "error" && !m.text().includes("ERR_BLOCKED_BY_CLIENT")) {
            record(pageProblems, `console error: ${m.text()}`, config.name, file);
          }
        });
        page.on("response", (r) => {
          if (r.status() >= 400 && r.url() !== url) record(pageProblems, `HTTP ${r.status()} for ${r.url().replace(server.origin, "")}`, config.name, file);
        });
        const response = await page.goto(url, { waitUntil: "load", timeout: 30000 });
        if (!response || response.status() !== 200) {
          record(pageProblems, `the page answered HTTP ${response?.status()}`, config.name, file);
          await page.close();
          continue;
        }
        await page.addScriptTag({ path: AXE });
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        axeRuns++;
        for (const v of result.violations) {
          for (const node of v.nodes) {
            const summary = (node.failureSummary || "").split("\n").slice(1, 2).join(" ").trim();
            const key = `${v.id} [${v.impact}] ${v.help}\n    target: ${node.target.join(" ")}${summary ? `\n    ${summary}` : ""}`;
            record(violations, key, config.name, file);
          }
        }
        for (const problem of await page.evaluate(layoutProbe, { phone: config.mobile })) {
          record(layoutProblems, problem, config.name, file);
        }
        for (const [kind, shotFile] of Object.entries(shots)) {
          if (shotFile !== file || !screenshotDir) continue;
          await page.evaluate(() => document.fonts.ready);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const target = path.join(screenshotDir, `${kind}-${config.width}-${config.scheme}.png`);
          await page.screenshot({
            path: target,
            fullPage: true,
            clip: { x: 0, y: 0, width: config.width, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) },
          });
          screenshots++;
        }
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const flush = (map, check) => {
    for (const [key, { pages, configs }] of map) {
      const list = [...pages];
      const on = list.length ? `\n    on ${list.length} page(s): ${list.slice(0, 4).join(", ")}${list.length > 4 ? ", …" : ""}` : "";
      const where = configs.size === CONFIGS.length ? "all 4 configurations" : [...configs].join(", ");
      check.fail(`${key}${on}\n    in: ${where}`);
    }
  };
  flush(violations, axeCheck);
  flush(pageProblems, pageCheck);
  flush(layoutProblems, layoutCheck);
  axeCheck.note(`axe-core ${require("axe-core/package.json").version}: ${axeRuns} runs = ${pages.length} pages × ${CONFIGS.map((c) => c.name).join(", ")}`);
  pageCheck.note(`${pages.length} pages loaded in each of ${CONFIGS.length} configurations; requests off 127.0.0.1 are blocked and reported`);
  layoutCheck.note("no sideways scrolling; the sidebar beside the text at 1400px and after it at 390px; notes do not overlap");
  if (screenshotDir) shotCheck.note(`${screenshots} screenshots in ${path.relative(process.cwd(), screenshotDir) || "."}`);
  const missing = Object.entries(shots).filter(([, f]) => !f).map(([k]) => k);
  if (missing.length) shotCheck.fail(`no page of kind: ${missing.join(", ")}`);
}

/** Runs in the page: layout problems a reader would notice. */
function layoutProbe({ phone }) {
  const problems = [];
  const one = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    if (el.classList.length) s += `.${[...el.classList].join(".")}`;
    return s;
  };
  const describe = (el) => {
    const chain = [];
    for (let e = el; e && e !== document.body && chain.length < 3; e = e.parentElement) chain.unshift(one(e));
    return chain.join(" > ");
  };
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) {
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > vw + 1);
    const leaves = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px wide in a ${vw}px window); too wide: ${leaves.slice(0, 3).map(describe).join("; ")}`);
  }
  for (const side of document.querySelectorAll(".entity-sidebar")) {
    const main = side.previousElementSibling;
    if (!main) continue;
    const s = side.getBoundingClientRect();
    const m = main.getBoundingClientRect();
    if (phone && s.top < m.bottom - 1) problems.push(`on a phone the sidebar (${describe(side)}) is not after the text (${describe(main)})`);
    if (!phone && !(s.left >= m.right - 1 && s.top < m.bottom)) problems.push(`on a wide screen the sidebar (${describe(side)}) is not beside the text (${describe(main)})`);
  }
  const notes = [...document.querySelectorAll(".sidenote")]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  for (let i = 0; i < notes.length; i++) {
    for (let j = i + 1; j < notes.length; j++) {
      const [a, b] = [notes[i].r, notes[j].r];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
        problems.push(`notes overlap: ${describe(notes[i].el)} and ${describe(notes[j].el)}`);
      }
    }
  }
  return problems;
}
