// ad hoc: node .shoot.tmp.mjs SITE_DIR urlPath width scheme y0 h out.png
import { chromium } from "playwright-core";
import { serve } from "./lib/server.mjs";
const [dir, urlPath, width, scheme, y0, h, out] = process.argv.slice(2);
const server = await serve(dir, "/");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: +width, height: 900 }, colorScheme: scheme, isMobile: +width < 600, hasTouch: +width < 600 });
const page = await ctx.newPage();
await page.goto(server.origin + urlPath);
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: +y0, width: +width, height: +h } });
await browser.close(); await server.close();
