import { expect, test, type Page } from "@playwright/test";
import { frozenClock, ScorecardApp, T0, TECHNICAL_CRITERIA } from "./scorecard-page";

// The card's lifecycle (Draft, In call, Scoring, Completed) and the timers as a screen reader
// meets them. Time moves only by Playwright's clock.

const CRITERIA = TECHNICAL_CRITERIA;

/** A new card for `candidate` on the default kit, or on the kit labelled `kit`. */
async function started(page: Page, candidate: string, kit?: string) {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  if (kit) await page.getByLabel("Rubric", { exact: true }).selectOption({ label: kit });
  await app.start(candidate);
  return app;
}

/** The status badge in the header, read as the one visible status word. */
const status = (page: Page, word: string) => page.getByText(word, { exact: true });

const call = (page: Page) => page.getByRole("group", { name: "Call timer" });

async function scoreAll(app: ScorecardApp) {
  for (const title of CRITERIA) await app.score(title, "4 Strong");
}

test("ending the call moves In call to Scoring, never back to Draft, and it stays so after a reload", async ({ page }) => {
  await started(page, "Barbara Liskov");
  await expect(status(page, "Draft")).toBeVisible();
  await call(page).getByRole("button", { name: "Start call" }).click();
  await expect(status(page, "In call")).toBeVisible();
  await page.clock.runFor(12 * 60_000);
  await call(page).getByRole("button", { name: "End call" }).click();
  await expect(status(page, "Scoring")).toBeVisible();
  await expect(status(page, "Draft")).toHaveCount(0);
  await expect(call(page)).toContainText("Score now: 5:00 left");
  await page.reload();
  await expect(status(page, "Scoring")).toBeVisible();
});

test("Mark completed ends a running call: its time stops and no call controls remain", async ({ page }) => {
  const app = await started(page, "Edsger Dijkstra");
  await call(page).getByRole("button", { name: "Start call" }).click();
  await scoreAll(app);
  await page.clock.runFor(10 * 60_000);
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(status(page, "Completed")).toBeVisible();
  await expect(call(page)).toContainText("Call took 10:00");
  await expect(call(page).getByRole("button")).toHaveCount(0);
  await page.clock.runFor(5 * 60_000);
  await page.reload();
  await expect(call(page)).toContainText("Call took 10:00");
  await expect(call(page).getByRole("button", { name: "Resume call" })).toHaveCount(0);
});

test("a completed card is read-only until reopened: Enter on Clear wipes nothing, and the reopening is recorded", async ({ page }) => {
  const app = await started(page, "Tony Hoare");
  await scoreAll(app);
  await page.getByLabel("Notes on API design").fill("Clean resource model.");
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(status(page, "Completed")).toBeVisible();
  // Focus lands on the note saying so, not on Reopen: a stray Enter there changes nothing.
  const note = page.getByRole("region", { name: "Completion" }).getByText("Read-only until you reopen it.");
  await expect(note).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status(page, "Completed")).toBeVisible();

  const clear = page.getByRole("button", { name: "Clear score for API design" });
  await expect(clear).toBeDisabled();
  await clear.focus();
  await page.keyboard.press("Enter");
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  for (const control of [
    app.criterion("API design").getByRole("radio", { name: "2 Below bar" }),
    page.getByLabel("Notes on API design"),
    app.recommendation().getByRole("radio", { name: "Hire", exact: true }),
    page.getByLabel("Overall notes"),
    page.getByLabel("Another red flag"),
    page.getByRole("button", { name: "Unlock threshold" }),
  ]) {
    await expect(control).toBeDisabled();
  }
  await expect(page.getByLabel("Notes on API design")).toHaveValue("Clean resource model.");

  await page.clock.runFor(3 * 60_000);
  await page.getByRole("button", { name: "Reopen scorecard" }).click();
  await expect(status(page, "Draft")).toBeVisible();
  await expect(page.getByRole("region", { name: "Completion" })).toContainText("Reopened at");
  await expect(page.getByRole("button", { name: "Mark completed" })).toBeFocused();
  await expect(clear).toBeEnabled();
  const stored = Object.entries(await app.storage()).find(([k]) => k.startsWith("scorecard:card:"))!;
  expect(JSON.parse(stored[1]).scorecard.reopened).toEqual([T0.getTime() + 1000 + 3 * 60_000]);
});

test("completing with warnings open lists them and asks once, inline, then completes", async ({ page }) => {
  const app = await started(page, "Fran Allen");
  await app.score("API design", "5 Exceptional");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();

  // Keep scoring: nothing changes, focus returns to the button.
  await page.getByRole("button", { name: "Mark completed" }).click();
  const ask = page.getByRole("group", { name: "Complete with these still open?" });
  await expect(ask.getByRole("listitem")).toHaveText(["Hire, but 4 of 5 criteria are unscored."]);
  await ask.getByRole("button", { name: "Keep scoring" }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark completed" })).toBeFocused();
  await expect(status(page, "Draft")).toBeVisible();

  // Asked once, answered by keyboard: the confirmation takes focus, Enter completes.
  await page.keyboard.press("Enter");
  await expect(ask.getByRole("button", { name: "Complete anyway" })).toBeFocused();
  await expect(status(page, "Completed")).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(status(page, "Completed")).toBeVisible();
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Completion" }).getByText("Read-only until you reopen it.")).toBeFocused();
});

test("the header keeps one height through every status at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = await started(page, "Margaret Hamilton");
  const header = page.locator("header", { has: page.getByRole("heading", { level: 1 }) });
  const heights: Record<string, number> = {};
  const measure = async (word: string) => {
    await expect(status(page, word)).toBeVisible();
    heights[word] = (await header.boundingBox())!.height;
  };
  await measure("Draft");
  await call(page).getByRole("button", { name: "Start call" }).click();
  await app.score("API design", "3 Meets bar");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await measure("In call");
  await page.clock.runFor(20 * 60_000);
  await call(page).getByRole("button", { name: "End call" }).click();
  await measure("Scoring");
  await page.clock.runFor(6 * 60_000);
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByRole("button", { name: "Complete anyway" }).click();
  await measure("Completed late");
  await page.getByRole("button", { name: "Reopen scorecard" }).click();
  await measure("Scoring");
  const all = Object.values(heights);
  expect(Math.max(...all) - Math.min(...all), JSON.stringify(heights)).toBe(0);
  // One row: no taller than the title block itself.
  const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  expect(all[0]).toBeLessThan(title.height * 4);
});

test("the call timer is a named timer that is never live, and each cue is announced once", async ({ page }) => {
  await started(page, "Grace Hopper");
  await call(page).getByRole("button", { name: "Start call" }).click();
  const elapsed = call(page).getByRole("timer", { name: "Elapsed" });
  await expect(elapsed).toHaveText("0:00");
  await expect(call(page).getByRole("timer", { name: "Left" })).toHaveText("30:00");
  // No live region around the ticking text: a screen reader is not read the time every second.
  const live = await elapsed.evaluate((el) => !!el.closest("[aria-live], [role=status], [role=alert], [role=log], [role=marquee]"));
  expect(live).toBe(false);

  const cues = page.getByRole("status", { name: "Timer cues" });
  await expect(cues).toHaveText("");
  // Count every change of the live region's text from here on.
  await cues.evaluate((el) => {
    const w = window as unknown as { cueTexts: string[] };
    w.cueTexts = [];
    new MutationObserver(() => w.cueTexts.push(el.textContent!.trim())).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.clock.runFor(25 * 60_000);
  await expect(elapsed).toHaveText("25:00");
  await expect(cues).toHaveText("5 minutes left in the call.");
  await page.clock.runFor(4 * 60_000);
  await expect(elapsed).toHaveText("29:00");
  await page.clock.runFor(2 * 60_000);
  await expect(call(page).getByRole("timer", { name: "Over time by" })).toHaveText("1:00");
  await expect(cues).toHaveText("The call is over time.");
  await page.clock.runFor(3 * 60_000);
  await expect(elapsed).toHaveText("34:00");
  const texts = await page.evaluate(() => (window as unknown as { cueTexts: string[] }).cueTexts);
  expect(texts).toEqual(["5 minutes left in the call.", "The call is over time."]);
});

test("an answer running long is announced once through the same live region", async ({ page }) => {
  await started(page, "Adele Goldberg", "Backend pre-screen");
  // A behavioral question: its answer target is 90 s.
  await page.getByRole("group", { name: "Behavioral", exact: true }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Start answer timer for question 1" }).click();
  const cues = page.getByRole("status", { name: "Timer cues" });
  await page.clock.runFor(60_000);
  await expect(cues).toHaveText("");
  await page.clock.runFor(40_000);
  await expect(cues).toHaveText(/Question 1: the answer is running long\./);
  await expect(page.getByRole("timer", { name: "Answer time" })).toHaveText("1:40");
  await page.getByRole("button", { name: "Pause answer timer for question 1" }).click();
  await expect(cues).toHaveText("");
});
