import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, download } from "./scorecard-page";

const TITLES = [
  "API design",
  "Databases and query performance",
  "Concurrency and distributed systems",
  "Error handling and observability",
  "Security fundamentals",
];
const WORDS: Record<number, string> = { 1: "Weak", 2: "Below bar", 3: "Meets bar", 4: "Strong", 5: "Exceptional" };
const TECHNICAL = /^All of rubric Backend technical phone screen/;

/** Starts a scorecard, scores the first criteria, optionally recommends and completes it. */
async function addCard(
  app: ScorecardApp,
  name: string,
  interviewer: string,
  scores: number[],
  opts: { recommend?: string; complete?: boolean; reason?: string } = {},
) {
  await app.start(name, interviewer);
  for (let i = 0; i < scores.length; i++) await app.score(TITLES[i], `${scores[i]} ${WORDS[scores[i]]}`);
  if (opts.recommend) await app.recommendation().getByRole("radio", { name: opts.recommend, exact: true }).check();
  // A recommendation other than the decision rule's needs its one-line reason to complete.
  if (opts.reason) await app.page.getByLabel("Why does your recommendation differ from the rule?").fill(opts.reason);
  if (opts.complete) {
    await app.page.getByRole("button", { name: "Mark completed" }).click();
    // Unscored criteria are listed and asked about once before completing.
    if (scores.length < TITLES.length) await app.page.getByRole("button", { name: "Complete anyway" }).click();
  }
  await app.page.getByRole("button", { name: "All scorecards" }).click();
}

/** Every stored scorecard as the app exports it ("scorecard-export"). */
async function exportAll(page: Page) {
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  const bundle = JSON.parse(file.text);
  expect(bundle.format).toBe("scorecard-export");
  return bundle;
}

/** A colleague's export: a copy of `card` with their id, name, scores and recommendation. */
function colleagueFile(bundle: any, card: any, who: string, scores: number[], recommendation: string, status = "completed") {
  const copy = structuredClone(card);
  copy.id = `${card.id}-${who.toLowerCase()}`;
  copy.interviewer = who;
  copy.status = status;
  copy.recommendation = recommendation;
  copy.criteria = copy.criteria.map((c: any, i: number) => ({ ...c, score: scores[i] ?? null }));
  const doc = { ...bundle, scorecards: [copy] };
  return { name: `${who.toLowerCase()}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) };
}

async function openCompare(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
}

const matrix = (page: Page) => page.getByRole("table").first();
const rowOf = (page: Page, name: string, by: string) =>
  matrix(page).getByRole("row").filter({ has: page.getByRole("button", { name: `Open scorecard: ${name}, by ${by}` }) });

test("three colleagues' files are grouped by candidate, with a disagreement flagged", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", "Me", [4, 4, 4, 4, 4], {
    recommend: "Hire",
    complete: true,
    reason: "Strong everywhere, exceptional nowhere",
  });
  await addCard(app, "Alan Turing", "Me", [3, 3, 3, 3, 3], { recommend: "Hire", complete: true });
  const bundle = await exportAll(page);
  const ada = bundle.scorecards.find((c: any) => c.candidate === "Ada Lovelace");

  await page.getByLabel("Import scorecard files").setInputFiles([
    colleagueFile(bundle, ada, "Grace", [1, 4, 4, 5, 4], "hire"),
    colleagueFile(bundle, { ...ada, candidate: "  ada   LOVELACE " }, "Linus", [4, 5, 4, 4, 3], "strong_hire"),
    colleagueFile(bundle, ada, "Margaret", [4, 4, 3, 4, 4], "no_hire"),
  ]);
  const report = page.getByRole("status").filter({ hasText: "Import finished" });
  await expect(report).toContainText("grace.json: 1 imported");
  await expect(report).toContainText("margaret.json: 1 imported");

  await openCompare(page);
  await page.getByRole("button", { name: TECHNICAL }).click();
  await expect(matrix(page).getByRole("row")).toHaveCount(6);

  // The four scorecards of Ada (one name written differently) are one candidate.
  const calib = page.getByRole("region", { name: "Ada Lovelace: 4 scorecards" });
  await expect(calib).toBeVisible();
  await expect(page.getByRole("region", { name: /Alan Turing/ })).toHaveCount(0);
  for (const who of ["Me", "Grace", "Linus", "Margaret"]) {
    await expect(calib.getByRole("columnheader", { name: new RegExp(`^${who} · `) })).toBeVisible();
  }
  await expect(calib.getByText("Disagreement: spread 3 on API design")).toBeVisible();
  await expect(calib.getByText("Split hire / no hire").first()).toBeVisible();
  const api = calib.getByRole("row", { name: /^API design/ });
  await expect(api.getByRole("cell").nth(4)).toHaveText("3.25");

  // The best score per criterion carries a visible mark, not colour alone.
  await expect(rowOf(page, "Ada Lovelace", "Grace").getByRole("cell", { name: "5 Exceptional best" })).toBeVisible();

  // A candidate opens from the matrix.
  await page.getByRole("button", { name: "Open scorecard: Ada Lovelace, by Grace" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ada Lovelace" })).toBeVisible();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
  await expect(calib).toBeVisible();
});

test("blind mode hides colleagues' scores until your own scorecard is completed", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", "Me", [3, 3], { complete: true });
  await addCard(app, "Bob Colleague-only", "Me", [2]);
  const bundle = await exportAll(page);
  const ada = bundle.scorecards.find((c: any) => c.candidate === "Ada Lovelace");
  // Back to a draft: your own scorecard of Ada is not completed yet.
  await page.getByRole("button", { name: "Open scorecard for Ada Lovelace" }).click();
  await page.getByRole("button", { name: "Reopen scorecard" }).click();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByLabel("Import scorecard files").setInputFiles([colleagueFile(bundle, ada, "Grace", [5, 5, 5, 5, 5], "strong_hire")]);
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText("1 imported");

  await openCompare(page);
  await expect(page.getByLabel("Blind mode")).toBeChecked();
  await page.getByRole("button", { name: TECHNICAL }).click();
  const grace = rowOf(page, "Ada Lovelace", "Grace");
  await expect(grace).toContainText("Hidden until your scorecard is completed");
  await expect(grace).not.toContainText("Exceptional");
  await expect(page.getByText("Strong Hire")).toHaveCount(0);
  await expect(rowOf(page, "Ada Lovelace", "Me")).toContainText("3 Meets bar");
  // Sorting never gives a hidden total away: hidden rows sort last.
  await page.getByRole("columnheader", { name: "Weighted total" }).getByRole("button").click();
  await expect(matrix(page).getByRole("rowheader").last()).toHaveText("Ada Lovelace");
  await expect(grace).toContainText("Hidden until your scorecard is completed");

  // The exports keep them hidden too.
  const csv = await download(page, () => page.getByRole("button", { name: "Export comparison as CSV" }).click());
  expect(csv.name).toMatch(/^comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain(",grace.json,completed,hidden,hidden,hidden,hidden,hidden,hidden,hidden,hidden,hidden,");

  // Turning blind mode off shows them; on again hides them.
  await page.getByLabel("Blind mode").uncheck();
  await expect(grace).toContainText("5 Exceptional");
  await page.getByLabel("Blind mode").check();
  await expect(grace).toContainText("Hidden until your scorecard is completed");

  // Completing your own scorecard reveals them.
  await page.getByRole("button", { name: "Open scorecard: Ada Lovelace, by Me" }).click();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "Complete anyway" }).click();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByLabel("Blind mode")).toBeChecked();
  await expect(grace).toContainText("5 Exceptional");
  await expect(grace).not.toContainText("Hidden until your scorecard is completed");
  await expect(page.getByText("Disagreement: spread 2 on API design").first()).toBeVisible();
});

test("the matrix sorts by total and any column, and exports as escaped HTML", async ({ page, browser }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", "Me", [4, 4]);
  await addCard(app, "Bob <b>Bold</b>", "Me", [2, 2]);
  await addCard(app, "Cy Young", "Me", [5, 3]);
  await openCompare(page);
  await expect(page.getByText("Pick two or more scorecards to compare them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export comparison as CSV" })).toBeDisabled();
  await page.getByText(/^Scorecards: 0 of 3 picked/).click();
  await page.getByRole("checkbox", { name: /^Ada Lovelace, by Me/ }).check();
  await page.getByRole("checkbox", { name: /^Cy Young, by Me/ }).check();
  const names = matrix(page).getByRole("rowheader");
  await expect(names).toHaveText(["Ada Lovelace", "Cy Young"]);
  await page.getByRole("button", { name: TECHNICAL }).click();

  const total = page.getByRole("columnheader", { name: "Weighted total" });
  await expect(total).toHaveAttribute("aria-sort", "descending");
  await expect(names).toHaveText(["Ada Lovelace", "Cy Young", "Bob <b>Bold</b>"]);
  await total.getByRole("button").click();
  await expect(total).toHaveAttribute("aria-sort", "ascending");
  await expect(names).toHaveText(["Bob <b>Bold</b>", "Ada Lovelace", "Cy Young"]);
  await page.getByRole("columnheader", { name: "API design" }).getByRole("button").click();
  await expect(names).toHaveText(["Cy Young", "Ada Lovelace", "Bob <b>Bold</b>"]);
  await expect(total).toHaveAttribute("aria-sort", "none");
  await page.getByRole("columnheader", { name: "Candidate" }).getByRole("button").click();
  await expect(names).toHaveText(["Ada Lovelace", "Bob <b>Bold</b>", "Cy Young"]);

  const html = await download(page, () => page.getByRole("button", { name: "Export comparison as HTML" }).click());
  expect(html.name).toMatch(/^comparison-\d{4}-\d{2}-\d{2}\.html$/);
  expect(html.text).not.toMatch(/<script|<img|<b>|\son\w+=|https?:\/\//i);
  const viewer = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  viewer.on("request", (r) => requests.push(r.url()));
  await viewer.goto("file://" + html.path);
  await expect(viewer.getByRole("heading", { level: 1, name: "Candidate comparison" })).toBeVisible();
  await expect(viewer.getByRole("rowheader", { name: "Bob <b>Bold</b>" })).toBeVisible();
  await expect(viewer.getByRole("cell", { name: "5 Exceptional ★ best" })).toBeVisible();
  expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
});

/**
 * Ada and Alan scored by "Me", then `count` imported copies of Ada's card made by `copy(i)`
 * (a colleague's file); waits for the import report.
 */
async function seedCopies(page: Page, count: number, copy: (ada: any, i: number) => any) {
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", "Me", [4, 4], { complete: true });
  await addCard(app, "Alan Turing", "Me", [3, 3], { complete: true });
  const bundle = await exportAll(page);
  const ada = bundle.scorecards.find((c: any) => c.candidate === "Ada Lovelace");
  const copies = Array.from({ length: count }, (_, i) => ({ ...structuredClone(ada), ...copy(ada, i) }));
  await page.getByLabel("Import scorecard files").setInputFiles([
    { name: "copies.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...bundle, scorecards: copies })) },
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText(`${count} imported`);
}

test("a long matrix shows a page of 25 scorecards at a time, with Previous and Next", async ({ page }) => {
  await seedCopies(page, 120, (ada, i) => {
    const n = String(i + 1).padStart(3, "0");
    return { id: `${ada.id}-${n}`, candidate: `Candidate ${n}`, interviewer: "Grace" };
  });

  await openCompare(page);
  await page.getByRole("button", { name: TECHNICAL }).click();
  const pages = page.getByRole("group", { name: /: pages$/ });
  const status = pages.getByRole("status");
  const previous = pages.getByRole("button", { name: "Previous page" });
  const next = pages.getByRole("button", { name: "Next page" });
  await expect(status).toHaveText("Showing scorecards 1–25 of 122");
  await expect(matrix(page).getByRole("rowheader")).toHaveCount(25);
  await expect(previous).toBeDisabled();

  // By name, A to Z: Ada first, then the candidates in order, a page at a time.
  await page.getByRole("columnheader", { name: "Candidate" }).getByRole("button").click();
  const names = matrix(page).getByRole("rowheader");
  await expect(names.first()).toHaveText("Ada Lovelace");
  await expect(names.last()).toHaveText("Candidate 023");
  await next.click();
  await expect(status).toHaveText("Showing scorecards 26–50 of 122");
  await expect(names.first()).toHaveText("Candidate 024");
  await expect(previous).toBeEnabled();
  for (const last of [75, 100, 122]) {
    await next.click();
    await expect(status).toHaveText(`Showing scorecards ${last - (last === 122 ? 21 : 24)}–${last} of 122`);
  }
  await expect(names).toHaveCount(22);
  await expect(names.last()).toHaveText("Candidate 120");
  // Nothing past the end: the button says so (aria-disabled) and keeps the focus.
  await expect(next).toBeDisabled();
  await expect(next).toBeFocused();
  await previous.click();
  await expect(status).toHaveText("Showing scorecards 76–100 of 122");

  // Sorting again starts from the first page of the new order.
  await page.getByRole("columnheader", { name: "Candidate" }).getByRole("button").click();
  await expect(status).toHaveText("Showing scorecards 1–25 of 122");
  await expect(names.first()).toHaveText("Candidate 120");

  // A short matrix needs no pages (still by name, Z to A).
  await page.getByRole("button", { name: "Clear selection" }).click();
  await page.getByText(/^Scorecards: 0 of 122 picked/).click();
  await page.getByRole("checkbox", { name: /^Ada Lovelace, by Me/ }).check();
  await page.getByRole("checkbox", { name: /^Candidate 007, by Grace/ }).check();
  await expect(names).toHaveText(["Candidate 007", "Ada Lovelace"]);
  await expect(pages).toHaveCount(0);
});

test("calibration shows ten candidates at a time, with a button for more", async ({ page }) => {
  // Twelve candidates, each scored by two interviewers.
  await seedCopies(page, 24, (ada, i) => ({
    id: `${ada.id}-${i}`,
    candidate: `Pair ${String(Math.floor(i / 2) + 1).padStart(2, "0")}`,
    interviewer: i % 2 ? "Grace" : "Linus",
  }));

  await openCompare(page);
  await page.getByRole("button", { name: TECHNICAL }).click();
  const blocks = page.getByRole("region", { name: /^Pair \d+: 2 scorecards$/ });
  await expect(blocks).toHaveCount(10);
  await expect(page.getByText("Showing 10 of 12 candidates.")).toBeVisible();
  await page.getByRole("button", { name: "Show 10 more candidates" }).click();
  await expect(blocks).toHaveCount(12);
  await expect(page.getByRole("button", { name: "Show 10 more candidates" })).toHaveCount(0);
});
