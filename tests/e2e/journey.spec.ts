import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { frozenClock } from "./scorecard-page";

// A whole screen as an interviewer runs it, in the behavioral and the technical kit, by keyboard only after the first page
// load (docs/KEYBOARD.md): six questions picked, asked, timed and noted; every criterion scored
// with a note; a red flag; the recommendation; end; complete; export. Time by Playwright's clock.

const KITS = [
  {
    name: "behavioral",
    typed: "Backend beh",
    id: "backend-behavioral",
    criteria: ["Ownership", "Execution", "Collaboration", "Judgment", "Communication", "Resilience"],
  },
  {
    name: "technical",
    typed: "Backend tech",
    id: "backend-technical",
    criteria: [
      "API design",
      "Databases and query performance",
      "Concurrency and distributed systems",
      "Error handling and observability",
      "Security fundamentals",
    ],
  },
];

/** Counts pointer events from here on: the journey must not need one. */
async function countPointer(page: Page) {
  await page.evaluate(() => {
    (window as any).__pointer = 0;
    for (const t of ["pointerdown", "mousedown", "click"]) {
      addEventListener(t, (e) => { if ((e as MouseEvent).detail > 0) (window as any).__pointer++; }, true);
    }
  });
}

/** Presses Tab (Shift+Tab when `back`) until `target` has focus, at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 60, back = false) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

for (const kit of KITS) test(`a whole ${kit.name} call by keyboard only: six questions and every criterion, each note and score in its own item`, async ({ page }) => {
  const CRITERIA = kit.criteria;
  await frozenClock(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  await countPointer(page);

  await tabTo(page, page.getByLabel("Rubric", { exact: true }));
  await page.keyboard.type(kit.typed);
  await expect(page.getByLabel("Rubric", { exact: true })).toHaveValue(kit.id);
  await tabTo(page, page.getByLabel("Candidate name"));
  await page.keyboard.type("Barbara Liskov");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Barbara Liskov" })).toBeFocused();

  // Pick six questions from the bank with Tab and Space.
  // The bank comes first in the Questions section; picked cards are added below it.
  const bank = page.getByRole("region", { name: "Questions" }).getByRole("checkbox");
  await tabTo(page, bank.first());
  for (let i = 0; i < 6; i++) {
    await expect(bank.nth(i)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(bank.nth(i)).toBeChecked();
    if (i < 5) await page.keyboard.press("Tab");
  }
  const asked = page.getByRole("region", { name: "Questions" }).getByRole("heading", { level: 3 });
  await expect(asked).toHaveCount(6);
  const texts = await asked.allTextContents();

  const call = page.getByRole("group", { name: "Call timer" });
  await tabTo(page, call.getByRole("button", { name: "Start call" }), 60, true);
  await page.keyboard.press("Enter");
  await expect(call.getByRole("button", { name: "Pause call" })).toBeFocused();

  // Each question: j to it, Space starts its answer timer, notes with the call time, Esc back
  // to the card, Space pauses. The fifth is only marked asked with `a`, not timed.
  for (let i = 0; i < 6; i++) {
    await page.clock.runFor(60_000);
    await page.keyboard.press("j");
    if (i === 4) {
      await page.keyboard.press("a");
    } else {
      await page.keyboard.press("Space");
      await page.clock.runFor(90_000);
    }
    await page.keyboard.press("n");
    await page.keyboard.press("Alt+T");
    await page.keyboard.type(` answer ${i + 1}`);
    await page.keyboard.press("Escape");
    if (i !== 4) await page.keyboard.press("Space");
  }
  // Each criterion: j, a score, a note, Esc.
  const scores = ["4", "3", "5", "2", "4", "3"].slice(0, CRITERIA.length);
  for (let i = 0; i < CRITERIA.length; i++) {
    await page.keyboard.press("j");
    await page.keyboard.press(scores[i]);
    await page.keyboard.press("n");
    await page.keyboard.type(`evidence for ${CRITERIA[i]}`);
    await page.keyboard.press("Escape");
  }
  await page.keyboard.press("r");
  await page.keyboard.press("Space");
  await page.keyboard.press("d");
  await page.keyboard.press("ArrowDown");
  const rec = page.getByRole("radiogroup", { name: "Overall recommendation" });
  await expect(rec.getByRole("radio", { name: "Hire", exact: true })).toBeChecked();
  await page.keyboard.press("j");
  await page.keyboard.press("Shift+E");
  await expect(call).toContainText("Call took");

  // The kit's decision rule caps a red flag at No Hire, so Hire differs from it: the one-line
  // reason is typed first, by keyboard.
  await tabTo(page, page.getByLabel("Why does your recommendation differ from the rule?"));
  await page.keyboard.type("The flag was one slip in an otherwise strong call");
  // Every criterion is scored, but Hire with a red flag checked is a contradiction: completing
  // asks once, by keyboard (the confirmation takes focus), then completes.
  await tabTo(page, page.getByRole("button", { name: "Mark completed" }));
  await page.keyboard.press("Enter");
  const ask = page.getByRole("group", { name: "Complete with these still open?" });
  await expect(ask.getByRole("listitem")).toHaveText([/^Hire, but a red flag is checked: “.+”\.$/]);
  await expect(ask.getByRole("button", { name: "Complete anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Read-only until you reopen it/)).toBeFocused();

  await page.keyboard.press("x");
  await expect(page.getByRole("menuitem", { name: "Download JSON" })).toBeFocused();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await downloading;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const card = JSON.parse(await readFile(path, "utf8")).scorecard;

  expect(card.status).toBe("completed");
  expect(card.questions).toHaveLength(6);
  for (let i = 0; i < 6; i++) {
    const q = card.questions[i];
    expect(q.text).toBe(texts[i]);
    expect(q.notes).toMatch(new RegExp(`^\\[\\d\\d:\\d\\d\\] answer ${i + 1}$`));
    expect(q.asked_at).not.toBeNull();
    expect(q.answer.running_since ?? null).toBeNull();
    expect(q.answer.banked_ms ?? 0).toBe(i === 4 ? 0 : 90_000);
  }
  const entries = card.criteria as { criterion_id: string; score: number | null; notes: string }[];
  expect(entries).toHaveLength(CRITERIA.length);
  for (let i = 0; i < CRITERIA.length; i++) {
    expect(entries[i].notes).toBe(`evidence for ${CRITERIA[i]}`);
    expect(entries[i].score).toBe(Number(scores[i]));
  }
  expect(card.recommendation).toBe("hire");
  expect(card.red_flags.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as any).__pointer)).toBe(0);
});
