import { expect, test, type Page } from "@playwright/test";
import { audit } from "./axe";
import { ScorecardApp } from "./scorecard-page";

// The release build is split (scripts/split.mjs, src/ui/common/lazy.rs): the first download is
// the start screen; the call screen, Compare, Rubrics and Recovered data are parts fetched on
// demand. No service worker here, so every fetch is the page's own and can be refused.
test.use({ serviceWorkers: "block" });

const PART = /\/(split_|chunk_)[\w-]+\.wasm$/;

/** Holds the call screen's part until the returned function is called. */
async function holdCallScreen(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/split_scorecard-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("the start form needs no part; a part that cannot be fetched says so, and retrying brings it", async ({ page }) => {
  // Every part refused at first; then all but the other pages' and the import's own modules.
  let refuse: RegExp | null = PART;
  const refused: string[] = [];
  await page.route(PART, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!refuse?.test(path)) return route.continue();
    refused.push(path);
    return route.abort("internetdisconnected");
  });
  const app = new ScorecardApp(page);
  await app.open();
  // The form works with every part refused: it takes input and the pages switch. The list of
  // stored scorecards is a part of its own: it says it could not be loaded, in its place.
  await page.getByLabel("Candidate name").fill("Parted Pat");
  await expect(page.getByLabel("Candidate name")).toHaveValue("Parted Pat");
  const list = page.getByRole("alert").filter({ hasText: "The list of scorecards could not be loaded" });
  await expect(list).toBeVisible();
  await expect(list).toContainText("Your data is safe.");
  await expect.poll(() => refused.length, { message: "the parts are preloaded once the start screen is up" }).toBeGreaterThan(1);
  await audit(page, "a part that cannot be fetched");

  // The list comes with "Try again" once its module can be fetched. Importing needs its own part
  // too: it says so, and nothing is stored.
  refuse = /\/split_(compare|import)-/;
  await list.getByRole("button", { name: "Try again" }).click();
  await expect(list).toHaveCount(0);
  await expect(page.getByText("None yet. Start one above")).toBeVisible();
  await page.getByLabel("Import scorecard files").setInputFiles({ name: "colleague.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(page.getByText("The import could not be loaded")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "The Compare page could not be loaded" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Your data is safe.");

  // Once the network answers, "Try again" brings the page; the rest of the app works as before.
  refuse = null;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await app.start("Parted Pat");
  await app.score("API design", "4 Strong");
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
});

test("the list of stored scorecards is a part of its own: the first module leaves it out, the form works while it comes", async ({ page, request }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/split_library-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  const form = page.getByRole("region", { name: "New scorecard" });
  await expect(form.getByLabel("Rubric", { exact: true })).toBeEnabled();
  // The app runs (the shell's form has left), while the shell's library still stands in.
  await expect(page.locator("#shell form")).toHaveCount(0);
  await expect(page.locator("#shell section.library")).toHaveCount(1);
  const wasm = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.endsWith("_bg.wasm")));
  const bytes = (await (await request.get(wasm!)).body()).toString("latin1");
  expect(bytes).toContain("Start scorecard");
  expect(bytes, "the list's own text is in its part").not.toContain("import scorecards from a colleague");
  // Reading a stored scorecard (serde's message for a malformed one) is parts' code too: the list,
  // the card left open, another tab's edits. Writing one stays (a new card is saved at its start).
  expect(bytes, "reading a stored scorecard is in the parts").not.toContain("struct Scorecard");
  await page.getByLabel("Candidate name").fill("Listless Lou");
  await expect(page.getByLabel("Candidate name")).toHaveValue("Listless Lou");
  release();
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByLabel("Search by name")).toBeVisible();
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Listless Lou" })).toBeVisible();
});

test("a shared rubric link whose reader cannot be fetched says so", async ({ page }) => {
  await page.route(PART, (route) => route.abort("internetdisconnected"));
  await page.goto("/#rubric=1.abc");
  await expect(page.getByText("This rubric link cannot be opened: The rubric link reader could not be loaded")).toBeVisible();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
});

test("a call started while its part cannot be fetched is kept: the message, a way back, then the call once the network answers", async ({ page }) => {
  let refuse = true;
  await page.route(/\/split_scorecard-[0-9a-f]+\.wasm$/, (route) => (refuse ? route.abort("internetdisconnected") : route.continue()));
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Candidate name").fill("Waiting Wen");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "The scorecard could not be loaded" });
  await expect(failed).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("call-part-refused.png") });
  // Its way out: back to the scorecards, where the new card is listed.
  await failed.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  const open = page.getByRole("button", { name: "Open scorecard for Waiting Wen" });
  await expect(open).toBeVisible();
  // With the network back, it opens from the list.
  refuse = false;
  await open.click();
  await expect(page.getByRole("heading", { level: 1, name: "Waiting Wen" })).toBeVisible();
});

test("a card started while the call screen is still arriving: its title takes focus when the part comes", async ({ page }) => {
  const release = await holdCallScreen(page);
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Candidate name").fill("Patient Pia");
  await page.keyboard.press("Enter");
  const title = page.getByRole("heading", { level: 1, name: "Patient Pia" });
  await expect(title).toHaveCount(0);
  release();
  await expect(title).toBeFocused();
});

test("the card left open, reopened while the call screen cannot be fetched: the message, then the card once the network answers", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Reopened Rae");
  await app.score("API design", "4 Strong");
  let refuse = true;
  await page.route(/\/split_scorecard-[0-9a-f]+\.wasm$/, (route) => (refuse ? route.abort("internetdisconnected") : route.continue()));
  await page.reload();
  const failed = page.getByRole("alert").filter({ hasText: "The scorecard could not be loaded" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Your data is safe.");
  refuse = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reopened Rae" })).toBeVisible();
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();

  // Its other way out: the list, where the card is.
  refuse = true;
  await page.reload();
  await expect(failed).toBeVisible();
  refuse = false;
  await failed.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("button", { name: "Open scorecard for Reopened Rae" })).toBeVisible();
});

test("the skip link pressed while the call screen is still arriving: the scoring takes focus when it comes", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Skipping Sam");
  const release = await holdCallScreen(page);
  // The app comes up, the call screen not.
  await app.reloadAndTabToSkipLink("Skip to scoring");
  await page.keyboard.press("Enter");
  const scoring = page.getByRole("main", { name: "Scoring" });
  await expect(scoring).toHaveCount(0);
  release();
  await expect(scoring).toBeFocused();
});

test("preloading fetches one module at a time, so no stretch of script blocks typing", async ({ page }) => {
  // Every fetch of a part or shared chunk, grouped by the synchronous run it was made in: calls
  // with no microtask checkpoint between them are one run (one task or less). wasm-split's own
  // loader started all 30 modules the call screen needs in one run (150 to 250 ms at 4x CPU).
  await page.addInitScript(() => {
    const runs: number[] = [];
    (window as unknown as { __partFetchRuns: number[] }).__partFetchRuns = runs;
    const fetch = window.fetch.bind(window);
    let open = false;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (/\/(split_|chunk_)[\w-]+\.wasm$/.test(String(input instanceof Request ? input.url : input))) {
        if (!open) {
          open = true;
          runs.push(0);
          queueMicrotask(() => (open = false));
        }
        runs[runs.length - 1] += 1;
      }
      return fetch(input, init);
    };
  });
  const app = new ScorecardApp(page);
  await app.open();
  const runs = () => page.evaluate(() => (window as unknown as { __partFetchRuns: number[] }).__partFetchRuns);
  // Every module is fetched (the call screen alone needs about 30), each in a run of its own.
  const total = async () => (await runs()).reduce((a, b) => a + b, 0);
  await expect.poll(total, { message: "every part and chunk is preloaded", timeout: 15_000 }).toBeGreaterThan(40);
  expect(Math.max(...(await runs())), "the most modules fetched in one run").toBe(1);
});
