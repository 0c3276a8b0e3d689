import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";

/** The moment every clock-driven test starts at. */
export const T0 = new Date("2026-11-23T14:00:00Z");

/** The technical kit's criteria, in rubric order. */
export const TECHNICAL_CRITERIA = [
  "API design",
  "Databases and query performance",
  "Concurrency and distributed systems",
  "Error handling and observability",
  "Security fundamentals",
];

/** Installs Playwright's clock and pauses it, so time moves only when the test says. */
export async function frozenClock(page: Page) {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
}

/** The app as an interviewer sees it: found by role and label, never by CSS class. */
export class ScorecardApp {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
    // The static shell (index.html) shows that heading before the wasm runs: wait until the
    // app has taken its place, or storage written next is read by the app's own start.
    await expect(this.page.locator("#shell")).toHaveCount(0);
  }

  async start(candidate: string, interviewer = "") {
    await this.page.getByLabel("Candidate name").fill(candidate);
    if (interviewer) await this.page.getByLabel("Interviewer").fill(interviewer);
    await this.page.getByRole("button", { name: "Start scorecard" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  }

  /** Reloads the page and presses Tab once the app is up (it mounts a task after the page's load
   * event may fire, and a Tab before that has nothing to focus): the skip link takes focus. */
  async reloadAndTabToSkipLink(name: string) {
    await this.page.reload();
    const skip = this.page.getByRole("link", { name });
    await expect(skip).toBeAttached();
    await this.page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    return skip;
  }

  criterion(title: string) {
    return this.page.getByRole("radiogroup", { name: title, exact: true });
  }

  async score(title: string, choice: string) {
    await this.criterion(title).getByRole("radio", { name: choice }).check();
  }

  recommendation() {
    return this.page.getByRole("radiogroup", { name: "Overall recommendation" });
  }

  /** Raw localStorage, for tests that plant or inspect what is stored. */
  storage() {
    return this.page.evaluate(() => ({ ...localStorage }));
  }
}

/** Clicks something that downloads a file; returns the file's name, path and text. */
export async function download(page: Page, click: () => Promise<void>) {
  const waiting = page.waitForEvent("download");
  await click();
  const d = await waiting;
  const path = test.info().outputPath(d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path, text: await readFile(path, "utf8") };
}

/** Fills localStorage to the last byte: big pieces first, then ever smaller ones. */
export async function fillQuota(page: Page) {
  await page.evaluate(() => {
    let n = 0;
    for (const size of [256 * 1024, 16 * 1024, 1024, 64, 1]) {
      const piece = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, piece);
        } catch {
          break;
        }
      }
    }
  });
}

export type ColleagueCard = { from: string; candidate: string; scores: number[]; recommendation?: string; note?: string };

/**
 * Colleagues' export files, one per interviewer in `who`: each card a copy of `base` (a card of
 * `bundle`, an "Export all" document) with their name, scores, and where given their
 * recommendation and a note on the first criterion.
 */
export function colleagueFiles(bundle: any, base: any, theirs: ColleagueCard[], who: string[]) {
  return who.map((name) => {
    const scorecards = theirs
      .filter((t) => t.from === name)
      .map((t, i) => {
        const copy = structuredClone(base);
        copy.id = `${base.id}-${name.toLowerCase()}-${i}`;
        copy.candidate = t.candidate;
        copy.interviewer = name;
        if (t.recommendation !== undefined) copy.recommendation = t.recommendation;
        copy.criteria = copy.criteria.map((c: any, j: number) => ({
          ...c,
          score: t.scores[j],
          ...(t.note !== undefined ? { notes: j === 0 ? t.note : "" } : {}),
        }));
        return copy;
      });
    return { name: `${name.toLowerCase()}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...bundle, scorecards })) };
  });
}
