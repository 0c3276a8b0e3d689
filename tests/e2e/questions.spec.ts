import { expect, test, type Page } from "@playwright/test";
import { download, frozenClock, ScorecardApp } from "./scorecard-page";


/** The card of the picked question whose text starts with `text`. */
function askedCard(page: Page, text: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: text }) });
}

const BREAKING = "How do you ship a breaking change to an API without breaking existing clients?";
const SECRETS = "Where do your services keep secrets and sensitive configuration?";

test("the technical kit has a bank tied to its criteria, with an answer timer, follow-ups and notes; an unasked pick is exported as skipped", async ({ page }) => {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Alan Turing");

  // The bank groups the kit's questions by the criterion each one probes.
  const api = page.getByRole("group", { name: "API design", exact: true });
  await expect(api.getByRole("checkbox")).toHaveCount(3);
  await api.getByRole("checkbox", { name: BREAKING }).check();
  await page.getByRole("group", { name: "Security fundamentals", exact: true }).getByRole("checkbox", { name: SECRETS }).check();
  await expect(page.getByRole("list", { name: "Question mix" })).toContainText(
    "No question picked yet for Databases and query performance, Concurrency and distributed systems, Error handling and observability.",
  );

  await page.getByRole("group", { name: "Call timer" }).getByRole("button", { name: "Start call" }).click();
  const first = askedCard(page, BREAKING);
  await expect(first).toContainText("Probes: API design");
  await expect(first).toContainText("How long do you keep the old version alive");
  await expect(first).toContainText("Planned");
  await first.getByRole("button", { name: "Start answer timer for question 1" }).click();
  await page.clock.runFor(100_000);
  await first.getByRole("button", { name: "Pause answer timer for question 1" }).click();
  await expect(first).toContainText("1:40");
  await page.getByLabel("Answer notes for question 1").fill("Sunset header; two versions live for a quarter.");
  // The timed question counts as asked and can no longer be marked not asked.
  await expect(first.getByRole("button", { name: "Mark question 1 asked" })).toHaveAttribute("aria-pressed", "true");
  await expect(first.getByRole("button", { name: "Mark question 1 asked" })).toBeDisabled();

  await page.getByRole("group", { name: "Call timer" }).getByRole("button", { name: "End call" }).click();
  await expect(askedCard(page, SECRETS)).toContainText("Skipped");

  await page.getByText("Export", { exact: true }).click();
  const html = (await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click())).text;
  const asked = html.indexOf("Questions asked");
  const skipped = html.indexOf("Skipped (not asked)");
  expect(asked).toBeGreaterThan(0);
  expect(skipped).toBeGreaterThan(asked);
  expect(html.indexOf(BREAKING)).toBeGreaterThan(asked);
  expect(html.indexOf(BREAKING)).toBeLessThan(skipped);
  expect(html).toContain("Technical · API design · answer 1:40");
  expect(html).toContain("Sunset header; two versions live for a quarter.");
  expect(html.indexOf(SECRETS)).toBeGreaterThan(skipped);
  expect(html.split(SECRETS).length - 1).toBe(1);
});

test("removing a question mid-call offers Undo, which puts back its notes, time and place", async ({ page }) => {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend behavioral (STAR-L)" });
  await app.start("Grace Hopper");
  const behavioral = page.getByRole("group", { name: "Behavioral", exact: true }).getByRole("checkbox");
  for (const n of [0, 1, 2]) await behavioral.nth(n).check();
  await page.getByRole("group", { name: "Call timer" }).getByRole("button", { name: "Start call" }).click();

  const cards = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Remove question/ }) });
  const text = (await cards.nth(1).getByRole("heading", { level: 3 }).textContent())!.trim();
  await page.getByRole("button", { name: "Start answer timer for question 2" }).click();
  await page.clock.runFor(45_000);
  await page.getByRole("button", { name: "Pause answer timer for question 2" }).click();
  await page.getByLabel("Answer notes for question 2").fill("Pushed back with a prototype and numbers.");

  await page.getByRole("button", { name: "Remove question 2" }).click();
  const status = page.getByRole("status").filter({ hasText: "Removed" });
  await expect(status).toContainText(`Removed \u201c${text}\u201d. Undo`);
  await expect(cards).toHaveCount(2);
  const undo = status.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();

  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1).getByRole("heading", { level: 3 })).toHaveText(text);
  await expect(cards.nth(1)).toContainText("0:45");
  await expect(page.getByLabel("Answer notes for question 2")).toHaveValue("Pushed back with a prototype and numbers.");
  await expect(cards.nth(1)).toBeFocused();
  await expect(status).toHaveCount(0);

  // An untouched planned question goes without an offer: nothing is lost.
  await page.getByRole("button", { name: "Remove question 3" }).click();
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "Removed" })).toHaveCount(0);
  await expect(cards.nth(1)).toBeFocused();

  // Unticking a question with notes in the bank is a removal too, with the same Undo.
  await behavioral.nth(1).uncheck();
  await expect(page.getByRole("status").filter({ hasText: "Removed" })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(behavioral.nth(1)).toBeChecked();
  await expect(page.getByLabel("Answer notes for question 2")).toHaveValue("Pushed back with a prototype and numbers.");
});
