import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

async function audit(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations in any view (${scheme})`, async ({ page }) => {
    // Seven full axe audits of long pages: about 25 s on a busy two-core machine, so more than
    // the default 30 s test budget leaves room for.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new ScorecardApp(page);
    await app.open();
    await audit(page, "start");
    await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend behavioral (STAR-L)" });
    await app.start("Ada Lovelace");
    await page.getByRole("group", { name: "Behavioral", exact: true }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Start call" }).click();
    await page.getByRole("radiogroup", { name: "Ownership", exact: true }).getByRole("radio", { name: "4 Strong" }).check();
    await app.recommendation().getByRole("radio", { name: "Strong Hire" }).check();
    await audit(page, "scorecard");
    await page.keyboard.press("?");
    await audit(page, "shortcut sheet");
    await page.getByRole("button", { name: "All scorecards" }).click();
    await audit(page, "library");
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
    await audit(page, "rubrics");
    await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
    await page.getByRole("button", { name: "Save rubric" }).click();
    await audit(page, "editor");
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
    await audit(page, "compare");
  });

  test(`storage messages and their export button pass the audit (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    await page.goto("/");
    const app = new ScorecardApp(page);
    await app.start("Alert Al");
    await expect(page.getByRole("alert").getByRole("button", { name: "Export to a file" })).toBeVisible();
    await audit(page, "storage message");
  });
}

test("keyboard only: from an empty app to an exported scorecard", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  // Tab to the candidate field and type; Enter submits the form.
  await page.keyboard.press("Tab");
  for (let i = 0; i < 10 && !(await page.getByLabel("Candidate name").evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByLabel("Candidate name")).toBeFocused();
  await page.keyboard.type("Keyboard Kim");
  await page.keyboard.press("Enter");
  // Focus moves to the new card's title, so the next Tab continues from the top of it.
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard Kim" })).toBeFocused();
  // Score every criterion with j and the number keys.
  for (const score of ["4", "3", "5", "2", "4"]) {
    await page.keyboard.press("j");
    await page.keyboard.press(score);
  }
  await expect(page.getByText("5 of 5 criteria scored")).toBeVisible();
  // Notes by keyboard: n focuses the current criterion's notes.
  await page.keyboard.press("n");
  await page.keyboard.type("Clear on secrets management.");
  await expect(page.getByLabel("Notes on Security fundamentals")).toHaveValue("Clear on secrets management.");
  // Export through the menu with Tab and Enter.
  const exportMenu = page.getByText("Export", { exact: true });
  await exportMenu.focus();
  await page.keyboard.press("Enter");
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download JSON" }).focus();
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/^scorecard-keyboard-kim-/);
});

test("n pressed right after j, before the next frame, keeps the focus in the notes", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Quick Quinn");
  // Both keys arrive before the browser draws again, as they do on a busy machine: moving to
  // the next criterion must not pull focus back out of the notes that n opened.
  await page.evaluate(() => {
    for (const key of ["j", "n"]) {
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    }
  });
  const notes = page.getByRole("textbox", { name: /^Notes on / }).first();
  await expect(notes).toBeFocused();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.keyboard.type("typed at once");
  await expect(notes).toHaveValue("typed at once");
});

test("in a 320 px window, opening a card starts at its top with the title focused", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Narrow Nia");
  await app.page.getByRole("button", { name: "All scorecards" }).click();
  // Start a second card from far down the page.
  await page.getByLabel("Candidate name").fill("Narrow Ned");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Narrow Ned" })).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Back to the list: the top of the list, not where the card was scrolled to.
  await page.getByLabel("Overall notes").scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
