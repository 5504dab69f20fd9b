// The Java tools: the Nu Html Checker (vnu.jar, from the vnu-jar package) and
// Jing, the RELAX NG validator that vnu.jar ships inside itself, which reads
// RELAX NG Compact syntax directly (RFC 4287's Atom schema is written in it).

import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const VNU_JAR = String(require("vnu-jar")); // the package exports the jar's path
const JING_MAIN = "nu.validator.vendor.thaiopensource.relaxng.util.Driver";

export function run(command, args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** vnu over HTML and CSS files (by extension), errors only, as JSON messages. */
export async function vnu(files) {
  const { code, stdout, stderr } = await run("java", [
    "-Xss1m",
    "-jar", VNU_JAR,
    "--errors-only", "--also-check-css", "--format", "json", "--stdout",
    ...files,
  ]);
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(`vnu exited ${code} without JSON output:\n${stdout}\n${stderr}`);
  }
  return { code, messages: parsed.messages ?? [], stderr };
}

/** Jing with a compact-syntax schema over XML files: `file:line:col: error: message` lines. */
export async function jingCompact(schema, files) {
  const { code, stdout, stderr } = await run("java", ["-cp", VNU_JAR, JING_MAIN, "-c", schema, ...files]);
  if (/ClassNotFoundException|Could not find or load main class/.test(stderr)) {
    throw new Error(`vnu.jar no longer ships Jing as ${JING_MAIN}: ${stderr}`);
  }
  const lines = `${stdout}\n${stderr}`.split("\n").map((l) => l.trim()).filter(Boolean);
  return { code, lines };
}
