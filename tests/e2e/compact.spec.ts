import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

/** The height of the five criteria, first top to last bottom, and of the whole page, in CSS pixels. */
async function heights(page: Page) {
  const criteria = page.getByRole("main", { name: "Scoring" }).getByRole("article");
  const first = await criteria.first().evaluate((e) => e.getBoundingClientRect().top);
  const last = await criteria.last().evaluate((e) => e.getBoundingClientRect().bottom);
  return { criteria: Math.round(last - first), page: await page.evaluate(() => document.documentElement.scrollHeight) };
}

test("compact mode folds signals and levels to one line per criterion, expands one, and is remembered", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov", "Grace Hopper");
  const compact = page.getByRole("switch", { name: "Compact" });
  const api = page.getByRole("article", { name: "API design" });
  const databases = page.getByRole("article", { name: "Databases and query performance" });

  // New interviewers get the full card: every signal shown, no fold buttons.
  await expect(compact).not.toBeChecked();
  await expect(api.getByText("Strong signal")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Signals and levels/ })).toHaveCount(0);
  await app.score("API design", "4 Strong");
  const full = await heights(page);

  await compact.check();
  for (const title of TECHNICAL_CRITERIA) {
    const card = page.getByRole("article", { name: title });
    await expect(card.getByText("Strong signal"), title).toBeHidden();
    await expect(card.getByText("Weak signal"), title).toBeHidden();
    await expect(card.getByRole("button", { name: `Signals and levels for ${title}` })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  }
  // The chosen level's anchor stays beside the choice; the other four fold away.
  const apiLevels = page.getByRole("list", { name: "Levels for API design" }).getByRole("listitem");
  await expect(apiLevels.filter({ visible: true })).toHaveCount(1);
  await expect(apiLevels.filter({ visible: true })).toHaveAttribute("aria-current", "true");
  const folded = await heights(page);
  const measured = `criteria: full ${full.criteria} px, compact ${folded.criteria} px; page: full ${full.page} px, compact ${folded.page} px (1280x800)`;
  test.info().annotations.push({ type: "height", description: measured });
  console.log(measured);
  expect(folded.criteria, measured).toBeLessThanOrEqual(full.criteria * 0.6);

  // One criterion opens; the others stay folded.
  await api.getByRole("button", { name: "Signals and levels for API design" }).click();
  await expect(api.getByRole("button", { name: "Signals and levels for API design" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(api.getByText("Strong signal")).toBeVisible();
  await expect(apiLevels.filter({ visible: true })).toHaveCount(5);
  await expect(databases.getByText("Strong signal")).toBeHidden();

  // The choice survives a reload (each criterion starts folded again).
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Barbara Liskov" })).toBeVisible();
  await expect(compact).toBeChecked();
  await expect(api.getByText("Strong signal")).toBeHidden();
  expect((await app.storage())["scorecard:density"]).toBe("compact");

  // And back to full.
  await compact.uncheck();
  await expect(databases.getByText("Strong signal")).toBeVisible();
  await page.reload();
  await expect(compact).not.toBeChecked();
});
