import { expect, test, type Locator, type Page } from "@playwright/test";
import { fillQuota, frozenClock, ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

// The visual system as the interviewer meets it at 1280 px: a one-row sticky header, one page
// width, notices that overlay, destructive actions marked by more than colour, visible focus
// rings and touch targets of at least 24 px. Measured from bounding boxes and computed styles.

test.use({ viewport: { width: 1280, height: 800 } });

const call = (page: Page) => page.getByRole("group", { name: "Call timer" });
const status = (page: Page, word: string) => page.getByText(word, { exact: true });

async function started(page: Page, candidate: string) {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start(candidate);
  return app;
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b, `${l} has a box`).not.toBeNull();
  return b!;
}

/** The header's parts (title, status, call timer, actions) share one row: their vertical
 *  extents overlap, and the status sits right beside the title. */
async function expectOneRowHeader(page: Page, candidate: string, word: string) {
  const title = await box(page.getByRole("heading", { level: 1, name: candidate }));
  const badge = await box(status(page, word));
  const parts = [
    title,
    badge,
    await box(call(page)),
    await box(page.getByRole("button", { name: "Focus mode" })),
    await box(page.getByRole("button", { name: "Export" })),
    await box(page.getByRole("button", { name: "All scorecards" })),
  ];
  const lowestTop = Math.max(...parts.map((b) => b.y));
  const highestBottom = Math.min(...parts.map((b) => b.y + b.height));
  expect(lowestTop, `every part of the header (${word}) on one row`).toBeLessThan(highestBottom);
  expect(badge.x - (title.x + title.width), "the status beside the title").toBeLessThan(48);
  expect(badge.x).toBeGreaterThan(title.x);
}

test("the scorecard header is one row at 1280 px in draft, in call and completed", async ({ page }) => {
  const app = await started(page, "Ada Lovelace");
  await expectOneRowHeader(page, "Ada Lovelace", "Draft");
  await call(page).getByRole("button", { name: "Start call" }).click();
  await expectOneRowHeader(page, "Ada Lovelace", "In call");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "4 Strong");
  await page.clock.runFor(10 * 60_000);
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expectOneRowHeader(page, "Ada Lovelace", "Completed");
});

test("the header keeps the candidate, the call timer and the status in view after scrolling", async ({ page }) => {
  await started(page, "Grace Hopper");
  await call(page).getByRole("button", { name: "Start call" }).click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(page.getByRole("heading", { level: 1, name: "Grace Hopper" })).toBeInViewport();
  await expect(call(page).getByRole("timer", { name: "Elapsed" })).toBeInViewport();
  await expect(status(page, "In call")).toBeInViewport();
});

test("every screen's content has the same width at 1280 px", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  const widths: Record<string, number> = {};
  widths.scorecards = (await box(page.getByRole("main"))).width;
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  widths.compare = (await box(page.getByRole("main"))).width;
  await page.getByRole("button", { name: "Rubrics", exact: true }).click();
  widths.rubrics = (await box(page.getByRole("main"))).width;
  await page.getByRole("button", { name: "Scorecards", exact: true }).click();
  await app.start("Alan Turing");
  // The scorecard: from the scoring column's left edge to the result column's right edge.
  const scoring = await box(page.getByRole("main", { name: "Scoring" }));
  const result = await box(page.getByRole("complementary", { name: "Result and recommendation" }));
  widths.scorecard = result.x + result.width - scoring.x;
  for (const [screen, width] of Object.entries(widths)) {
    expect(Math.abs(width - widths.scorecards), `${screen} is ${width} px, scorecards ${widths.scorecards} px`).toBeLessThanOrEqual(1);
  }
});

test("a notice overlays the page: the first criterion does not move when it appears", async ({ page }) => {
  await started(page, "Quota Quinn");
  const heading = page.getByRole("heading", { name: "API design", exact: true });
  const top = () => heading.evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await fillQuota(page);
  await page.getByLabel("Notes on API design").fill("Still typing while the quota is full");
  await expect(page.getByRole("alert").filter({ hasText: "Browser storage is full" })).toBeVisible();
  expect(await top()).toBe(before);
});

test("destructive actions carry a mark, not only a colour, and keep their names", async ({ page }) => {
  const app = await started(page, "Edsger Dijkstra");
  await app.score("API design", "4 Strong");
  const mark = (l: Locator) => l.evaluate((b) => getComputedStyle(b, "::before").content);
  const clear = page.getByRole("button", { name: "Clear score for API design", exact: true });
  expect(await mark(clear)).toContain("\u2715");
  // A quiet action that destroys nothing has no mark.
  expect(await mark(page.getByRole("button", { name: "Shortcuts (?)", exact: true }))).toBe("none");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const del = page.getByRole("button", { name: "Delete scorecard for Edsger Dijkstra", exact: true });
  expect(await mark(del)).toContain("\u2715");
  expect(await mark(page.getByRole("button", { name: "Duplicate scorecard for Edsger Dijkstra" }))).toBe("none");
});

/** The focus ring of what has keyboard focus: on a radio, its option (the input is invisible). */
async function ringOfFocused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const shown = el instanceof HTMLInputElement && el.type === "radio" ? el.closest("label")! : el;
    const s = getComputedStyle(shown);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), what: el.outerHTML.slice(0, 80) };
  });
}

test("keyboard focus shows a ring on buttons, radios and text fields", async ({ page }) => {
  await started(page, "Barbara Liskov");
  const targets = [
    page.getByRole("button", { name: "Focus mode" }),
    page.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "3 Meets bar" }),
    page.getByLabel("Notes on API design"),
    page.getByRole("textbox", { name: "Another red flag" }),
  ];
  for (const target of targets) {
    // Reached by the keyboard (Tab from the control before it), as an interviewer would.
    await target.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const ring = await ringOfFocused(page);
    expect(ring.style, ring.what).not.toBe("none");
    expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
  }
});

test("every button, radio and checkbox on the scorecard is a target of at least 24 px", async ({ page }) => {
  await started(page, "Tony Hoare");
  const controls = page.locator("button, input[type=radio], input[type=checkbox]");
  const small: string[] = [];
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    // A checkbox or radio inside its label is clicked through the label: that is its target.
    const size = await control.evaluate((el) => {
      const target = el instanceof HTMLInputElement ? (el.closest("label") ?? el) : el;
      const r = target.getBoundingClientRect();
      return { w: r.width, h: r.height, name: el.getAttribute("aria-label") ?? target.textContent?.trim().slice(0, 40) };
    });
    if (size.w < 24 || size.h < 24) small.push(`${size.name}: ${size.w}x${size.h}`);
  }
  expect(small).toEqual([]);
});
