import { expect, test, type Page } from "@playwright/test";
import { download, frozenClock, ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

// The first-impression check: a quiet, private prompt 3 minutes into the call, hidden until
// the card is completed. Time moves only by Playwright's clock.

const prompt = (page: Page) => page.getByRole("group", { name: "First impression? 1-5 or skip" });
const call = (page: Page) => page.getByRole("group", { name: "Call timer" });

async function inCall(page: Page, candidate: string) {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start(candidate);
  await call(page).getByRole("button", { name: "Start call" }).click();
  return app;
}

test("3 minutes into the call a private prompt asks for a first impression, shown only once completed", async ({ page }) => {
  const app = await inCall(page, "Ada Lovelace");
  await page.clock.runFor(179_000);
  await expect(call(page)).toContainText("2:59 elapsed");
  await expect(prompt(page)).toHaveCount(0);

  await page.clock.runFor(1_000);
  await expect(call(page)).toContainText("3:00 elapsed");
  await expect(prompt(page)).toBeVisible();
  // Quiet: it never takes focus from where the interviewer is.
  await expect(prompt(page).getByRole("button").first()).not.toBeFocused();

  await prompt(page).getByRole("button", { name: "First impression 2" }).click();
  await expect(prompt(page)).toHaveCount(0);
  // Hidden during the call: neither the answer nor the words appear anywhere.
  await expect(page.getByText(/first impression/i)).toHaveCount(0);
  await page.reload();
  await expect(call(page)).toContainText("elapsed");
  await expect(prompt(page)).toHaveCount(0);

  for (const title of TECHNICAL_CRITERIA) await app.score(title, "4 Strong");
  await expect(page.getByText(/first impression/i)).toHaveCount(0);
  // 4.00 is a Strong Hire by the kit's decision rule: agreeing needs no reason.
  await app.recommendation().getByRole("radio", { name: "Strong Hire", exact: true }).check();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();

  const result = page.getByRole("region", { name: "Result" });
  await expect(result).toContainText("First impression2 Below bar · final 4.00");

  await page.getByText("Export", { exact: true }).click();
  const html = (await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click())).text;
  expect(html).toContain("First impression: 2 Below bar · final 4.00");
});

test("Skip is kept as skipped, and a rubric with the setting off never asks", async ({ page }) => {
  await inCall(page, "Grace Hopper");
  await page.clock.runFor(180_000);
  await prompt(page).getByRole("button", { name: "Skip first impression" }).click();
  await expect(prompt(page)).toHaveCount(0);
  await page.clock.runFor(600_000);
  await expect(prompt(page)).toHaveCount(0);

  // Own rubric with the setting off.
  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("No snap judgements");
  const setting = editor.getByLabel("Ask for a first impression 3 minutes into the call");
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "No snap judgements" });
  await new ScorecardApp(page).start("Barbara Liskov");
  await call(page).getByRole("button", { name: "Start call" }).click();
  await page.clock.runFor(20 * 60_000);
  await expect(call(page)).toContainText("20:00 elapsed");
  await expect(prompt(page)).toHaveCount(0);
});
