import { expect, test, type Page } from "@playwright/test";
import { marked } from "marked";
import { readFile } from "node:fs/promises";
import { ScorecardApp, download } from "./scorecard-page";
import { INJECTIONS, expectInert, formulaCells, guard, openFile, parseCsv, seen, type Dialogs } from "./injection-detector";

// The injection corpus through every view and every output, each checked right after it
// renders. CSP is bypassed (in the app and in the exported files) so what is proven here is the
// escaping itself: a string that got into the DOM as markup would run. The exports' own CSP is
// proven on its own in the last test.
test.use({ bypassCSP: true });

/** A textarea normalises line breaks, as the browser always does. */
const typed = (s: string) => s.replace(/\r\n?/g, "\n");

/** The ATS text's plain form of one line (src/export/ats.rs `plain`). */
function atsPlain(s: string) {
  const marks: Record<string, string> = { "|": "/", "[": "(", "]": ")", "`": "'", "<": "‹", ">": "›", "#": "＃", "*": "" };
  const out = s.replace(/[|[\]`<>#*]/g, (c) => marks[c]);
  return /^[-+] /.test(out) ? `– ${out.slice(2)}` : out;
}

async function exportItem(page: Page, name: string) {
  await page.getByText("Export", { exact: true }).click();
  return page.getByRole("menuitem", { name });
}

/** Clicks "Show N more" (as `more` matches it) until everything is shown. */
async function showAll(page: Page, more: RegExp) {
  // The app's own list (after a reload the shell stands in until the app runs, then its list
  // stands in the app's slot until the list's part is drawn).
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.locator("#library-slot")).toHaveCount(0);
  const button = page.getByRole("button", { name: more });
  while (await button.count()) await button.first().click();
}

/** The stored card documents, by candidate, read from localStorage. */
async function storedCards(page: Page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("scorecard:card:"))
      .map((k) => JSON.parse(localStorage.getItem(k)!).scorecard),
  );
}

test("positive control: the detector reports a payload inserted with innerHTML", async ({ page, context }) => {
  const dialogs = await guard(context);
  await new ScorecardApp(page).open();
  await expectInert(page, dialogs, "the start page");
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", '<div id="planted"></div>');
    document.getElementById("planted")!.innerHTML = '<img src="x" onerror="window.__pwned = 1; alert(1)">';
  });
  await expect.poll(() => seen(page, dialogs)).toEqual({ hits: ['<img onerror=window.__pwned = 1; alert(1)>'], flag: 1, dialogs: 1 });
  // A script element added later is seen as well (the DOM never runs one from innerHTML).
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("script"), { text: "1" })));
  expect((await seen(page, dialogs)).hits).toHaveLength(2);
});

test(`${INJECTIONS.length} injection strings typed as names, notes, criterion notes and a red flag stay text in the call, print, exports and storage`, async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  expect(INJECTIONS.length).toBeGreaterThanOrEqual(50);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const dialogs = await guard(context);
  const app = new ScorecardApp(page);
  await app.open();
  // Every tenth string as a typed candidate name; every string as the overall notes, each
  // checked as soon as the view shows it.
  for (const [i, text] of INJECTIONS.entries()) {
    if (i % 10 === 0) {
      if (i > 0) await page.getByRole("button", { name: "All scorecards" }).click();
      await page.getByLabel("Candidate name").fill(text);
      await page.getByRole("button", { name: "Start scorecard" }).click();
      await expect(page.getByLabel("Overall notes")).toBeVisible();
      await expectInert(page, dialogs, `the call, candidate name ${i}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.trim());
    }
    await page.getByLabel("Overall notes").fill(text);
    await expect(page.getByLabel("Overall notes")).toHaveValue(typed(text));
    await expectInert(page, dialogs, `the call, overall notes ${i}`);
  }
  // The last card gets the whole corpus at once, in each free-text field.
  const corpus = INJECTIONS.join("\n");
  await page.getByLabel("Overall notes").fill(corpus);
  await page.getByLabel("Notes on API design").fill(corpus);
  for (const flag of INJECTIONS.slice(0, 3)) {
    await page.getByLabel("Another red flag").fill(flag);
    await page.getByRole("button", { name: "Add flag" }).click();
    await expect(page.getByText(flag, { exact: true })).toBeVisible();
  }
  await expectInert(page, dialogs, "the call, whole corpus");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(INJECTIONS[60].trim());
  await expectInert(page, dialogs, "the print view");
  await page.emulateMedia({ media: "screen" });

  // The HTML export, opened from disk with the detector.
  const html = await download(page, async () => (await exportItem(page, "Download HTML")).click());
  const exported = await openFile(context, html.path);
  await expectInert(exported, dialogs, "the HTML export");
  await expect(exported.getByText(INJECTIONS[0]).first()).toBeVisible();
  await exported.emulateMedia({ media: "print" });
  await expectInert(exported, dialogs, "the HTML export, printed");

  // The Markdown, rendered by a real renderer (marked) and opened as a page.
  await (await exportItem(page, "Copy as Markdown")).click();
  await expect(page.getByText("Copied the scorecard as Markdown.")).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const rendered = await marked.parse(markdown);
  const md = await openFile(context, test.info().outputPath("markdown.html"), `<!doctype html><meta charset="utf-8"><body>${rendered}</body>`);
  await expectInert(md, dialogs, "the Markdown export rendered by marked");
  await expect(md.getByText(INJECTIONS[0]).first()).toBeVisible();
  // Each line of the corpus reads back as typed (line breaks inside a note become spaces).
  const mdText = await md.locator("body").innerText();
  for (const s of INJECTIONS.slice(0, 40)) expect(mdText).toContain(s.trim().replace(/\s+/g, " "));

  // The ATS text: plain text only, the hostile text kept.
  await (await exportItem(page, "Copy for ATS")).click();
  await expect(page.getByText("Copied the scorecard as plain text for your ATS.")).toBeVisible();
  const flavours = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(flavours).toEqual(["text/plain"]);
  const ats = await page.evaluate(() => navigator.clipboard.readText());
  expect(ats).not.toMatch(/[<>]/);
  // Each line of the criterion notes kept, its marks made plain as src/export/ats.rs says
  // (right-to-left text is wrapped in isolates, so it is left out here).
  for (const s of INJECTIONS.filter((s) => !/[\u0590-\u08FF\u202A-\u202E\u2066-\u2069]/.test(s))) {
    expect(ats).toContain(`  ${atsPlain(typed(s).trim())}\n`);
  }

  // Stored text read back after a reload: every field byte for byte (as the textarea gave it).
  await page.reload();
  await expect(page.getByLabel("Overall notes")).toHaveValue(typed(corpus));
  await expectInert(page, dialogs, "the call after a reload");
  const cards = await storedCards(page);
  const last = cards.find((c) => c.candidate === INJECTIONS[60].trim() || c.candidate === INJECTIONS[60])!;
  expect(last.notes).toBe(typed(corpus));
  expect(last.criteria[0].notes).toBe(typed(corpus));
  expect(last.red_flags.filter((f: any) => f.custom).map((f: any) => f.text)).toEqual(INJECTIONS.slice(0, 3).map((s) => s.trim()));
  // Each earlier card kept the last string typed into it.
  expect(cards.map((c) => c.notes).sort()).toEqual([9, 19, 29, 39, 49, 59].map((i) => typed(INJECTIONS[i])).concat(typed(corpus)).sort());
});

/** An export document's head, and a fresh card exported by the app, to copy hostile cards from. */
async function baseCard(page: Page) {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Base Card");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  // One card exports as its own document; several go in an export document (docs/FORMATS.md).
  const base = JSON.parse(file.text).scorecard;
  await page.getByRole("button", { name: "Delete scorecard for Base Card" }).click();
  return { bundle: { format: "scorecard-export", version: 2, exported_at: 1795323860000, app_version: "0.1.0" }, base };
}

/** One imported card per string: it is the candidate, and the next one the interviewer; every note hostile. */
function hostileBundle(bundle: any, base: any) {
  const n = INJECTIONS.length;
  const card = (i: number, interviewer: string) => ({
    ...structuredClone(base),
    id: `hostile-${i}-${interviewer.length}`,
    candidate: INJECTIONS[i],
    interviewer,
    notes: INJECTIONS[(i + 2) % n],
    criteria: base.criteria.map((c: any, j: number) => ({ ...c, score: 1 + ((i + j) % 5), notes: INJECTIONS[(i + j + 3) % n] })),
    red_flags: [{ text: INJECTIONS[(i + 4) % n], custom: true }],
  });
  // The first three candidates have a second interviewer, for the debrief.
  const scorecards = [...INJECTIONS.map((_, i) => card(i, INJECTIONS[(i + 1) % n])), ...[0, 1, 2].map((i) => card(i, "Grace"))];
  return { ...bundle, scorecards };
}

test("hostile imported cards stay text in the library, its CSVs, compare, the debrief and the comparison exports, and are kept byte for byte", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const dialogs = await guard(context);
  const { bundle, base } = await baseCard(page);
  const hostile = hostileBundle(bundle, base);
  await page.getByLabel("Import scorecard files").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText(`${hostile.scorecards.length} imported`);
  await showAll(page, /^Show \d+ more$/);
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(hostile.scorecards.length);
  await expectInert(page, dialogs, "the library");

  // Every cell of both library CSVs, parsed: no formula start left un-neutralised.
  for (const name of ["Export list as CSV", "Export scores and notes as CSV"]) {
    const csv = await download(page, () => page.getByRole("button", { name }).click());
    expect(formulaCells(csv.text), name).toEqual([]);
    const cells = parseCsv(csv.text).flat();
    expect(cells, name).toContain("'=HYPERLINK(\"http://evil\",\"x\")");
    expect(cells, name).toContain("<script>window.__pwned=1</script>");
  }

  // Each card opened in the scorecard view.
  for (const i of [0, 1, 32, 44, 52, 62]) {
    await showAll(page, /^Show \d+ more$/);
    await page.getByRole("button", { name: `Open scorecard for ${INJECTIONS[i]}` }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INJECTIONS[i].trim());
    await expectInert(page, dialogs, `the scorecard of ${i}`);
    await page.getByRole("button", { name: "All scorecards" }).click();
  }

  // Compare: the matrix, the debriefs of the candidates with two interviewers, the exports.
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await page.getByRole("button", { name: /^All of rubric Backend technical phone screen/ }).click();
  // The matrix shows 25 scorecards a page: every page checked as it renders.
  let rows = 0;
  for (let p = 0; ; p++) {
    await expect(page.getByRole("status").filter({ hasText: /^Showing scorecards/ })).toContainText(`Showing scorecards ${p * 25 + 1}–`);
    rows += await page.getByRole("table").first().getByRole("rowheader").count();
    await expectInert(page, dialogs, `compare, page ${p + 1}`);
    const next = page.getByRole("button", { name: "Next page" });
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(rows).toBe(hostile.scorecards.length);
  for (const i of [0, 1, 2]) {
    await page.getByText(`Debrief ${INJECTIONS[i]}`, { exact: true }).click();
    await expect(page.getByRole("region", { name: `Debrief: ${INJECTIONS[i]}` })).toBeVisible();
    await expectInert(page, dialogs, `the debrief of ${i}`);
  }
  const csv = await download(page, () => page.getByRole("button", { name: "Export comparison as CSV" }).click());
  expect(formulaCells(csv.text)).toEqual([]);
  expect(parseCsv(csv.text).flat().join("\n")).toContain("<img src=x onerror=alert(2)>");
  const html = await download(page, () => page.getByRole("button", { name: "Export comparison as HTML" }).click());
  const exported = await openFile(context, html.path);
  await expectInert(exported, dialogs, "the comparison HTML export");
  await expect(exported.getByText(INJECTIONS[0]).first()).toBeVisible();

  // Stored text read back after a reload: every imported string byte for byte.
  await page.reload();
  await showAll(page, /^Show \d+ more$/);
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(hostile.scorecards.length);
  await expectInert(page, dialogs, "the library after a reload");
  const stored = await storedCards(page);
  const fields = (c: any) => [c.candidate, c.interviewer, c.notes, ...c.criteria.map((x: any) => x.notes), ...c.red_flags.map((f: any) => f.text)];
  expect(stored.map(fields).sort()).toEqual(hostile.scorecards.map(fields).sort());
});

test("hostile rubric text through rubric import stays text in the rubrics list, the editor and a scorecard", async ({ page, context }) => {
  const dialogs = await guard(context);
  const kit = JSON.parse(await readFile("rubrics/backend-technical.json", "utf8"));
  const n = INJECTIONS.length;
  const r = kit.rubric;
  r.id = "hostile-kit";
  r.title = `Hostile ${INJECTIONS[1]}`;
  r.role = INJECTIONS[2];
  r.summary = INJECTIONS.join(" ");
  r.criteria = r.criteria.map((c: any, i: number) => ({
    ...c,
    title: `${i + 1} ${INJECTIONS[(i * 7) % n]}`,
    assesses: INJECTIONS[(i * 7 + 1) % n],
    levels: c.levels.map((_: string, j: number) => INJECTIONS[(i * 7 + 2 + j) % n]),
    strong_signal: INJECTIONS[(i * 7 + 3) % n],
  }));
  r.red_flags = INJECTIONS.slice(50, 56);
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByLabel("Import rubric file").setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(kit)) });
  const prompt = page.getByRole("dialog", { name: `Add the rubric “${r.title}”?` });
  await expect(prompt).toBeVisible();
  await expectInert(page, dialogs, "the incoming rubric prompt");
  await prompt.getByRole("button", { name: "Add rubric" }).click();
  await expect(page.getByRole("button", { name: `Edit ${r.title}` })).toBeVisible();
  await expectInert(page, dialogs, "the rubrics list");
  await expect(page.getByRole("listitem").filter({ hasText: r.title })).toContainText("Yours");
  await page.getByRole("button", { name: `Edit ${r.title}` }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await expect(editor.getByLabel("Title", { exact: true })).toHaveValue(r.title);
  await expectInert(page, dialogs, "the rubric editor");
  await page.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: r.title });
  await app.start("Rubric Ruth");
  await expect(page.getByRole("radiogroup", { name: r.criteria[0].title, exact: true })).toBeVisible();
  await expectInert(page, dialogs, "a scorecard of the hostile rubric");
});

test("a hostile backup key and its text stay text in the recovered-data view", async ({ page, context }) => {
  const dialogs = await guard(context);
  const app = new ScorecardApp(page);
  await app.open();
  const keys = INJECTIONS.slice(0, 12).map((s, i) => `scorecard:backup:${1700000000000 + i}:${s}`);
  await page.evaluate(
    ({ keys, texts }) => keys.forEach((k, i) => localStorage.setItem(k, texts[i])),
    { keys, texts: INJECTIONS.slice(12, 24).map((s, i) => (i % 2 ? s : JSON.stringify({ format: "scorecard", version: 1, scorecard: { candidate: s } }))) },
  );
  await page.reload();
  await page.getByRole("button", { name: `Recovered data (${keys.length})` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Recovered data" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Export ${keys[0]}` })).toBeVisible();
  await expectInert(page, dialogs, "the recovered-data view");
  await expect(page.getByText(keys[0]).first()).toBeVisible();
  expect(Object.keys(await app.storage()).filter((k) => k.startsWith("scorecard:backup:")).sort()).toEqual([...keys].sort());
});

test("the exports' own Content-Security-Policy stops script that got into the file", async ({ page, browser }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start(INJECTIONS[0]);
  const html = await download(page, async () => (await exportItem(page, "Download HTML")).click());
  // A context that honours CSP, unlike the rest of this file.
  const honest = await browser.newContext({ bypassCSP: false });
  const dialogs = await guard(honest);
  const tampered = html.text.replace("</body>", '<script>window.__pwned=1</script><img src="x" onerror="window.__pwned=2;alert(1)"></body>');
  const viewer = await openFile(honest, html.path.replace(/\.html$/, "-tampered.html"), tampered);
  await expect(viewer.getByText(INJECTIONS[0]).first()).toBeVisible();
  const r = await seen(viewer, dialogs);
  // The detector sees the planted markup (so this check could fail), yet nothing ran.
  expect(r.hits.length).toBe(2);
  expect([r.flag, r.dialogs]).toEqual([null, 0]);
  await honest.close();
});
