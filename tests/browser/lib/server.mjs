// A tiny static file server for the built site on 127.0.0.1, as a static host
// would serve it: the site at its base path, `/x/` -> `x/index.html`, `/x` (a
// folder) redirected to `/x/`, real content types, 404.html for what is missing.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".jsonld": "application/ld+json",
  ".xml": "application/xml",
  ".atom": "application/atom+xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".webmanifest": "application/manifest+json",
};

export function contentType(file) {
  if (path.basename(file) === "feed.xml") return "application/atom+xml";
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Start serving `root` at `basePath`; resolves to { origin, close() }. */
export function serve(root, basePath = "/") {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      const body = file ? fs.readFileSync(file) : Buffer.from(http.STATUS_CODES[status] ?? "");
      res.writeHead(status, {
        "content-type": file ? contentType(file) : "text/plain; charset=utf-8",
        "content-length": body.length,
        "cache-control": "no-store",
        ...headers,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, null);
    const notFound = () => {
      const page = path.join(root, "404.html");
      return send(404, fs.existsSync(page) ? page : null);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, null);
    }
    if (!(pathname + "/").startsWith(basePath)) return notFound();
    const rel = pathname.slice(basePath.length);
    const file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, null);
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!pathname.endsWith("/")) return send(301, null, { location: `${pathname}/` });
      const index = path.join(file, "index.html");
      stat = fs.statSync(index, { throwIfNoEntry: false });
      return stat?.isFile() ? send(200, index) : notFound();
    }
    return stat?.isFile() ? send(200, file) : notFound();
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
