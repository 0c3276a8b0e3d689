// The built-in kits outside the first module (src/rubrics.rs): in a split build the app does
// not compile in their text, so the post-build hook (scripts/post-build.mjs) writes each
// rubrics/*.json kit beside the app, named by a content hash (the service worker serves assets
// cache-first and precaches these with the rest), and names them in the page's
// <meta name="scorecard-kits">, which src/ui/common/kits.rs reads to fetch them after the
// first screen. scripts/single-file.mjs turns the names into data: URLs.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const rubrics = fileURLToPath(new URL("../rubrics/", import.meta.url));
export const KITS_META = /<meta name="scorecard-kits" content="([^"]*)" \/>/;

/** Writes the kit files into `dir`; returns their names, in file-name order. */
export function writeKits(dir) {
  return readdirSync(rubrics)
    .filter((f) => f.endsWith(".json") && f !== "note-hints.json")
    .sort()
    .map((f) => {
      const text = readFileSync(join(rubrics, f));
      const name = `kit-${f.replace(/\.json$/, "")}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`;
      writeFileSync(join(dir, name), text);
      return name;
    });
}

/** The meta element naming the kit files (or data: URLs). */
export const kitsMeta = (urls) => `<meta name="scorecard-kits" content="${urls.join(" ")}" />`;
