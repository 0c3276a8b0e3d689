import { expect, type BrowserContext, type Page } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import corpus from "./injection-corpus.json";

/** Hostile strings of every class docs/RELIABILITY.md lists; some would call alert, confirm or prompt. */
export const INJECTIONS: string[] = corpus;

/**
 * Runs in every document before its own scripts (`addInitScript`): a MutationObserver that
 * records every `script` element and every `on*` attribute that appears, in added nodes or
 * as a changed attribute, and at DOMContentLoaded everything the parser made. The app's own
 * bootstrap (Trunk's scripts in the `<head>` of the served page) is the one exemption; an
 * exported file opened from disk has none. Payloads set `window.__pwned` or open a dialog.
 */
function detector() {
  const w = window as any;
  if (w.__injection) return;
  const hits: string[] = [];
  const own = new WeakSet<Element>();
  // What was reported already, per element (a node may arrive in several records).
  const told = new WeakMap<Element, Set<string>>();
  const hit = (el: Element, what: string, text: string) => {
    const done = told.get(el) ?? new Set<string>();
    told.set(el, done);
    if (!done.has(what)) hits.push(text);
    done.add(what);
  };
  const served = location.protocol.startsWith("http");
  const look = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll("*")]) {
      if (el.localName === "script" && !own.has(el)) hit(el, "script", `<script> ${el.outerHTML.slice(0, 80)}`);
      for (const a of el.attributes) if (/^on/i.test(a.name)) hit(el, a.name, `<${el.localName} ${a.name}=${a.value.slice(0, 60)}>`);
    }
  };
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === "attributes") {
        if (/^on/i.test(r.attributeName ?? "")) look(r.target);
      } else r.addedNodes.forEach(look);
    }
  };
  const observer = new MutationObserver(take);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (served) document.head?.querySelectorAll("script").forEach((s) => own.add(s));
    observer.takeRecords();
    look(document.documentElement);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  };
  // Before the parser is done only its own records arrive; they are looked at once, whole, at
  // DOMContentLoaded (so the app's bootstrap can be told apart from everything later).
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  w.__injection = {
    report() {
      start();
      take(observer.takeRecords());
      return { hits: [...hits], flag: w.__pwned ?? null };
    },
  };
}

/** Counts (and dismisses) every alert, confirm and prompt a page opens. */
export type Dialogs = { opened: string[] };

/** Installs the detector in every page of `context` and counts each page's dialogs into `dialogs`. */
export async function guard(context: BrowserContext, dialogs: Dialogs = { opened: [] }) {
  await context.addInitScript(detector);
  const watch = (page: Page) =>
    page.on("dialog", (d) => {
      dialogs.opened.push(`${d.type()}: ${d.message()}`);
      return d.dismiss();
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return dialogs;
}

/** What the detector saw in `page` so far, and the dialogs counted. */
export async function seen(page: Page, dialogs: Dialogs) {
  const r = await page.evaluate(() => (window as any).__injection.report());
  return { ...r, dialogs: dialogs.opened.length };
}

/** Asserts that nothing hostile ran or entered the DOM of `page`; `where` names the view. */
export async function expectInert(page: Page, dialogs: Dialogs, where: string) {
  expect({ where, ...(await seen(page, dialogs)) }).toEqual({ where, hits: [], flag: null, dialogs: 0 });
}

/** Opens `html` as a page from disk (file://) in `context`, the detector installed. */
export async function openFile(context: BrowserContext, path: string, html?: string) {
  if (html !== undefined) await writeFile(path, html);
  const page = await context.newPage();
  await page.goto("file://" + path);
  return page;
}

/** RFC 4180: fields split on commas, records on CRLF; a quoted field may hold both, `""` is a quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote at ${i}`);
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n"]/g;
      m.lastIndex = i;
      const found = m.exec(text);
      const end = found ? found.index : text.length;
      if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (text[i] === ",") {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
    if (text.slice(i, i + 2) !== "\r\n") throw new Error(`record not ended by CRLF at ${i}`);
    i += 2;
    if (i >= text.length) return rows;
  }
}

/**
 * Every cell of a CSV file that a spreadsheet would run as a formula: one starting with `=`,
 * `+`, `-`, `@`, a tab or a CR. src/export/csv.rs neutralises such text with a leading `'`.
 */
export function formulaCells(text: string) {
  return parseCsv(text)
    .flatMap((row, r) => row.map((cell, c) => ({ at: `row ${r + 1} column ${c + 1}`, cell })))
    .filter(({ cell }) => /^[=+\-@\t\r]/.test(cell));
}
