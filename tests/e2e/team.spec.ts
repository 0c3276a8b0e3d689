import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, download } from "./scorecard-page";

// A round of screens: ten scorecards of five candidates from three interviewers (Me, and the
// files of Grace and Linus), as a hiring manager sees them after the round.

const WORDS: Record<number, string> = { 1: "Weak", 2: "Below bar", 3: "Meets bar", 4: "Strong", 5: "Exceptional" };
const TECHNICAL = /^All of rubric Backend technical phone screen/;

/** Starts a scorecard as "Me", scores every criterion, recommends and completes it. */
async function addMine(app: ScorecardApp, name: string, scores: number[], recommend: string) {
  await app.start(name, "Me");
  for (let i = 0; i < scores.length; i++) await app.score(TECHNICAL_CRITERIA[i], `${scores[i]} ${WORDS[scores[i]]}`);
  await app.recommendation().getByRole("radio", { name: recommend, exact: true }).check();
  await app.page.getByRole("button", { name: "Mark completed" }).click();
  await app.page.getByRole("button", { name: "All scorecards" }).click();
}

type Theirs = { from: string; candidate: string; scores: number[]; recommendation: string };

/**
 * The round: four own scorecards, then Grace's and Linus's files, three scorecards each, copied
 * from an own card with their name, scores and recommendation.
 *  - Ada: Me, Grace, Linus; API design 2, 5, 4 (a spread of 3).
 *  - Bob: Me, Grace; API design 3, 5 (a spread of 2).
 *  - Cy: Me, Linus; agree.
 *  - Dee: Grace, Linus; agree on scores, split hire / no hire.
 *  - Eve: Me only.
 */
async function seedRound(page: Page) {
  const app = new ScorecardApp(page);
  await app.open();
  await addMine(app, "Ada Lovelace", [2, 4, 4, 4, 4], "Hire");
  await addMine(app, "Bob Byte", [3, 3, 3, 3, 3], "Hire");
  await addMine(app, "Cy Young", [4, 4, 4, 4, 4], "Hire");
  await addMine(app, "Eve Early", [3, 4, 3, 4, 3], "No Hire");
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  const bundle = JSON.parse(file.text);
  const base = bundle.scorecards.find((c: any) => c.candidate === "Eve Early");
  const theirs: Theirs[] = [
    { from: "Grace", candidate: "Ada Lovelace", scores: [5, 4, 4, 4, 4], recommendation: "hire" },
    { from: "Grace", candidate: "Bob Byte", scores: [5, 3, 3, 3, 3], recommendation: "hire" },
    { from: "Grace", candidate: "Dee Dev", scores: [4, 4, 4, 4, 4], recommendation: "hire" },
    { from: "Linus", candidate: "Ada Lovelace", scores: [4, 4, 4, 4, 4], recommendation: "hire" },
    { from: "Linus", candidate: "Cy Young", scores: [4, 4, 4, 4, 4], recommendation: "hire" },
    { from: "Linus", candidate: "Dee Dev", scores: [4, 4, 4, 4, 4], recommendation: "no_hire" },
  ];
  const files = ["Grace", "Linus"].map((who) => {
    const scorecards = theirs
      .filter((t) => t.from === who)
      .map((t, i) => {
        const copy = structuredClone(base);
        copy.id = `${base.id}-${who.toLowerCase()}-${i}`;
        copy.candidate = t.candidate;
        copy.interviewer = who;
        copy.recommendation = t.recommendation;
        copy.criteria = copy.criteria.map((c: any, j: number) => ({ ...c, score: t.scores[j] }));
        return copy;
      });
    const doc = { ...bundle, scorecards };
    return { name: `${who.toLowerCase()}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) };
  });
  await page.getByLabel("Import scorecard files").setInputFiles(files);
  const report = page.getByRole("status").filter({ hasText: "Import finished" });
  await expect(report).toContainText("grace.json: 3 imported");
  await expect(report).toContainText("linus.json: 3 imported");
}

async function openCompare(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
}

test("calibration counts the candidates it lists, the three-card one included", async ({ page }) => {
  await seedRound(page);
  await openCompare(page);
  await page.getByRole("button", { name: TECHNICAL }).click();
  await expect(page.getByRole("table").first().getByRole("rowheader")).toHaveCount(10);

  const calib = page.getByRole("region", { name: "Calibration" });
  // Every candidate with two or more scorecards has its table; Eve has one.
  const blocks = calib.getByRole("region", { name: /: \d scorecards$/ });
  await expect(blocks).toHaveCount(4);
  await expect(calib.getByRole("region", { name: "Ada Lovelace: 3 scorecards" })).toBeVisible();
  await expect(calib.getByRole("region", { name: /^Eve Early/ })).toHaveCount(0);

  // The count and the list of flagged candidates are one value: three, each named and shown.
  await expect(calib.getByText("3 candidates with a disagreement", { exact: false })).toBeVisible();
  const flagged = calib.getByRole("list", { name: "Candidates with a disagreement" }).getByRole("listitem");
  await expect(flagged).toHaveText([
    "⚠ Ada Lovelace: Disagreement: spread 3 on API design",
    "⚠ Bob Byte: Disagreement: spread 2 on API design",
    "⚠ Dee Dev: Split hire / no hire",
  ]);
  for (const name of ["Ada Lovelace: 3 scorecards", "Bob Byte: 2 scorecards", "Dee Dev: 2 scorecards"]) {
    await expect(calib.getByRole("region", { name }).getByText(/Disagreement: spread|Split hire/).first()).toBeVisible();
  }
  await expect(calib.getByRole("region", { name: "Cy Young: 2 scorecards" })).toContainText("Interviewers agree");

  // Per criterion: each interviewer's score, the mean and the spread, flagged in words.
  const ada = calib.getByRole("region", { name: "Ada Lovelace: 3 scorecards" });
  const api = ada.getByRole("row", { name: /^API design/ });
  await expect(api.getByRole("cell")).toHaveText(["2 Below bar", "5 Exceptional", "4 Strong", "3.67", /^3\s*⚠?\s*Disagreement: spread 3$/]);
});
