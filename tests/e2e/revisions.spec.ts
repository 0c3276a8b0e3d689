import { expect, test } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, download } from "./scorecard-page";

test("after reopening, a changed score asks why; cancel keeps it, save records it on the card, in the export and in Compare", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Edsger Dijkstra", "Me");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "3 Meets bar");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "Reopen scorecard" }).click();

  const api = app.criterion("API design");
  await api.getByRole("radio", { name: "4 Strong" }).click();
  const dialog = page.getByRole("dialog", { name: "Change API design from 3 Meets bar to 4 Strong?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Why?")).toBeFocused();

  // Cancel: the score is as it was and focus is back on the radio.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(api.getByRole("radio", { name: "3 Meets bar" })).toBeChecked();
  await expect(api.getByRole("radio", { name: "4 Strong" })).not.toBeChecked();

  // Save with a reason: the score changes and the revision is listed.
  await api.getByRole("radio", { name: "4 Strong" }).click();
  await dialog.getByLabel("Why?").fill("Re-read the design notes");
  await dialog.getByRole("button", { name: "Save change" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(api.getByRole("radio", { name: "4 Strong" })).toBeChecked();
  const log = page.getByRole("list", { name: "Revised after completion" });
  await expect(log.getByRole("listitem")).toHaveText([/^API design: 3 Meets bar → 4 Strong \(.* UTC\), because: Re-read the design notes$/]);

  // The key for "no evidence" asks too.
  await api.getByRole("radio", { name: "4 Strong" }).focus();
  await page.keyboard.press("-");
  await expect(page.getByRole("dialog", { name: "Change API design from 4 Strong to no evidence?" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(api.getByRole("radio", { name: "4 Strong" })).toBeChecked();

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const html = await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click());
  expect(html.text).toContain("Revised after completion");
  expect(html.text).toContain("API design: 3 Meets bar → 4 Strong (");
  expect(html.text).toContain("because: Re-read the design notes");

  // Compare marks the card.
  await page.getByRole("button", { name: "All scorecards" }).click();
  await app.start("Tony Hoare", "Me");
  await app.score("API design", "2 Below bar");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await page.getByRole("button", { name: /^All of rubric Backend technical phone screen/ }).click();
  const row = page
    .getByRole("table")
    .first()
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: "Open scorecard: Edsger Dijkstra, by Me" }) });
  await expect(row).toContainText("revised after completion");
});
