import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, download } from "./scorecard-page";

const TECHNICAL = /^All of rubric Backend technical phone screen/;
const HIDE = "Hide names until every picked scorecard is completed";
/** Everything that would tell who a candidate is: names, the candidate key, a file's name. */
const SECRETS = ["Ada", "Lovelace", "Zed", "Zulu", "ats-4242", "zed@example.com", "ada-lovelace.json"];

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("button", { name }).click();

async function openCompare(page: Page) {
  await nav(page, "Compare");
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
}

/** Starts a scorecard, gives it a candidate key, scores the first criterion, may complete it. */
async function addCard(app: ScorecardApp, name: string, key: string, complete: boolean) {
  await app.start(name, "Me");
  const field = app.page.getByLabel("Candidate key (optional, shared with colleagues)");
  await field.fill(key);
  await field.press("Tab");
  await app.score(TECHNICAL_CRITERIA[0], "3 Meets bar");
  if (complete) await completeOpenCard(app.page);
  await app.page.getByRole("button", { name: "All scorecards" }).click();
}

async function completeOpenCard(page: Page) {
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "Complete anyway" }).click();
  await expect(page.getByRole("button", { name: "Reopen scorecard" })).toBeVisible();
}

/** A colleague's completed scorecard of `card` (so the same candidate key), in a file named after the candidate. */
function colleagueFile(bundle: any, card: any) {
  const copy = structuredClone(card);
  copy.id = `${card.id}-grace`;
  copy.interviewer = "Grace";
  copy.status = "completed";
  copy.criteria = copy.criteria.map((c: any) => ({ ...c, score: 5 }));
  const doc = { ...bundle, scorecards: [copy] };
  return { name: "ada-lovelace.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) };
}

test("names stay hidden on Compare and in its exports until every picked scorecard is completed", async ({ page }) => {
  // Three scorecards, an import and two downloads: slow on a shared machine.
  test.slow();
  const app = new ScorecardApp(page);
  await app.open();
  await addCard(app, "Ada Lovelace", "ats-4242", true);
  await addCard(app, "Zed Zulu", "zed@example.com", false);
  const all = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  const bundle = JSON.parse(all.text);
  const ada = bundle.scorecards.find((c: any) => c.candidate === "Ada Lovelace");
  await page.getByLabel("Import scorecard files").setInputFiles([colleagueFile(bundle, ada)]);
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText("1 imported");

  await openCompare(page);
  const hide = page.getByRole("checkbox", { name: HIDE });
  await expect(hide).not.toBeChecked();
  await hide.check();
  await page.getByRole("button", { name: TECHNICAL }).click();
  const reason = page.getByText("Names are hidden until every picked scorecard is completed: 1 of 3 is not.");
  await expect(reason).toBeVisible();
  const names = page.getByRole("table").first().getByRole("rowheader");
  await expect(names).toHaveCount(3);
  await expect(names.filter({ hasText: /^Candidate \d$/ })).toHaveCount(3);

  // Every view of the page, the debriefs opened too, names nobody.
  for (const summary of await page.getByText(/^Debrief /).all()) await summary.click();
  await expect(page.getByRole("region", { name: /^Debrief: Candidate \d$/ }).first()).toBeVisible();
  const text = await page.getByRole("main").innerText();
  for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  await expect(page.getByRole("group", { name: "Same candidate?" })).toHaveCount(0);

  // Nor do the exports.
  for (const kind of ["CSV", "HTML"]) {
    const file = await download(page, () => page.getByRole("button", { name: `Export comparison as ${kind}` }).click());
    expect(file.text).toContain("Candidate 1");
    for (const secret of SECRETS) expect(file.text, `${kind}: ${secret}`).not.toContain(secret);
  }

  // Completing the last open scorecard shows the names.
  await nav(page, "Scorecards");
  await page.getByRole("button", { name: "Open scorecard for Zed Zulu" }).click();
  await completeOpenCard(page);
  await page.getByRole("button", { name: "All scorecards" }).click();
  await openCompare(page);
  await expect(names.filter({ hasText: "Zed Zulu" })).toHaveCount(1);
  await expect(names.filter({ hasText: "Ada Lovelace" })).toHaveCount(2);
  await expect(reason).toHaveCount(0);

  // The option is remembered across a reload.
  await page.reload();
  await openCompare(page);
  await expect(page.getByRole("checkbox", { name: HIDE })).toBeChecked();
});
