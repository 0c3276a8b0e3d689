import { expect, test } from "@playwright/test";
import { ScorecardApp, download, fillQuota } from "./scorecard-page";

test("a panic shows a plain message and leaves stored data intact", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace");
  await app.score("API design", "4 Strong");
  const before = await app.storage();
  await page.goto("/?test-panic=1");
  await expect(page.getByRole("alert")).toContainText("Scorecard hit an internal error and stopped");
  expect(await app.storage()).toEqual({ ...before });
  await page.goto("/");
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
});

test("a full quota is reported, nothing in the tab is lost, and saving resumes when there is room", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Quota Quinn");
  await fillQuota(page);
  // Notes make the document longer than there is room for.
  await page.getByLabel("Notes on API design").fill("Still typing while the quota is full");
  await expect(page.getByRole("alert").filter({ hasText: "Browser storage is full" })).toBeVisible();
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  // The message offers a way out that needs no storage: a file with what the tab holds.
  const quotaAlert = page.getByRole("alert").filter({ hasText: "Browser storage is full" });
  const file = await download(page, () => quotaAlert.getByRole("button", { name: "Export to a file" }).click());
  expect(file.name).toMatch(/^scorecard-quota-quinn-.*\.json$/);
  expect(JSON.parse(file.text).scorecard.criteria[0].notes).toBe("Still typing while the quota is full");
  await app.score("API design", "5 Exceptional");
  await expect(app.criterion("API design").getByRole("radio", { name: "5 Exceptional" })).toBeChecked();
  await expect(page.getByLabel("Notes on API design")).toHaveValue("Still typing while the quota is full");

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await app.score("Security fundamentals", "3 Meets bar");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(app.criterion("API design").getByRole("radio", { name: "5 Exceptional" })).toBeChecked();
  await expect(page.getByLabel("Notes on API design")).toHaveValue("Still typing while the quota is full");
});

test("a save that failed is retried when the tab is hidden; closing right after typing loses nothing", async ({ context }) => {
  const page = await context.newPage();
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Hidden Hal");
  // A write that fails once, as a full quota would, then works again.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    let failures = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("scorecard:card:") && failures++ === 0) {
        throw new DOMException("full", "QuotaExceededError");
      }
      return original.call(this, key, value);
    };
  });
  await page.getByLabel("Overall notes").fill("Typed just before switching away");
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  // The tab is hidden: the change is written without another edit.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.getByLabel("Overall notes").fill("Typed just before closing the tab");
  await page.close();
  const again = await context.newPage();
  await again.goto("/");
  await expect(again.getByLabel("Overall notes")).toHaveValue("Typed just before closing the tab");
});

test("unavailable storage gets a message and the app still scores in memory", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("not letting Scorecard save");
  const app = new ScorecardApp(page);
  await app.start("Memory Mo");
  await app.score("API design", "3 Meets bar");
  await expect(page.getByText("1 of 5 criteria scored")).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: "not letting Scorecard save" });
  const file = await download(page, () => alert.getByRole("button", { name: "Export to a file" }).click());
  const saved = JSON.parse(file.text).scorecard;
  expect(saved.candidate).toBe("Memory Mo");
  expect(saved.criteria[0].score).toBe(3);
});

// The injection corpus goes through every view and output in injection.spec.ts.
