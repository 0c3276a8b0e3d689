import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, download, fillQuota } from "./scorecard-page";

test("a store full at start still lists and opens every card, says it is full, exports, and saves again after a delete", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  for (const name of ["Ada Lovelace", "Alan Turing"]) {
    await app.start(name);
    await app.score("API design", "4 Strong");
    await page.getByRole("button", { name: "All scorecards" }).click();
  }
  await fillQuota(page);
  await page.reload();

  const full = page.getByRole("alert").filter({ hasText: "Storage is full: nothing new is saved. Export your scorecards, then delete old ones." });
  await expect(full).toBeVisible();
  await expect(page.getByText(/site data is blocked/)).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Alan Turing" })).toBeVisible();

  const file = await download(page, () => full.getByRole("button", { name: "Export to a file" }).click());
  const names = JSON.parse(file.text).scorecards.map((c: { candidate: string }) => c.candidate).sort();
  expect(names).toEqual(["Ada Lovelace", "Alan Turing"]);

  await page.getByRole("button", { name: "Delete scorecard for Ada Lovelace" }).click();
  await expect(page.getByRole("rowheader", { name: "Ada Lovelace" })).toHaveCount(0);
  await page.getByRole("button", { name: "Open scorecard for Alan Turing" }).click();
  await app.score("Security fundamentals", "3 Meets bar");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const stored = await app.storage();
  const card = Object.entries(stored).find(([k, v]) => k.startsWith("scorecard:card:") && v.includes("Alan Turing"));
  expect(card?.[1]).toContain('"criterion_id":"security","score":3');
});

test("a download's object URL is not revoked before the browser could start reading it", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { revokedAtOnce: string[] };
    w.revokedAtOnce = [];
    const revoked = new Set<string>();
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      revoked.add(url);
      revoke(url);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const href = this.href;
      click.call(this);
      // Runs once the handler that clicked has returned, before any later task.
      queueMicrotask(() => {
        if (revoked.has(href)) w.revokedAtOnce.push(href);
      });
    };
  });
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Download Dana");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  expect(file.text).toContain("Download Dana");
  expect(await page.evaluate(() => (window as unknown as { revokedAtOnce: string[] }).revokedAtOnce)).toEqual([]);
});

test("a delete that storage does not carry out is reported, not silently ignored", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Sticky Sam");
  await page.getByRole("button", { name: "All scorecards" }).click();
  // A store that ignores removals of card keys.
  await page.evaluate(() => {
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (this: Storage, key: string) {
      if (!key.startsWith("scorecard:card:")) remove.call(this, key);
    };
  });
  await page.getByRole("button", { name: "Delete scorecard for Sticky Sam" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be removed" })).toBeVisible();
});

test("an import into storage that is full says what was not saved instead of 'imported'", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Import Ivy");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  await page.getByRole("button", { name: "Delete scorecard for Import Ivy" }).click();
  await fillQuota(page);
  await page.getByLabel("Import scorecard files").setInputFiles(file.path);
  const report = page.getByRole("status").filter({ hasText: "Import not saved" });
  await expect(report).toBeVisible();
  await expect(report).toContainText("0 of 1 saved; 1 kept only in this tab");
  await expect(report).not.toContainText("imported");
  await expect(page.getByRole("rowheader", { name: "Import Ivy" })).toBeVisible();
});

test("another tab's unreadable version of the open card is moved to a backup before this tab saves over it", async ({ context }) => {
  const page = await context.newPage();
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Backup Bea");
  await page.getByLabel("Overall notes").fill("mine");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const key = Object.keys(await app.storage()).find((k) => k.startsWith("scorecard:card:"))!;
  const other = await context.newPage();
  // The other tab's app running (its start would find the broken value too, and back it up).
  await other.goto("/");
  await expect(other.locator("#shell")).toHaveCount(0);
  await other.evaluate((k) => localStorage.setItem(k, "{ not json written by a broken tab"), key);
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  await page.getByLabel("Overall notes").fill("mine, typed after");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const stored = await app.storage();
  const backups = Object.entries(stored).filter(([k]) => k.startsWith("scorecard:backup:") && k.endsWith(key));
  expect(backups.map(([, v]) => v)).toEqual(["{ not json written by a broken tab"]);
  expect(stored[key]).toContain("mine, typed after");
});
