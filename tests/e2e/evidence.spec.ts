import { expect, test } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, download } from "./scorecard-page";

test("'No evidence' by mouse and key: answered, left out of the total, listed as a gap and exported", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Frances Allen");

  // Mouse: a sixth choice apart from 1-5.
  const api = app.criterion("API design").getByRole("radio", { name: "No evidence" });
  await api.check();
  await expect(api).toBeChecked();
  await expect(page.getByText("1 of 5 criteria scored")).toBeVisible();
  await expect(page.getByText("No scores to total")).toBeVisible();

  for (const title of TECHNICAL_CRITERIA.slice(1, 4)) await app.score(title, "4 Strong");
  // Keyboard: "-" on a score option marks it; the score it had is cleared.
  const security = app.criterion("Security fundamentals");
  await security.getByRole("radio", { name: "1 Weak" }).check();
  await page.keyboard.press("-");
  await expect(security.getByRole("radio", { name: "No evidence" })).toBeChecked();
  await expect(security.getByRole("radio", { name: "1 Weak" })).not.toBeChecked();

  await expect(page.getByText("5 of 5 criteria scored")).toBeVisible();
  // 4, 4, 4 and two without evidence: 4.00, not dragged down as a 0 or a 1 would.
  await expect(page.getByText("4.00 / 5")).toBeVisible();
  await expect(page.getByText("Gaps: no evidence for API design, Security fundamentals.")).toBeVisible();

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const html = await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click());
  expect(html.text).toContain("Gaps: no evidence for API design, Security fundamentals.");
  expect(html.text.match(/<strong>no evidence<\/strong>/g)).toHaveLength(2);

  // A score replaces the mark.
  await app.score("API design", "3 Meets bar");
  await expect(api).not.toBeChecked();
  await expect(page.getByText("Gaps: no evidence for Security fundamentals.")).toBeVisible();
});
