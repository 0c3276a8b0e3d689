import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

async function openRubrics(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rubrics" })).toBeVisible();
}

/** Duplicates a kit, renames it and saves it; returns to the rubric list. */
async function makeOwnRubric(page: Page, title: string) {
  await openRubrics(page);
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill(title);
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Yours");
}

test("the four built-in kits are listed and each can start a scorecard", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  const options = page.getByLabel("Rubric", { exact: true }).getByRole("option");
  await expect(options).toHaveText([
    "Backend technical phone screen",
    "Backend pre-screen",
    "Backend behavioral (STAR-L)",
    "Recruiter / hiring-manager phone screen",
  ]);
  await openRubrics(page);
  await expect(page.getByText("Built-in", { exact: true })).toHaveCount(4);
});

test("picking questions warns about the mix, reorders, takes an ad-hoc question and survives a reload", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend pre-screen" });
  await app.start("Grace Hopper");

  const mix = page.getByRole("list", { name: "Question mix" });
  const bank = (kind: string) => page.getByRole("group", { name: kind, exact: true }).getByRole("checkbox");
  await bank("Experience").nth(0).check();
  await bank("Behavioral").nth(0).check();
  await expect(mix).toContainText("2 picked: pick at least 6 questions");
  await expect(mix).toContainText("Pick at least 2 behavioral questions asking for past examples (1 so far)");
  await expect(mix).toContainText("Pick at least 1 situational or motivation question (0 so far)");

  await bank("Behavioral").nth(1).check();
  await bank("Situational").nth(0).check();
  await bank("General").nth(0).check();
  await bank("General").nth(1).check();
  await expect(mix.getByRole("listitem")).toHaveCount(0);

  const asked = page.getByRole("list").filter({ has: page.getByRole("button", { name: "Move question 1 up" }) });
  const headings = asked.getByRole("heading", { level: 3 });
  const second = await headings.nth(1).textContent();
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await expect(headings.nth(0)).toHaveText(second!);

  await page.getByLabel("Ad-hoc question", { exact: true }).fill("How would you shard the orders table?");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(headings).toHaveCount(7);
  await expect(headings.nth(6)).toHaveText("How would you shard the orders table?");

  // Each answer is scored in this kit; behavioral answers get a STAR-L checklist.
  await page.getByRole("radiogroup", { name: second! }).getByRole("radio", { name: "4 Strong" }).check();
  await expect(page.getByText("1 of 7 answers scored")).toBeVisible();
  await page.getByRole("group", { name: "STAR-L" }).first().getByRole("checkbox", { name: "Result" }).check();

  await page.reload();
  await expect(headings).toHaveCount(7);
  await expect(headings.nth(0)).toHaveText(second!);
  await expect(page.getByRole("radiogroup", { name: second! }).getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(page.getByRole("group", { name: "STAR-L" }).first().getByRole("checkbox", { name: "Result" })).toBeChecked();
  await expect(mix.getByRole("listitem")).toHaveCount(0); // 7 picked, the mix complete
});

test("the editor shows validation messages, refuses to save, then saves a fixed rubric", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await openRubrics(page);
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("");
  await editor.getByLabel("Criterion 2 weight").fill("0");
  await editor.getByRole("button", { name: "Save rubric" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Fix 2 problems before saving." })).toBeVisible();
  await expect(editor.getByText("Give the rubric a title.")).toBeVisible();
  await expect(editor.getByText("The weight must be a positive number.")).toBeVisible();
  await expect(editor.getByLabel("Title", { exact: true })).toBeFocused();

  await editor.getByLabel("Title", { exact: true }).fill("Platform screen");
  await editor.getByLabel("Criterion 2 weight").fill("2");
  // An unequal weight now needs its one-line reason (rubric guards).
  await editor.getByLabel("Criterion 2 why this weight").fill("Platform work is mostly data.");
  await editor.getByRole("button", { name: "Save rubric" }).click();
  const row = page.getByRole("listitem").filter({ hasText: "Platform screen" });
  await expect(row).toContainText("Yours");

  // A scorecard keeps the rubric it started with, whatever happens to the rubric later.
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Platform screen" });
  await app.start("Katherine Johnson");
  await expect(page.getByText("Platform screen", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await openRubrics(page);
  await page.getByRole("button", { name: "Delete Platform screen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted “Platform screen”." })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Scorecards" }).click();
  await page.getByRole("button", { name: "Open scorecard for Katherine Johnson" }).click();
  await expect(page.getByText("Platform screen", { exact: true })).toBeVisible();
  await expect(app.criterion("API design")).toBeVisible();
});

test("importing bad rubric files shows why and changes nothing", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await openRubrics(page);
  const input = page.getByLabel("Import rubric file");
  const rows = page.getByRole("listitem");
  await expect(rows).toHaveCount(4);
  const alert = page.getByRole("alert");

  await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "scorecard-rubric", "vers') });
  await expect(alert).toContainText("Could not import “broken.json”: This is not valid JSON");

  const future = JSON.stringify({ format: "scorecard-rubric", version: 9, rubric: {} });
  await input.setInputFiles({ name: "future.json", mimeType: "application/json", buffer: Buffer.from(future) });
  await expect(alert).toContainText("format version 9, newer than this app reads");

  await input.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(10 * 1024 * 1024, 32) });
  await expect(alert).toContainText("files over 1 MB are not read");

  const scorecard = JSON.stringify({ format: "scorecard", version: 1, scorecard: {} });
  await input.setInputFiles({ name: "card.json", mimeType: "application/json", buffer: Buffer.from(scorecard) });
  await expect(alert).toContainText("Expected a rubric document");

  await expect(rows).toHaveCount(4);
  const stored = await app.storage();
  expect(Object.keys(stored).filter((k) => k.startsWith("scorecard:rubric:"))).toEqual([]);
});

test("an exported rubric imports back, and markup in it stays text", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await makeOwnRubric(page, "<img src=x onerror=alert(1)> screen");
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    return d.dismiss();
  });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export <img src=x onerror=alert(1)> screen" }).click();
  const file = await (await download).path();

  await page.getByRole("button", { name: "Delete <img src=x onerror=alert(1)> screen" }).click();
  await expect(page.getByRole("listitem")).toHaveCount(4);
  await page.getByLabel("Import rubric file").setInputFiles(file);
  const prompt = page.getByRole("dialog", { name: "Add the rubric “<img src=x onerror=alert(1)> screen”?" });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("button", { name: "Add rubric" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "<img src=x onerror=alert(1)> screen" })).toContainText("Yours");
  expect(dialogs).toBe(0);

  // Importing the same file again changes nothing and says so.
  await page.getByLabel("Import rubric file").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "You already have the rubric" })).toBeVisible();
});

test("a share link opens in a fresh browser profile and offers the rubric", async ({ page, browser }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await makeOwnRubric(page, "Team kit");
  await page.getByRole("button", { name: "Share link for Team kit" }).click();
  const link = await page.getByRole("textbox", { name: "Share link for Team kit" }).inputValue();
  expect(link).toContain("#rubric=1.");
  expect(link.length).toBeLessThanOrEqual(8 * 1024);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const prompt = other.getByRole("dialog", { name: "Add the rubric “Team kit”?" });
  await expect(prompt).toContainText("From a shared link.");
  await prompt.getByRole("button", { name: "Add rubric" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Added the rubric “Team kit”." })).toBeVisible();
  expect(new URL(other.url()).hash).toBe("");
  await other.getByLabel("Rubric", { exact: true }).selectOption({ label: "Team kit" });

  // A link cut short is refused with a message and adds nothing.
  const third = await (await browser.newContext()).newPage();
  await third.goto(link.slice(0, link.length - 40));
  await expect(third.getByRole("alert")).toContainText("This rubric link cannot be opened");
  await expect(third.getByRole("dialog")).toHaveCount(0);
  await fresh.close();
});

test("a link to a rubric you already have with other content asks before replacing", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await makeOwnRubric(page, "Shared kit");
  await page.getByRole("button", { name: "Share link for Shared kit" }).click();
  const link = await page.getByRole("textbox", { name: "Share link for Shared kit" }).inputValue();
  await page.getByRole("button", { name: "Edit Shared kit" }).click();
  await page.getByRole("form", { name: "Edit rubric" }).getByLabel("Title", { exact: true }).fill("Shared kit, edited");
  await page.getByRole("button", { name: "Save rubric" }).click();

  await page.goto(link);
  const prompt = page.getByRole("dialog", { name: "Add the rubric “Shared kit”?" });
  await expect(prompt).toContainText("You already have a rubric with this id");
  await prompt.getByRole("button", { name: "Keep both" }).click();
  await openRubrics(page);
  await expect(page.getByRole("listitem").filter({ hasText: "Shared kit, edited" })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: "Shared kit (copy)" })).toHaveCount(1);
});
