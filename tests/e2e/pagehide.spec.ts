import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

/** Types a note whose LAST keystroke's save fails once (a full quota), then closes the page at once. */
async function typeThenClose(context: BrowserContext, page: Page) {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Pagehide Pia");
  const notes = page.getByLabel("Notes on API design");
  await notes.click();
  await page.keyboard.type("Closed right after typin");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  // The next card write throws QuotaExceededError once; every later write works.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    let failed = false;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (!failed && key.startsWith("scorecard:card:")) {
        failed = true;
        throw new DOMException("full", "QuotaExceededError");
      }
      return original.call(this, key, value);
    };
  });
  await page.keyboard.type("g");
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  // A real close: the browser fires pagehide (and visibilitychange) on the way out.
  const closed = new Promise((done) => page.once("close", done));
  await page.close({ runBeforeUnload: true });
  await closed;
  const again = await context.newPage();
  await again.goto("/");
  return again.getByLabel("Notes on API design");
}

test("closing the page right after typing, while the last save failed, keeps the text (pagehide retries it)", async ({ context }) => {
  const page = await context.newPage();
  const notes = await typeThenClose(context, page);
  await expect(notes).toHaveValue("Closed right after typing");
});

test("control: with the app's pagehide and visibilitychange handlers blocked, the same close loses the last keystroke", async ({ context }) => {
  // Proves the test above can fail: it passes only because the app retries on the way out.
  const page = await context.newPage();
  await page.addInitScript(() => {
    for (const type of ["pagehide", "visibilitychange"]) {
      // A capture listener on window runs before the app's listener there and stops it.
      window.addEventListener(type, (ev) => ev.stopImmediatePropagation(), true);
      document.addEventListener(type, (ev) => ev.stopImmediatePropagation(), true);
    }
  });
  const notes = await typeThenClose(context, page);
  await expect(notes).toHaveValue("Closed right after typin");
});
