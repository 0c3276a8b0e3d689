import { expect, test } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

test("after the first visit the app loads and works with the network off", async ({ page, context }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The worker controls the page once it has claimed it.
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  // The parts loaded on demand (scripts/split.mjs) come from the worker's cache too.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();
  await nav.getByRole("button", { name: "Rubrics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rubrics" })).toBeVisible();
  await nav.getByRole("button", { name: "Scorecards" }).click();
  await app.start("Offline Olga");
  for (const title of ["API design", "Databases and query performance", "Concurrency and distributed systems", "Error handling and observability", "Security fundamentals"]) {
    await app.score(title, "4 Strong");
  }
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByText("Export", { exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download JSON" }).click();
  expect((await download).suggestedFilename()).toMatch(/^scorecard-offline-olga-/);
  await context.setOffline(false);
});

test("the served app runs under its Content-Security-Policy with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const app = new ScorecardApp(page);
  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("connect-src 'self'");
  await app.start("Strict Sam");
  await app.score("API design", "3 Meets bar");
  expect(violations).toEqual([]);
});

test("a new build says so once", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.evaluate(() => localStorage.setItem("scorecard:build", "an-older-build"));
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "A new version of Scorecard is in use." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  await expect(page.getByText("A new version of Scorecard is in use.")).toHaveCount(0);
});
