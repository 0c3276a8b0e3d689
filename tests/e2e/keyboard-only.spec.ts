import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { TECHNICAL_CRITERIA } from "./scorecard-page";

// After page.goto this test acts ONLY through page.keyboard (press, type): no click, fill,
// locator.press or focus(). Locators are used to read and to assert, never to act.

/** Presses Tab until `target` has focus (reading where focus is, never moving it otherwise). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("keyboard only: an empty app to a completed, exported scorecard, each note in the criterion it was written for", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();

  await tabTo(page, page.getByLabel("Candidate name"));
  await page.keyboard.type("Kim Keys");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Kim Keys" })).toBeFocused();

  // Scores with j and the number keys from the shortcut sheet; notes on two criteria on the
  // way down (n, type, Esc back to the card).
  const scores = [4, 3, 5, 2, 4];
  const NOTES: Record<string, string> = {
    "Databases and query performance": "Explained covering indexes",
    "Error handling and observability": "No tracing story",
  };
  for (let i = 0; i < TECHNICAL_CRITERIA.length; i++) {
    await page.keyboard.press("j");
    await page.keyboard.press(String(scores[i]));
    const note = NOTES[TECHNICAL_CRITERIA[i]];
    if (note) {
      await page.keyboard.press("n");
      await page.keyboard.type(note);
      await page.keyboard.press("Escape");
    }
  }
  await expect(page.getByText("5 of 5 criteria scored")).toBeVisible();
  // And one on the way back up: k twice from Security fundamentals is Concurrency.
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await page.keyboard.press("n");
  await page.keyboard.type("Raft from memory");
  await page.keyboard.press("Escape");
  NOTES["Concurrency and distributed systems"] = "Raft from memory";

  // A red flag (r, Space), then the recommendation the rule gives with it (d, arrows).
  await page.keyboard.press("r");
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: /red flags/i }).getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByText(/^The rule says: No Hire/)).toBeVisible();
  await page.keyboard.press("d");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const rec = page.getByRole("radiogroup", { name: "Overall recommendation" });
  await expect(rec.getByRole("radio", { name: "No Hire", exact: true })).toBeChecked();
  // Agreeing with the rule needs no reason.
  await expect(page.getByLabel("Why does your recommendation differ from the rule?")).toHaveCount(0);

  await tabTo(page, page.getByRole("button", { name: "Mark completed" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Read-only until you reopen it/)).toBeVisible();

  await page.keyboard.press("x");
  await expect(page.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await downloading;

  // Every note sits in the criterion it was meant for, and only there.
  for (const title of TECHNICAL_CRITERIA) {
    await expect(page.getByLabel(`Notes on ${title}`)).toHaveValue(NOTES[title] ?? "");
  }
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const card = JSON.parse(await readFile(path, "utf8")).scorecard;
  expect(card.candidate).toBe("Kim Keys");
  expect(card.status).toBe("completed");
  expect(card.criteria.map((c: { score: number | null }) => c.score)).toEqual(scores);
  expect(card.criteria.map((c: { notes: string }) => c.notes)).toEqual(TECHNICAL_CRITERIA.map((t) => NOTES[t] ?? ""));
  expect(card.recommendation).toBe("no_hire");
  expect(card.red_flags).toHaveLength(1);
});
