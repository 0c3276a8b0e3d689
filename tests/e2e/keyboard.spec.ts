import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { frozenClock, ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

// The keyboard model of docs/KEYBOARD.md, followed as an interviewer does during a call.

const CRITERIA = TECHNICAL_CRITERIA;

async function technicalCard(page: Page, candidate: string) {
  await frozenClock(page);
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend technical phone screen" });
  await app.start(candidate);
  return app;
}

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el && el !== document.body ? (el.getAttribute("aria-label") ?? el.textContent ?? el.tagName).trim() : "BODY";
});

const notes = (page: Page, title: string) => page.getByLabel(`Notes on ${title}`, { exact: true });

test("1: Esc leaves the notes with the text kept, and j then n goes to the next criterion every time", async ({ page }) => {
  const app = await technicalCard(page, "Edsger Dijkstra");
  const scores = ["4", "3", "5", "2", "4"];
  for (let i = 0; i < CRITERIA.length; i++) {
    await page.keyboard.press("j");
    await page.keyboard.press(scores[i]);
    await page.keyboard.press("n");
    await page.keyboard.type(`note ${i + 1}`);
    // Half the interviewers leave with Esc, half with Tab: neither may skip a criterion.
    await page.keyboard.press(i % 2 === 0 ? "Escape" : "Tab");
  }
  const words: Record<string, string> = { "2": "2 Below bar", "3": "3 Meets bar", "4": "4 Strong", "5": "5 Exceptional" };
  for (let i = 0; i < CRITERIA.length; i++) {
    await expect(notes(page, CRITERIA[i])).toHaveValue(`note ${i + 1}`);
    await expect(app.criterion(CRITERIA[i]).getByRole("radio", { name: words[scores[i]] })).toBeChecked();
  }
  await expect(page.getByText("5 of 5 criteria scored")).toBeVisible();
});

test("2: arrow keys never score: ↓ from the next score group moves on and leaves it unscored", async ({ page }) => {
  const app = await technicalCard(page, "Tony Hoare");
  await page.keyboard.press("j");
  await page.keyboard.press("3");
  await page.keyboard.press("n");
  await page.keyboard.type("Clear on REST semantics");
  // Tab out of the notes lands on the next criterion's first score option...
  await page.keyboard.press("Tab");
  await expect(app.criterion(CRITERIA[1]).getByRole("radio", { name: "1 Weak" })).toBeFocused();
  // ...where the arrows go between criteria and never choose an option.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(app.criterion(CRITERIA[1]).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(page.getByText("1 of 5 criteria scored")).toBeVisible();
  await expect(page.getByRole("article", { name: CRITERIA[1] })).toBeFocused();
  // Only the number keys score, and 0 clears.
  await page.keyboard.press("4");
  await expect(app.criterion(CRITERIA[1]).getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await page.keyboard.press("0");
  await expect(app.criterion(CRITERIA[1]).getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(app.criterion(CRITERIA[0]).getByRole("radio", { name: "3 Meets bar" })).toBeChecked();
});

test("3a: focus stays on the call bar after Start call, and a skip link leads to the scoring", async ({ page }) => {
  const app = await technicalCard(page, "Grace Hopper");
  const call = page.getByRole("group", { name: "Call timer" });
  await call.getByRole("button", { name: "Start call" }).press("Enter");
  await expect(call.getByRole("button", { name: "Pause call" })).toBeFocused();
  await page.keyboard.press("Shift+E");
  await expect(call).toContainText("Call took");
  expect(await focused(page)).not.toBe("BODY");

  await app.reloadAndTabToSkipLink("Skip to scoring");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main", { name: "Scoring" })).toBeFocused();
  await page.keyboard.press("j");
  await expect(page.getByRole("article", { name: CRITERIA[0] })).toBeFocused();
});

test("3b: the Export menu opens on x or its button, moves with arrows, closes on Esc back to its button", async ({ page }) => {
  await technicalCard(page, "Barbara Liskov");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  const menu = page.getByRole("menu", { name: "Export this scorecard" });
  await expect(menu.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Download HTML" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem", { name: "Print" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  // ↓ inside the menu never jumps to a criterion.
  await expect(page.getByRole("article", { name: CRITERIA[1] })).not.toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  const button = page.getByRole("button", { name: "Export" });
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Print" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu).toBeHidden();
});

test("3c: dialogs take focus, keep Tab inside, close on Esc and give focus back", async ({ page }) => {
  // Once the app runs: the shell's header before it is inert, so Enter there does nothing.
  const app = new ScorecardApp(page);
  await app.open();
  const toggle = page.getByRole("button", { name: "Embed in a wiki" });
  await toggle.press("Enter");
  const embed = page.getByRole("dialog", { name: "Embed in a wiki" });
  await expect(embed.getByRole("button", { name: "Close" })).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    expect(await embed.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await embed.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(embed).toHaveCount(0);
  await expect(toggle).toBeFocused();

  await app.start("Alan Kay");
  await page.keyboard.press("j");
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(page.getByRole("article", { name: CRITERIA[0] })).toBeFocused();
});

test("3d: shortcuts reach the red flags, the recommendation and the call clock stamp", async ({ page }) => {
  const app = await technicalCard(page, "Ken Thompson");
  await page.getByRole("group", { name: "Call timer" }).getByRole("button", { name: "Start call" }).press("Enter");
  await page.clock.runFor(95_000);
  await page.keyboard.press("j");
  await page.keyboard.press("n");
  await page.keyboard.type("Pagination ");
  await page.keyboard.press("Alt+T");
  await page.keyboard.type(" cursor-based");
  await expect(notes(page, CRITERIA[0])).toHaveValue("Pagination [01:35] cursor-based");
  await page.keyboard.press("Escape");
  await page.keyboard.press("r");
  await expect(page.getByRole("group", { name: "Red flags seen in this call" }).getByRole("checkbox").first()).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Red flags seen in this call" }).getByRole("checkbox").first()).toBeChecked();
  await page.keyboard.press("d");
  await expect(app.recommendation().getByRole("radio", { name: "Strong Hire" })).toBeFocused();
  // The stamp survives a reload: it went through the notes' own input handler.
  await page.reload();
  await expect(notes(page, CRITERIA[0])).toHaveValue("Pagination [01:35] cursor-based");
});

test("6: the Focus mode button starts at the first item, with red flags and the result, and Tab stays inside", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = await technicalCard(page, "Frances Allen");
  await page.getByRole("button", { name: "Focus mode" }).click();
  await expect(page.getByRole("group", { name: "Focus mode" })).toContainText("Item 1 of 5");
  await expect(app.criterion(CRITERIA[0])).toBeVisible();
  await expect(app.criterion(CRITERIA[1])).toBeHidden();
  await expect(page.getByRole("region", { name: "Result" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Red flags" })).toBeVisible();
  await page.keyboard.press("n");
  await page.keyboard.type("Versioned URLs");
  await page.keyboard.press("Tab");
  expect(await focused(page)).not.toBe("BODY");
  expect(await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return el.offsetParent !== null;
  })).toBe(true);
  await expect(app.criterion(CRITERIA[1])).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("6b: in focus mode Tab and Shift+Tab go round what focus mode shows and never leave it", async ({ page }) => {
  await technicalCard(page, "Jean Sammet");
  await page.keyboard.press("f");
  await expect(page.getByRole("group", { name: "Focus mode" })).toContainText("Item 1 of");
  const skip = page.getByRole("link", { name: /^Skip to/ });
  // Twice round the page and more, each way: never the skip link, the body or a hidden control.
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(key);
      expect(await focused(page)).not.toBe("BODY");
      await expect(skip).not.toBeFocused();
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).offsetParent !== null)).toBe(true);
    }
  }
});

test("a whole technical call by keyboard only: every score and note lands in its own criterion", async ({ page }) => {
  await frozenClock(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  // From here on only the keyboard: any pointer event would be counted.
  await page.evaluate(() => {
    (window as any).__pointer = 0;
    for (const t of ["pointerdown", "mousedown", "click"]) {
      addEventListener(t, (e) => { if ((e as MouseEvent).detail > 0) (window as any).__pointer++; }, true);
    }
  });
  const tabTo = async (target: import("@playwright/test").Locator, limit = 40) => {
    for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
  };
  await tabTo(page.getByLabel("Rubric", { exact: true }));
  // A select takes the first letters of an option's label.
  await page.keyboard.type("Backend tech");
  await expect(page.getByLabel("Rubric", { exact: true })).toHaveValue("backend-technical");
  await tabTo(page.getByLabel("Candidate name"));
  await page.keyboard.type("Keyboard Kay");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard Kay" })).toBeFocused();
  const call = page.getByRole("group", { name: "Call timer" });
  await tabTo(call.getByRole("button", { name: "Start call" }));
  await page.keyboard.press("Enter");
  await expect(call.getByRole("button", { name: "Pause call" })).toBeFocused();

  const scores = ["4", "3", "5", "2", "4"];
  for (let i = 0; i < CRITERIA.length; i++) {
    await page.clock.runFor(3 * 60_000);
    await page.keyboard.press("j");
    await page.keyboard.press("n");
    await page.keyboard.press("Alt+T");
    await page.keyboard.type(` evidence for ${CRITERIA[i]}`);
    await page.keyboard.press("Escape");
    await page.keyboard.press(scores[i]);
  }
  await page.keyboard.press("r");
  await page.keyboard.press("Space");
  await page.keyboard.press("d");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radiogroup", { name: "Overall recommendation" }).getByRole("radio", { name: "Hire", exact: true })).toBeChecked();
  await page.keyboard.press("j");
  await page.keyboard.press("Shift+E");
  await expect(call).toContainText("Call took 15:00");

  await page.keyboard.press("x");
  await expect(page.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await downloading;
  await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const card = JSON.parse(await readFile(path, "utf8")).scorecard;
  const entries = card.criteria as { criterion_id: string; score: number | null; notes: string }[];
  expect(entries).toHaveLength(CRITERIA.length);
  for (let i = 0; i < CRITERIA.length; i++) {
    const minutes = String(3 * (i + 1)).padStart(2, "0");
    expect(entries[i].notes).toBe(`[${minutes}:00] evidence for ${CRITERIA[i]}`);
    expect(entries[i].score).toBe(Number(scores[i]));
  }
  expect(card.recommendation).toBe("hire");
  expect(card.red_flags.filter((f: { checked?: boolean }) => f.checked !== false).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as any).__pointer)).toBe(0);
});
