import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, download } from "./scorecard-page";

async function addCard(app: ScorecardApp, name: string, scores: string[] = [], complete = false) {
  await app.start(name);
  const titles = ["API design", "Databases and query performance", "Concurrency and distributed systems", "Error handling and observability", "Security fundamentals"];
  for (let i = 0; i < scores.length; i++) await app.score(titles[i], scores[i]);
  if (complete) {
    await app.page.getByRole("button", { name: "Mark completed" }).click();
    // Unscored criteria are listed and asked about once before completing.
    if (scores.length < titles.length) await app.page.getByRole("button", { name: "Complete anyway" }).click();
  }
  await app.page.getByRole("button", { name: "All scorecards" }).click();
}

const rowNames = (page: Page) => page.getByRole("table").getByRole("rowheader");

test("the library searches, filters, sorts, duplicates and deletes with undo", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", ["4 Strong"], true);
  await addCard(app, "Alan Turing", ["2 Below bar"]);
  await addCard(app, "Grace Hopper", ["5 Exceptional"]);
  await expect(rowNames(page)).toHaveText(["Grace Hopper", "Alan Turing", "Ada Lovelace"]);

  await page.getByLabel("Search by name").fill("al");
  await expect(rowNames(page)).toHaveText(["Alan Turing"]);
  await page.getByLabel("Search by name").fill("");
  await page.getByLabel("Filter by status").selectOption({ label: "Completed" });
  await expect(rowNames(page)).toHaveText(["Ada Lovelace"]);
  await page.getByLabel("Filter by status").selectOption({ label: "Any status" });

  await page.getByRole("columnheader", { name: "Candidate" }).getByRole("button").click();
  await expect(page.getByRole("columnheader", { name: "Candidate" })).toHaveAttribute("aria-sort", "ascending");
  await expect(rowNames(page)).toHaveText(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
  await page.getByRole("columnheader", { name: "Score" }).getByRole("button").click();
  await expect(rowNames(page)).toHaveText(["Grace Hopper", "Ada Lovelace", "Alan Turing"]);

  await page.getByRole("button", { name: "Duplicate scorecard for Alan Turing" }).click();
  await expect(page.getByRole("rowheader", { name: "Alan Turing (copy)" })).toBeVisible();

  await page.getByRole("button", { name: "Delete scorecard for Grace Hopper" }).click();
  await expect(page.getByRole("rowheader", { name: "Grace Hopper" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("rowheader", { name: "Grace Hopper" })).toHaveCount(0);
  await addCard(app, "Barbara Liskov");
  await page.getByRole("button", { name: "Delete scorecard for Barbara Liskov" }).click();
  await page.getByRole("status").filter({ hasText: "Deleted “Barbara Liskov”." }).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("rowheader", { name: "Barbara Liskov" })).toBeVisible();
});

test("exported JSON imports back identically in a fresh browser, and duplicates are reported", async ({ page, browser }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", ["4 Strong", "3 Meets bar"], true);
  await addCard(app, "Alan Turing <b>bold</b> \"quoted\" مرحبا", ["2 Below bar"]);
  const first = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  expect(first.name).toMatch(/^scorecards-2-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(first.text);
  expect(bundle.format).toBe("scorecard-export");
  expect(bundle.scorecards).toHaveLength(2);

  const other = await (await browser.newContext()).newPage();
  const otherApp = new ScorecardApp(other);
  await otherApp.open();
  await other.getByLabel("Import scorecard files").setInputFiles(first.path);
  await expect(other.getByRole("status").filter({ hasText: "Import finished" })).toContainText("2 imported");
  await expect(rowNames(other)).toHaveCount(2);
  const second = await download(other, () => other.getByRole("button", { name: "Export all" }).click());
  const again = JSON.parse(second.text);
  // The importing browser notes where each card came from; everything else is identical.
  const byId = (b: any) =>
    [...b.scorecards]
      .map(({ imported_from, ...card }: any) => card)
      .sort((x: any, y: any) => x.id.localeCompare(y.id));
  expect(byId(again)).toEqual(byId(bundle));

  // The same file again: nothing new.
  await other.getByLabel("Import scorecard files").setInputFiles(first.path);
  await expect(other.getByRole("status").filter({ hasText: "Import finished" })).toContainText("2 already here");
  await expect(rowNames(other)).toHaveCount(2);

  // A changed copy of one card: the user chooses to keep both.
  const changed = { ...bundle, scorecards: [{ ...bundle.scorecards[0], notes: "Edited by a colleague" }] };
  await other.getByLabel("Import scorecard files").setInputFiles({ name: "colleague.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(changed)) });
  await expect(other.getByRole("status").filter({ hasText: "waiting for your choice" })).toContainText("1 differs from yours");
  await other.getByRole("button", { name: "Keep both" }).click();
  await expect(rowNames(other)).toHaveCount(3);
});

test("importing bad scorecard files reports each file and changes nothing", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace");
  const before = await app.storage();
  await page.getByLabel("Import scorecard files").setInputFiles([
    { name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{\"format\": \"scorecard-export\",") },
    { name: "rubric.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "scorecard-rubric", version: 1, rubric: {} })) },
    { name: "future.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "scorecard-export", version: 7, scorecards: [] })) },
  ]);
  const report = page.getByRole("status").filter({ hasText: "Import finished" });
  await expect(report).toContainText("broken.json: Rejected: This is not valid JSON");
  await expect(report).toContainText("rubric.json: Rejected:");
  await expect(report).toContainText("future.json: Rejected: The document is format version 7");
  await expect(rowNames(page)).toHaveText(["Ada Lovelace"]);
  const after = await app.storage();
  expect(after).toEqual(before);
});

test("the HTML export is self-contained, escapes input and prints on one page", async ({ page, browser }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("<script>window.pwned=1</script> Ada");
  await app.score("API design", "4 Strong");
  await page.getByLabel("Notes on API design").fill("Idempotency keys <img src=x onerror=\"window.pwned=2\">");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByText("Export", { exact: true }).click();
  const html = await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click());
  expect(html.text).not.toMatch(/<script|<img|\son\w+=|https?:\/\//i);

  const viewer = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  const requests: string[] = [];
  viewer.on("request", (r) => requests.push(r.url()));
  await viewer.goto("file://" + html.path);
  await expect(viewer.getByText("<script>window.pwned=1</script> Ada").first()).toBeVisible();
  await expect(viewer.getByText("4 Strong").first()).toBeVisible();
  await expect(viewer.getByText("Hire", { exact: true }).first()).toBeVisible();
  expect(await viewer.evaluate(() => (window as any).pwned)).toBeUndefined();
  expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
  const pdf = await viewer.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test("print view hides the controls; the list exports as CSV with formulas defused", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "=HYPERLINK(\"http://x\")", ["3 Meets bar"]);
  const csv = await download(page, () => page.getByRole("button", { name: "Export list as CSV" }).click());
  const lines = csv.text.trim().split("\r\n");
  expect(lines[0]).toMatch(/^candidate,role,interviewer,rubric,date,status,weighted_score/);
  expect(lines[1].startsWith("\"'=HYPERLINK(\"\"http://x\"\")\"")).toBeTruthy();

  await page.getByRole("button", { name: /Open scorecard for/ }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Mark completed" })).toBeHidden();
  await expect(page.getByRole("group", { name: "Call timer" }).getByRole("button")).toBeHidden();
  await expect(app.criterion("API design").getByText("3", { exact: true })).toBeVisible();
});

test("a long list shows 50 scorecards at a time; select-all takes every match", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", ["4 Strong"], true);
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  // One card exports as a single scorecard document; many go in an export bundle.
  const ada = JSON.parse(file.text).scorecard;
  const bundle = { format: "scorecard-export", version: 1, exported_at: Date.now(), app_version: "test" };
  const many = Array.from({ length: 60 }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return { ...structuredClone(ada), id: `${ada.id}-${n}`, candidate: `Listed ${n}`, updated_at: ada.updated_at - i - 1 };
  });
  await page.getByLabel("Import scorecard files").setInputFiles([
    { name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...bundle, scorecards: many })) },
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText("60 imported");

  const rows = rowNames(page);
  await expect(rows).toHaveCount(50);
  await expect(page.getByText("Showing 50 of 61.")).toBeVisible();
  await page.getByRole("button", { name: "Show 50 more" }).click();
  await expect(rows).toHaveCount(61);
  await expect(page.getByRole("button", { name: "Show 50 more" })).toHaveCount(0);

  // Select-all takes every scorecard matching the search, drawn or not.
  await page.getByLabel("Search by name").fill("Listed");
  await expect(rows).toHaveCount(50);
  await page.getByRole("checkbox", { name: "Select every matching scorecard" }).check();
  await expect(page.getByRole("button", { name: "Export selected (60)" })).toBeEnabled();
});
