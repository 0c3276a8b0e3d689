import { expect, test } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

const FLAG = "Waves testing and monitoring away as someone else's job";

test("a recommendation that contradicts the evidence shows one calm line per contradiction, and completing asks once", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "4 Strong");
  const warnings = page.getByRole("list", { name: "Recommendation warnings" }).getByRole("listitem");

  // Hire with a red flag: one line naming the flag; unchecking the flag removes it.
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await expect(warnings).toHaveCount(0);
  const flag = page.getByRole("checkbox", { name: FLAG });
  await flag.check();
  await expect(warnings).toHaveText([`Hire, but a red flag is checked: “${FLAG}”.`]);
  await flag.uncheck();
  await expect(warnings).toHaveCount(0);

  // Hire with a criterion at 1, though the total still passes (API design is also the kit's
  // must-pass criterion, at 3+).
  await app.score("API design", "1 Weak");
  await expect(warnings).toHaveText([
    "Hire, but a must-pass criterion is below its minimum: API design: 1 (must reach 3).",
    "Hire, but “API design” is scored 1 (Weak).",
  ]);

  // No Hire with every criterion at 5 and no red flag.
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "5 Exceptional");
  await app.recommendation().getByRole("radio", { name: "No Hire", exact: true }).check();
  const passes = "No Hire, but the weighted score 5.00 reaches the pass threshold 3.00 and no red flag is checked.";
  await expect(warnings).toHaveText([passes]);

  // Completing with the line open asks once, listing it, then completes. No Hire differs from
  // the rule's Strong Hire, so it needs a reason first.
  await page.getByLabel("Why does your recommendation differ from the rule?").fill("Testing the warnings");
  await page.getByRole("button", { name: "Mark completed" }).click();
  const ask = page.getByRole("group", { name: "Complete with these still open?" });
  await expect(ask.getByRole("listitem")).toHaveText([passes]);
  await ask.getByRole("button", { name: "Complete anyway" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();
});
