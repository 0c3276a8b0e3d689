import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, download } from "./scorecard-page";

/** The serious and critical WCAG 2.0/2.1 A and AA violations axe finds on the page as it is. */
async function serious(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function audit(page: Page, view: string) {
  expect(await serious(page, view)).toEqual([]);
}

test("the audit can fail: a control stripped of its name is reported", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await audit(page, "start");
  // Take the candidate field's label away, as a regression would: axe must say so.
  await page.getByLabel("Candidate name").evaluate((input) => {
    for (const label of document.querySelectorAll(`label[for="${input.id}"]`)) label.remove();
    input.removeAttribute("aria-label");
    input.removeAttribute("aria-labelledby");
    input.removeAttribute("placeholder");
    input.removeAttribute("title");
  });
  expect((await serious(page, "start")).join("\n")).toMatch(/label \(critical\)/);
});

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

  test(`every dialog, the open rubric editor, print, embed and recovered data pass the audit (${scheme})`, async ({ page, browser }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new ScorecardApp(page);
    await app.open();
    await app.start("Dora Dialog", "Me");
    for (const title of TECHNICAL_CRITERIA.slice(0, 4)) await app.score(title, "3 Meets bar");
    await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
    // Completing with a criterion unscored asks once: "Complete with these still open?"
    await page.getByRole("button", { name: "Mark completed" }).click();
    await expect(page.getByRole("group", { name: "Complete with these still open?" })).toBeVisible();
    await audit(page, "complete anyway question");
    await page.getByRole("button", { name: "Complete anyway" }).click();
    await expect(page.getByText("Completed", { exact: true })).toBeVisible();
    // A changed score on a reopened card asks why.
    await page.getByRole("button", { name: "Reopen scorecard" }).click();
    // The dialog holds the change back, so the radio stays unchecked: a click, not check().
    await app.criterion("API design").getByRole("radio", { name: "4 Strong" }).click();
    const revision = page.getByRole("dialog", { name: "Change API design from 3 Meets bar to 4 Strong?" });
    await expect(revision).toBeVisible();
    await audit(page, "score revision dialog");
    await page.keyboard.press("Escape");
    await expect(revision).toHaveCount(0);
    // The printed view.
    await page.emulateMedia({ media: "print", colorScheme: scheme });
    await audit(page, "print");
    await page.emulateMedia({ media: "screen", colorScheme: scheme });
    // "Embed in a wiki", in the top navigation of the library.
    await page.getByRole("button", { name: "All scorecards" }).click();
    await page.getByRole("button", { name: "Embed in a wiki" }).click();
    await expect(page.getByRole("dialog", { name: "Embed in a wiki" })).toBeVisible();
    await audit(page, "embed dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    // The import report, after importing this library's own export.
    const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
    await page.getByLabel("Import scorecard files").setInputFiles(file.path);
    await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toBeVisible();
    await audit(page, "import report");
    // The rubric editor while open: a new rubric, and a copy of a built-in kit before saving.
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
    await page.getByRole("button", { name: "New rubric" }).click();
    await expect(page.getByRole("form", { name: "Edit rubric" })).toBeVisible();
    await audit(page, "editor, new rubric");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
    const editor = page.getByRole("form", { name: "Edit rubric" });
    await expect(editor).toBeVisible();
    await audit(page, "editor, copy of a built-in kit");
    await editor.getByLabel("Title", { exact: true }).fill("Dialog kit");
    await page.getByRole("button", { name: "Save rubric" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
    await page.getByRole("button", { name: "Share link for Dialog kit" }).click();
    const link = await page.getByRole("textbox", { name: "Share link for Dialog kit" }).inputValue();
    // An incoming rubric, opened from its share link in a fresh profile.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.emulateMedia({ colorScheme: scheme });
    await other.goto(link);
    await expect(other.getByRole("dialog", { name: "Add the rubric “Dialog kit”?" })).toBeVisible();
    await audit(other, "incoming rubric dialog");
    // The embed view, as a wiki shows it.
    await other.goto("/?embed=1&view=score");
    await expect(other.getByRole("heading", { name: "New scorecard" })).toBeVisible();
    await audit(other, "embed view");
    await fresh.close();
    // Recovered data, with an unreadable card moved to a backup key; the alert links to it.
    await page.evaluate(() => localStorage.setItem("scorecard:card:broken", '{"format":"scorecard","version":1'));
    await page.goto("/?view=recovered");
    await expect(page.getByRole("heading", { level: 2, name: "Recovered data" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "scorecard:card:broken" }).first()).toBeVisible();
    await audit(page, "recovered data");
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
  // Export through the menu: x opens it on its first item, Enter downloads (keyboard only: no
  // focus() from the test).
  await page.keyboard.press("Escape");
  await page.keyboard.press("x");
  await expect(page.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  const download = page.waitForEvent("download");
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
