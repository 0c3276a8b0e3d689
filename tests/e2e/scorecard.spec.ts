import { expect, test } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

test("scores two criteria and a recommendation, and keeps them across a reload", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace", "Grace Hopper");

  await app.score("API design", "4 Strong");
  await app.score("Security fundamentals", "2 Below bar");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByLabel("Notes on API design").fill("Idempotency keys for retries, cursor pagination.");
  await expect(page.getByText("2 of 5 criteria scored")).toBeVisible();
  await expect(page.getByText("3.00 / 5")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.reload();

  await expect(page.getByRole("heading", { level: 1, name: "Ada Lovelace" })).toBeVisible();
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(
    app.criterion("Security fundamentals").getByRole("radio", { name: "2 Below bar" }),
  ).toBeChecked();
  await expect(app.criterion("Databases and query performance").getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(app.recommendation().getByRole("radio", { name: "Hire", exact: true })).toBeChecked();
  await expect(page.getByLabel("Notes on API design")).toHaveValue(
    "Idempotency keys for retries, cursor pagination.",
  );
  await expect(page.getByText("2 of 5 criteria scored")).toBeVisible();
});

test("a finished scorecard is found again in the list and reopens", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Alan Turing");
  for (const title of [
    "API design",
    "Databases and query performance",
    "Concurrency and distributed systems",
    "Error handling and observability",
    "Security fundamentals",
  ]) {
    await app.score(title, "3 Meets bar");
  }
  await expect(page.getByText("Passes the threshold")).toBeVisible();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "All scorecards" }).click();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: "Alan Turing" });
  await expect(row).toContainText("Completed");
  await expect(row).toContainText("3.00 · 5 of 5");
  await expect(row).toContainText("Pass");
  await row.getByRole("button", { name: "Open scorecard for Alan Turing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alan Turing" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen scorecard" })).toBeVisible();
});

test("corrupt stored data starts the app with a message and keeps the raw text", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.evaluate(() => {
    localStorage.setItem("scorecard:card:broken", '{"format":"scorecard","version":1,"scorecard":{');
    localStorage.setItem("scorecard:index", "not json at all");
    localStorage.setItem("scorecard:card:future", '{"format":"scorecard","version":99,"scorecard":{}}');
  });
  await page.reload();

  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  const messages = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(messages).toHaveCount(3);
  await expect(messages.filter({ hasText: "newer" })).toHaveCount(1);
  const stored = await app.storage();
  const backups = Object.keys(stored).filter((k) => k.startsWith("scorecard:backup:"));
  expect(backups).toHaveLength(3);
  expect(Object.values(stored)).toContain('{"format":"scorecard","version":99,"scorecard":{}}');
  expect(Object.values(stored)).toContain('{"format":"scorecard","version":1,"scorecard":{');
  expect(stored["scorecard:card:broken"]).toBeUndefined();

  // Starting clean works, and the message can be dismissed.
  await app.start("Barbara Liskov");
  await app.score("API design", "5 Exceptional");
  await page.getByRole("button", { name: "Dismiss message" }).first().click();
  await expect(page.getByRole("button", { name: "Dismiss message" })).toHaveCount(2);
});

test("a missing or inconsistent index is rebuilt from the stored scorecards", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Index Ida");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await app.start("Index Ivo");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const rows = page.getByRole("table").getByRole("rowheader");
  await expect(rows).toHaveCount(2);

  // The index names a card that is gone and misses one that is there.
  const index = await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("scorecard:index")!);
    const body = Object.keys(doc).find((k) => Array.isArray(doc[k]))!;
    doc[body] = ["ghost-card", doc[body][0]];
    localStorage.setItem("scorecard:index", JSON.stringify(doc));
    return body;
  });
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("alert")).toHaveCount(0);
  const ids = await page.evaluate((body) => JSON.parse(localStorage.getItem("scorecard:index")!)[body], index);
  expect(ids).toHaveLength(2);
  expect(ids).not.toContain("ghost-card");

  // No index at all: the cards are still found.
  await page.evaluate(() => localStorage.removeItem("scorecard:index"));
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("rowheader", { name: /Index Ida/ })).toBeVisible();
});

test("the app makes no request outside its own origin", async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith("data:")) outside.push(url);
  });
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Edsger Dijkstra");
  await app.score("API design", "1 Weak");
  expect(outside).toEqual([]);
});
