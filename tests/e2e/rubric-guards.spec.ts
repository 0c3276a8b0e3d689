import { expect, test } from "@playwright/test";
import { download, ScorecardApp } from "./scorecard-page";

// OPM's guards in the rubric editor: equal weights unless a reason is written down, and a
// calm warning above eight criteria.

test("an unequal weight asks why; saving waits for the reason, which survives a reload and the export", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("Weighted screen");
  const reason = editor.getByLabel("Criterion 2 why this weight");
  await expect(reason).toHaveCount(0);

  await editor.getByLabel("Criterion 2 weight").fill("2");
  await expect(reason).toBeVisible();
  await expect(editor.getByLabel("Criterion 1 why this weight")).toHaveCount(0);
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fix 1 problem before saving." })).toBeVisible();
  await expect(editor.getByText("Say in one line why this weight differs from the others.")).toBeVisible();
  await expect(reason).toBeFocused();

  await reason.fill("Slow queries cause most of our incidents.");
  await editor.getByRole("button", { name: "Save rubric" }).click();
  const row = page.getByRole("listitem").filter({ hasText: "Weighted screen" });
  await expect(row).toContainText("Yours");

  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByRole("button", { name: "Edit Weighted screen" }).click();
  await expect(page.getByRole("form", { name: "Edit rubric" }).getByLabel("Criterion 2 why this weight")).toHaveValue(
    "Slow queries cause most of our incidents.",
  );
  await page.getByRole("button", { name: "Cancel" }).click();

  const file = await download(page, () => page.getByRole("button", { name: "Export Weighted screen" }).click());
  const rubric = JSON.parse(file.text).rubric;
  expect(rubric.criteria[1].weight).toBe(2);
  expect(rubric.criteria[1].weight_reason).toBe("Slow queries cause most of our incidents.");
  expect(rubric.criteria[0].weight_reason).toBeUndefined();
});

test("more than eight criteria warns, never blocks", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Rubrics" }).click();
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("Nine criteria");
  const warning = editor.getByRole("status").filter({ hasText: "OPM's guide suggests five to eight" });
  for (let n = 6; n <= 8; n++) {
    await editor.getByRole("button", { name: "Add criterion" }).click();
    await editor.getByLabel(`Criterion ${n} title`).fill(`Extra ${n}`);
  }
  await expect(warning).toHaveCount(0);
  await editor.getByRole("button", { name: "Add criterion" }).click();
  await editor.getByLabel("Criterion 9 title").fill("Extra 9");
  await expect(warning).toHaveText(/9 criteria: OPM's guide suggests five to eight/);
  // New criteria weigh 1 like the rest, so no reason is asked.
  await expect(editor.getByLabel("Criterion 9 weight")).toHaveValue("1");
  await expect(editor.getByLabel(/why this weight/)).toHaveCount(0);
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Nine criteria" })).toContainText("Yours");
});
