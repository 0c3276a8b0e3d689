import { expect, test } from "@playwright/test";
import { download, ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

test("Copy for ATS puts plain text on the clipboard: the result first, then each criterion with its notes", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov", "Grace Hopper");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "4 Strong");
  await app.score("Security fundamentals", "3 Meets bar");
  await page.getByLabel("Notes on API design").fill("**Versioned** the API | Sunset header\n- [ ] ask about `idempotency`");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByLabel("Overall notes").fill("# Hire for the platform team");

  const menu = page.getByRole("button", { name: "Export" });
  await menu.click();
  await page.getByRole("menuitem", { name: "Copy for ATS" }).click();
  await expect(page.getByText("Copied the scorecard as plain text for your ATS.")).toBeVisible();
  await expect(menu).toBeFocused();

  // Pasted into a plain text field, as Greenhouse, Lever and Ashby have.
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.setContent('<label>ATS notes <textarea id="ats" rows="40" cols="100"></textarea></label>');
  const field = page.getByLabel("ATS notes");
  await field.focus();
  await page.keyboard.insertText(text);
  const pasted = await field.inputValue();
  const lines = pasted.split("\n");
  expect(lines.slice(0, 4)).toEqual([
    "Recommendation: Hire",
    "Weighted score: 3.80 / 5 (pass threshold 3.00)",
    "Verdict: Passes the threshold",
    "Red flags: none",
  ]);
  const criteria = lines.indexOf("Criteria");
  expect(criteria).toBeGreaterThan(3);
  expect(lines.slice(criteria + 1, criteria + 4)).toEqual([
    "API design: 4/5 Strong",
    "  Versioned the API / Sunset header",
    "  – ( ) ask about 'idempotency'",
  ]);
  expect(lines).toContain("Security fundamentals: 3/5 Meets bar");
  expect(lines[lines.indexOf("Overall notes") + 1]).toBe("  ＃ Hire for the platform team");
  for (const mark of ["|", "**", "#", "`", "- [ ]", "<"]) expect(pasted).not.toContain(mark);
});

test("Copy for ATS is reached with the menu's keys like the other items", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov");
  const menu = page.getByRole("button", { name: "Export" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Copy for ATS" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Copied the scorecard as plain text for your ATS.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Recommendation: No recommendation\n/);
});

test("the library exports every criterion's score and notes with the interviewer, one row per card and criterion", async ({
  page,
}) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov", "=Grace Hopper");
  await app.score("API design", "4 Strong");
  await page.getByLabel("Notes on API design").fill("Sunset header and two versions live");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const { name, text } = await download(page, () =>
    page.getByRole("button", { name: "Export scores and notes as CSV" }).click(),
  );
  expect(name).toMatch(/^scorecard-scores-\d{4}-\d\d-\d\d\.csv$/);
  const rows = text.trimEnd().split("\r\n").map((r) => r.split(","));
  expect(rows[0].slice(0, 4)).toEqual(["card_id", "candidate", "candidate_key", "interviewer"]);
  expect(rows).toHaveLength(1 + TECHNICAL_CRITERIA.length);
  expect(rows[1].slice(1, 4)).toEqual(["Barbara Liskov", "name:barbara liskov", "'=Grace Hopper"]);
  expect(rows[1].slice(8, 13)).toEqual(["API design", "1", "4", "Strong", "Sunset header and two versions live"]);
  expect(rows[2].slice(8, 13)).toEqual(["Databases and query performance", "1", "", "", ""]);
});
