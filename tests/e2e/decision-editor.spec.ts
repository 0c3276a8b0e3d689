import { expect, test } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

// The decision rule is set in the rubric editor before the first call: a must-pass criterion
// with its minimum and a red-flag policy. A card started from the rubric reads it back and
// applies it.

test("a decision rule set in the editor is the rule a new scorecard shows and applies", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("Security-first screen");
  await editor.getByLabel("Red flags in the decision rule").selectOption({ label: "any red flag means Strong No Hire" });
  await editor.getByRole("button", { name: "Add must-pass criterion" }).click();
  const added = editor.getByRole("group", { name: "Must-pass criterion 2" });
  await added.getByLabel("Must-pass criterion 2", { exact: true }).selectOption({ label: "Security fundamentals" });
  await added.getByLabel("Minimum level 2").selectOption({ label: "4 Strong" });
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Security-first screen" })).toContainText("Yours");

  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Security-first screen" });
  await app.start("Rule Reader");
  const result = page.getByRole("region", { name: "Result" });
  await expect(result).toContainText(
    "Decision rule: pass at 3.00 · must pass: API design at 3+, Security fundamentals at 4+ · any red flag means Strong No Hire",
  );

  // 4.00 would be a Strong Hire, but Security fundamentals at 3 misses its minimum of 4.
  for (const title of TECHNICAL_CRITERIA) await app.score(title, title === "Security fundamentals" ? "3 Meets bar" : "4 Strong");
  const rule = page.getByText(/^The rule says:/);
  await expect(rule).toContainText("The rule says: No Hire");
  await app.score("Security fundamentals", "4 Strong");
  await expect(rule).toContainText("The rule says: Strong Hire");
  // Any red flag now means Strong No Hire.
  await page.getByRole("group", { name: "Red flags seen in this call" }).getByRole("checkbox").first().check();
  await expect(rule).toContainText("The rule says: Strong No Hire");
});
