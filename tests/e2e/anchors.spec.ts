import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { ScorecardApp } from "./scorecard-page";

/** The five level anchors of a criterion of the technical kit, as the rubric file holds them. */
async function anchorsOf(id: string): Promise<string[]> {
  const file = JSON.parse(await readFile("rubrics/backend-technical.json", "utf8"));
  return file.rubric.criteria.find((c: { id: string }) => c.id === id).levels;
}

test("a criterion card lists all five level anchors and marks the chosen one as the score moves", async ({
  page,
}) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace");

  const levels = page.getByRole("list", { name: "Levels for API design" });
  const items = levels.getByRole("listitem");
  const anchors = await anchorsOf("api-design");
  await expect(items).toHaveCount(5);
  for (const [i, text] of anchors.entries()) {
    await expect(items.nth(i)).toBeVisible();
    await expect(items.nth(i)).toContainText(text);
  }
  const chosen = levels.locator("[aria-current=true]");
  await expect(chosen).toHaveCount(0);

  await app.score("API design", "4 Strong");
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText(anchors[3]);
  await expect(chosen).toHaveText(`4 Strong: ${anchors[3]}`);

  await app.score("API design", "2 Below bar");
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toHaveText(`2 Below bar: ${anchors[1]}`);
  await expect(items.nth(3)).not.toHaveAttribute("aria-current");

  await page.getByRole("button", { name: "Clear score for API design" }).click();
  await expect(chosen).toHaveCount(0);
  // Another card's marks are its own.
  await expect(page.getByRole("list", { name: "Levels for Security fundamentals" }).getByRole("listitem")).toHaveCount(5);
});

test("an answer-scored pre-screen question lists its kind's five anchors and marks the chosen one", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await page.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend pre-screen" });
  await app.start("Grace Hopper");
  await page.getByRole("group", { name: "Behavioral", exact: true }).getByRole("checkbox").first().check();

  const file = JSON.parse(await readFile("rubrics/backend-prescreen.json", "utf8"));
  const anchors: string[] = file.rubric.question_guidance.find((g: { kind: string }) => g.kind === "behavioral").levels;
  const levels = page.getByRole("list", { name: "Levels for question 1" });
  const items = levels.getByRole("listitem");
  await expect(items).toHaveCount(5);
  for (const [i, text] of anchors.entries()) await expect(items.nth(i)).toContainText(text);
  const chosen = levels.locator("[aria-current=true]");
  await expect(chosen).toHaveCount(0);

  const card = page.getByRole("listitem").filter({ has: levels });
  await card.getByRole("radio", { name: "4 Strong" }).check();
  await expect(chosen).toHaveText(`4 Strong: ${anchors[3]}`);
});
