import { expect, test } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

// The release build leaves the built-in kits' text out of the first module (src/rubrics.rs,
// scripts/kits.mjs): each kit is a file of its own, fetched after the first screen. No service
// worker here, so every fetch is the page's own and can be held or refused.
test.use({ serviceWorkers: "block" });

const KIT = /\/kit-[\w-]+-[0-9a-f]{16}\.json$/;

test("the kits are files fetched after the first screen: the form lists them meanwhile, and a start waits for them", async ({ page, request }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(KIT, async (route) => {
    asked.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  const app = new ScorecardApp(page);
  await app.open();

  // The first module does not carry the kits' text; the page names their files.
  const wasm = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.endsWith("_bg.wasm")));
  expect(wasm, "the page fetched its first module").toBeTruthy();
  const bytes = (await (await request.get(wasm!)).body()).toString("latin1");
  expect(bytes).toContain("Backend technical phone screen"); // the menu entry, known at once
  expect(bytes).not.toContain("Databases and query performance"); // a criterion: in the kit's file
  await expect.poll(() => asked.length, { message: "the four kits are asked for once the first screen is up" }).toBe(4);

  // The form offers every kit while their text is on its way, with the first one chosen.
  const form = page.getByRole("region", { name: "New scorecard" });
  const rubric = form.getByLabel("Rubric", { exact: true });
  await expect(rubric.getByRole("option")).toHaveText([
    "Backend technical phone screen",
    "Backend pre-screen",
    "Backend behavioral (STAR-L)",
    "Recruiter / hiring-manager phone screen",
  ]);
  await expect(form.getByLabel("Role")).toHaveAttribute("placeholder", "Backend Engineer");
  await rubric.selectOption({ label: "Backend pre-screen" });
  await page.getByLabel("Candidate name").fill("Early Eve");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await expect(page.getByRole("button", { name: "Starting…" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Early Eve" })).toHaveCount(0);

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Early Eve" })).toBeVisible();
  await expect(page.getByText("Backend pre-screen").first()).toBeVisible();
  expect(asked.length, "each kit is fetched once").toBe(4);
});

test("kits that cannot be fetched: a notice says so, a start with one says it did not start, the user's own work goes on, and a later start tries again", async ({ page }) => {
  let refuse = true;
  await page.route(KIT, (route) => (refuse ? route.abort("internetdisconnected") : route.continue()));
  const app = new ScorecardApp(page);
  await app.open();
  await expect(page.getByText("The built-in rubrics could not be loaded")).toBeVisible();

  await page.getByLabel("Candidate name").fill("Offline Otto");
  await page.getByRole("button", { name: "Start scorecard" }).click();
  const didNotStart = page.getByRole("alert").filter({ hasText: "The scorecard did not start:" });
  await expect(didNotStart).toContainText("the network is not answering");
  await expect(didNotStart).not.toContainText("kit-"); // words, not the file's hashed name
  // The notice is not repeated for the start: the form says it beside its button.
  await expect(page.getByText("The built-in rubrics could not be loaded")).toHaveCount(1);
  await expect(page.getByLabel("Candidate name")).toHaveValue("Offline Otto");
  await page.screenshot({ path: test.info().outputPath("kits-refused.png") });

  refuse = false;
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Offline Otto" })).toBeVisible();
  await app.score("API design", "4 Strong");
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
});

test("a card whose rubric snapshot is unreadable is rebuilt from its built-in kit once the kits arrive", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Snapshot Sam");
  await app.score("API design", "4 Strong");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const snapshot = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("scorecard:snapshot:"))!;
    localStorage.setItem(key, '{"format":"scorecard-rubric",');
    return key;
  });
  expect(snapshot).toBeTruthy();

  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(KIT, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator("#shell")).toHaveCount(0);
  release();
  const row = page.getByRole("table").getByRole("rowheader", { name: "Snapshot Sam" });
  await expect(row).toBeVisible();
  // The card was never unreadable once the kits were there: no notice says it was. (The broken
  // snapshot text is kept under Recovered data, as every unreadable value is.)
  await expect(page.getByText("could not be read")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Recovered data (1)" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("snapshot-rebuilt.png") });
  await page.getByRole("button", { name: "Open scorecard for Snapshot Sam" }).click();
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key)!.startsWith('{"format":"scorecard-rubric","version"'), snapshot)).toBe(true);
});
