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
  // The issue asks for at most 60%; five criteria should come near one laptop screen, so the
  // compact layout (about 28% here) is held to 35%.
  expect(folded.criteria, measured).toBeLessThanOrEqual(full.criteria * 0.35);

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

test("compact mode folds a scored question's unchosen answer levels behind its own button", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend pre-screen" });
  await app.start("Grace Hopper");
  await page.getByRole("group", { name: "Behavioral", exact: true }).getByRole("checkbox").first().check();
  const levels = page.getByRole("list", { name: "Levels for question 1" }).getByRole("listitem");
  const fold = page.getByRole("button", { name: "Levels for question 1" });
  await expect(levels.filter({ visible: true })).toHaveCount(5);
  await expect(fold).toHaveCount(0);

  await page.getByRole("switch", { name: "Compact" }).check();
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(levels.filter({ visible: true })).toHaveCount(0);
  const card = page.getByRole("listitem").filter({ has: fold });
  await card.getByRole("radio", { name: "4 Strong" }).check();
  await expect(levels.filter({ visible: true })).toHaveCount(1);
  await expect(levels.filter({ visible: true })).toHaveAttribute("aria-current", "true");

  await fold.click();
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  await expect(levels.filter({ visible: true })).toHaveCount(5);
});

test("in compact mode a criterion's notes are one row that grows while typed in and with its text", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov");
  await page.getByRole("switch", { name: "Compact" }).check();
  const notes = page.getByLabel("Notes on API design");
  const height = () => notes.evaluate((e) => Math.round(e.getBoundingClientRect().height));
  const row = await height();
  expect(row).toBeLessThanOrEqual(44);
  await notes.focus();
  await expect.poll(height).toBeGreaterThan(row);
  await notes.fill("Versioned the API\nSunset header\nPagination by cursor\nIdempotency keys");
  await notes.blur();
  await expect.poll(height).toBeGreaterThan(row * 2);
});

for (const width of [320, 360, 768]) {
  test(`compact mode never scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = new ScorecardApp(page);
    await app.open();
    await app.start("Barbara Liskov", "Grace Hopper");
    await page.getByRole("switch", { name: "Compact" }).check();
    await app.score("API design", "4 Strong");
    await page.getByRole("button", { name: "Signals and levels for Databases and query performance" }).click();
    const wide = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      main: Math.round(document.getElementById("main")!.getBoundingClientRect().width),
    }));
    expect(wide.page, `page ${wide.page} px at ${width} px`).toBeLessThanOrEqual(width);
    expect(wide.main, `criteria column ${wide.main} px at ${width} px`).toBeLessThanOrEqual(width);
  });
}
