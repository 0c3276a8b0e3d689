// Code splitting for the release build, run first by scripts/post-build.mjs when Trunk built
// with `--features split` (src/ui/common/lazy.rs). Trunk 0.21 has no step between cargo and
// wasm-bindgen, where the split must happen, so this redoes Trunk's last two steps on its raw
// cargo output:
//   1. wasm-split-cli (crates.io wasm_split_cli_support, installed by scripts/setup.sh) cuts the
//      linked module (built with --emit-relocs, .cargo/config.toml) into the main module, one
//      module per lazy part and shared chunks, plus a small JS loader that fetches them;
//   2. wasm-bindgen on the main module (--keep-lld-exports: the parts import the main module's
//      functions, memory and table), then wasm-opt -Oz on every module, as Trunk does;
//   3. the main module and its JS glue replace Trunk's in the staging dir (same names, so
//      index.html's loader is unchanged; its integrity hashes are recomputed), and the parts
//      and the loader are written beside them with a content hash in their names, so the
//      service worker (cache-first for assets) never mixes two builds' parts.
// Returns the list of files written, or null when the build is not a split build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PLACEHOLDER = "__wasm_split_placeholder__";
const root = fileURLToPath(new URL("../", import.meta.url));
const short = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"] });

// wasm-split's loader starts every module a part needs at once: a part needing 30 shared chunks
// made one task of 30 fetch() calls, 150 to 250 ms at 4x CPU (a long task in Lighthouse's TBT,
// and a stall for typing while parts preload). Staggered, each module not yet asked for is
// started in a task of its own (a MessageChannel message: no timer clamping), so no task does more
// than one fetch; modules already loading or loaded cost nothing more.
const STARTS_ALL = "const parallelStuff = deps.map(d => d());";
const STARTS_ONE_A_TASK = `const parallelStuff = [];
        for (const d of deps) {
            const fresh = !d.started();
            parallelStuff.push(d());
            if (fresh) await nextTask();
        }`;
const MEMO = "    return () => {\n        if (loadingModule === undefined) {";
const MEMO_MARKED = "    const load = () => {\n        if (loadingModule === undefined) {";
const MEMO_END = "        return loadingModule;\n    }\n}";
const MEMO_END_MARKED = "        return loadingModule;\n    };\n    load.started = () => loadingModule !== undefined;\n    return load;\n}";
const NEXT_TASK = `const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
});
function makeLoad(`;
export function staggered(loader) {
  for (const piece of [STARTS_ALL, MEMO, MEMO_END, "function makeLoad("]) {
    if (loader.split(piece).length !== 2) throw new Error(`split: the loader's makeLoad has changed (looked for ${JSON.stringify(piece)})`);
  }
  return loader
    .replace(STARTS_ALL, STARTS_ONE_A_TASK)
    .replace(MEMO, MEMO_MARKED)
    .replace(MEMO_END, MEMO_END_MARKED)
    .replace("function makeLoad(", NEXT_TASK);
}

export function splitWasm(dir) {
  const glueName = readdirSync(dir).find((f) => /^scorecard-[0-9a-f]+\.js$/.test(f));
  if (!glueName) throw new Error("split: no scorecard-<hash>.js in the staging dir");
  const stem = glueName.slice(0, -".js".length);
  if (!readFileSync(join(dir, glueName), "utf8").includes(PLACEHOLDER)) return null;

  const profile = process.env.TRUNK_PROFILE || "release";
  const target = process.env.CARGO_TARGET_DIR || join(root, "target");
  const raw = join(target, "wasm32-unknown-unknown", profile, "scorecard.wasm");
  const work = mkdtempSync(join(tmpdir(), "scorecard-split-"));
  try {
    run("wasm-split-cli", ["--target", "web", "--out-name", stem, raw, work]);
    const bindgen = join(work, "bindgen");
    run("wasm-bindgen", [
      "--target=web",
      `--out-dir=${bindgen}`,
      `--out-name=${stem}`,
      "--no-typescript",
      "--keep-lld-exports",
      "--no-demangle",
      join(work, `${stem}.wasm`),
    ]);
    // The parts skip wasm-bindgen, which strips names for the main module: strip them here.
    // SPLIT_KEEP_NAMES=1 keeps function names, for profiling (never for a build that ships).
    const strip = process.env.SPLIT_KEEP_NAMES === "1" ? ["-g"] : ["--strip-debug", "--strip-producers"];
    const opt = (file) => run("wasm-opt", ["-Oz", ...strip, file, "-o", file]);

    // The parts: every .wasm wasm-split wrote but the main module.
    const parts = readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== `${stem}.wasm`);
    let loader = staggered(readFileSync(join(work, "__wasm_split.js"), "utf8"));
    const written = [];
    for (const part of parts) {
      const file = join(work, part);
      opt(file);
      const bytes = readFileSync(file);
      const named = `${part.slice(0, -".wasm".length)}-${short(bytes)}.wasm`;
      const quoted = `"./${part}"`;
      if (!loader.includes(quoted)) throw new Error(`split: the loader does not name ${part}`);
      loader = loader.replaceAll(quoted, `"./${named}"`);
      renameSync(file, join(dir, named));
      written.push(named);
    }
    const loaderName = `split-${short(loader)}.js`;
    writeFileSync(join(dir, loaderName), loader);
    written.push(loaderName);

    // The glue imports the loader by the name wasm-split gave it (the wasm module's import
    // names, the keys of the glue's import object, stay as they are).
    let glue = readFileSync(join(bindgen, `${stem}.js`), "utf8");
    const link = /from (['"])\.\/__wasm_split\.js\1/g;
    if (!link.test(glue)) throw new Error("split: the wasm-bindgen glue does not import the split loader");
    glue = glue.replace(link, `from "./${loaderName}"`);
    if (glue.includes(PLACEHOLDER)) throw new Error("split: a placeholder import is left in the glue");
    writeFileSync(join(dir, glueName), glue);
    const main = join(bindgen, `${stem}_bg.wasm`);
    opt(main);
    const wasm = readFileSync(main);
    writeFileSync(join(dir, `${stem}_bg.wasm`), wasm);

    // Trunk's preload links carry integrity hashes of its own files.
    const index = join(dir, "index.html");
    let html = readFileSync(index, "utf8");
    const integrity = (name, bytes) => {
      const re = new RegExp(`(href="[^"]*${name.replace(".", "\\.")}"[^>]*integrity=")[^"]*"`);
      if (!re.test(html)) throw new Error(`split: index.html has no integrity for ${name}`);
      html = html.replace(re, `$1${sri(bytes)}"`);
    };
    integrity(glueName, Buffer.from(glue));
    integrity(`${stem}_bg.wasm`, wasm);
    // The glue imports the loader at start: fetch it with the glue rather than after it.
    const gluePreload = new RegExp(`<link rel="modulepreload" href="([^"]*)${glueName.replace(".", "\\.")}"[^>]*>`);
    const found = gluePreload.exec(html);
    if (!found) throw new Error("split: index.html has no modulepreload of the glue");
    html = html.replace(
      found[0],
      `${found[0]}\n<link rel="modulepreload" href="${found[1]}${loaderName}" crossorigin="anonymous" integrity="${sri(Buffer.from(loader))}">`,
    );
    writeFileSync(index, html);
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
