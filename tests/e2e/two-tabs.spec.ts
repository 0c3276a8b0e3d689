import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";
import { audit } from "./axe";

/**
 * Makes a page hold back the `storage` events other tabs send it until `release`, so that two
 * tabs can edit the same scorecard truly at once: each edits without having seen the other's.
 */
async function holdStorageEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as any;
    w.__held = [];
    w.__hold = false;
    window.addEventListener(
      "storage",
      (e) => {
        if (!w.__hold) return;
        e.stopImmediatePropagation();
        w.__held.push({ key: e.key, newValue: e.newValue, oldValue: e.oldValue });
      },
      true,
    );
  });
}

/** Delivers the held events, in order, as the browser would have. */
async function release(page: Page) {
  return page.evaluate(() => {
    const w = window as any;
    w.__hold = false;
    const held = w.__held.splice(0);
    for (const e of held) {
      window.dispatchEvent(new StorageEvent("storage", { ...e, storageArea: localStorage }));
    }
    return held.length;
  });
}

test("an edit in one tab appears in the other", async ({ context }) => {
  const one = await context.newPage();
  const appOne = new ScorecardApp(one);
  await appOne.open();
  await appOne.start("Two Tabs");
  const two = await context.newPage();
  await two.goto("/");
  const appTwo = new ScorecardApp(two);
  await expect(two.getByRole("heading", { level: 1, name: "Two Tabs" })).toBeVisible();

  await appOne.score("API design", "2 Below bar");
  await expect(appTwo.criterion("API design").getByRole("radio", { name: "2 Below bar" })).toBeChecked();
  await expect(two.getByRole("status").filter({ hasText: "changed in another tab" })).toBeVisible();
  await appTwo.score("Security fundamentals", "4 Strong");
  await expect(appOne.criterion("Security fundamentals").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(appOne.criterion("API design").getByRole("radio", { name: "2 Below bar" })).toBeChecked();
});

test("concurrent edits of one scorecard merge field by field; the later edit wins, the other tab is told and can keep its own", async ({
  context,
}) => {
  const one = await context.newPage();
  const appOne = new ScorecardApp(one);
  await appOne.open();
  await appOne.start("Merge Mae");
  const two = await context.newPage();
  await holdStorageEvents(two);
  await two.goto("/");
  const appTwo = new ScorecardApp(two);
  await expect(two.getByRole("heading", { level: 1, name: "Merge Mae" })).toBeVisible();

  // Tab two stops hearing from tab one; both edit the same card.
  await two.evaluate(() => ((window as any).__hold = true));
  await appOne.score("API design", "4 Strong");
  await one.getByLabel("Overall notes").fill("Typed in tab one");
  await expect(one.getByText("Saved", { exact: true })).toBeVisible();
  // Tab two has seen none of that, and edits the same score later, plus other notes.
  await expect(appTwo.criterion("API design").getByRole("radio", { name: "4 Strong" })).not.toBeChecked();
  await appTwo.score("API design", "2 Below bar");
  await two.getByLabel("Notes on Security fundamentals").fill("Typed in tab two");

  // Tab one hears tab two at once: tab two's later score replaces its own, and it is told.
  await expect(one.getByRole("alert")).toContainText("Another tab changed the score for API design after you did");
  await expect(appOne.criterion("API design").getByRole("radio", { name: "2 Below bar" })).toBeChecked();
  await expect(one.getByLabel("Notes on Security fundamentals")).toHaveValue("Typed in tab two");
  await expect(one.getByLabel("Overall notes")).toHaveValue("Typed in tab one");

  // Tab two now hears tab one's edits: it keeps its own later score and gains the notes.
  expect(await release(two)).toBeGreaterThan(0);
  await expect(two.getByLabel("Overall notes")).toHaveValue("Typed in tab one");
  await expect(appTwo.criterion("API design").getByRole("radio", { name: "2 Below bar" })).toBeChecked();
  await expect(two.getByLabel("Notes on Security fundamentals")).toHaveValue("Typed in tab two");
  await expect(two.getByRole("alert")).toHaveCount(0);

  // What is stored is the merge of both.
  const three = await context.newPage();
  const appThree = new ScorecardApp(three);
  await three.goto("/");
  await expect(appThree.criterion("API design").getByRole("radio", { name: "2 Below bar" })).toBeChecked();
  await expect(three.getByLabel("Overall notes")).toHaveValue("Typed in tab one");
  await expect(three.getByLabel("Notes on Security fundamentals")).toHaveValue("Typed in tab two");

  // Tab one's interviewer keeps their own score after all; every tab follows, with no new alert.
  await audit(one, "a lost-edit alert with Keep my edits");
  await one.getByRole("alert").getByRole("button", { name: "Keep my edits" }).click();
  await expect(appOne.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(one.getByRole("alert")).toHaveCount(0);
  await expect(appTwo.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(appThree.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
  await expect(two.getByLabel("Notes on Security fundamentals")).toHaveValue("Typed in tab two");
  await expect(two.getByLabel("Overall notes")).toHaveValue("Typed in tab one");
  await expect(two.getByRole("alert")).toHaveCount(0);
});

test("edits of two different scorecards in two tabs both survive", async ({ context }) => {
  const one = await context.newPage();
  const appOne = new ScorecardApp(one);
  await appOne.open();
  await appOne.start("First Fay");
  const two = await context.newPage();
  const appTwo = new ScorecardApp(two);
  await two.goto("/");
  await two.getByRole("button", { name: "All scorecards" }).click();
  await two.getByLabel("Candidate name").fill("Second Sol");
  await two.getByRole("button", { name: "Start scorecard" }).click();
  await expect(two.getByRole("heading", { level: 1, name: "Second Sol" })).toBeVisible();

  await appOne.score("API design", "5 Exceptional");
  await appTwo.score("API design", "1 Weak");
  await one.getByLabel("Overall notes").fill("Fay's notes");
  await two.getByLabel("Overall notes").fill("Sol's notes");
  await expect(one.getByLabel("Overall notes")).toHaveValue("Fay's notes");
  await expect(appOne.criterion("API design").getByRole("radio", { name: "5 Exceptional" })).toBeChecked();

  await one.reload();
  await expect(one.getByLabel("Overall notes")).toHaveValue("Fay's notes");
  await two.reload();
  await expect(two.getByLabel("Overall notes")).toHaveValue("Sol's notes");
  await expect(appTwo.criterion("API design").getByRole("radio", { name: "1 Weak" })).toBeChecked();
});

test("a rubric saved in one tab is offered in the other", async ({ context }) => {
  const one = await context.newPage();
  await one.goto("/");
  const two = await context.newPage();
  await two.goto("/");
  await expect(two.getByRole("heading", { name: "New scorecard" })).toBeVisible();

  await one.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await one.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = one.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("Made in tab one");
  await editor.getByRole("button", { name: "Save rubric" }).click();

  // Tab two, untouched, offers it on its start page at once.
  await expect(two.getByLabel("Rubric", { exact: true }).getByRole("option", { name: /Made in tab one/ })).toBeAttached();
});

test("a scorecard started or deleted in one tab shows in the other's list at once", async ({ context }) => {
  const list = await context.newPage();
  await list.goto("/");
  const rows = list.getByRole("table").getByRole("rowheader");
  const one = await context.newPage();
  const app = new ScorecardApp(one);
  await one.goto("/");
  await app.start("Listed Lee");
  await expect(rows.filter({ hasText: "Listed Lee" })).toHaveCount(1);
  await app.score("API design", "4 Strong");
  await one.getByRole("button", { name: "All scorecards" }).click();
  await app.start("Listed Liu");
  await expect(rows).toHaveText([/Listed Liu/, /Listed Lee/]);

  await one.getByRole("button", { name: "All scorecards" }).click();
  await one.getByRole("button", { name: /^Delete .*Listed Lee/ }).click();
  await expect(rows).toHaveText([/Listed Liu/]);
});
