import { expect, test } from "@playwright/test";
import { download, ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

const WHY = "Why does your recommendation differ from the rule?";
const REASON = "Could not reason about failure modes when pushed on the queue design";

test("the rule's recommendation stands beside the interviewer's; differing needs a one-line reason, kept in the exports", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Edsger Dijkstra");
  await expect(
    page.getByText("Decision rule: pass at 3.00 · must pass: API design at 3+ · any red flag caps at No Hire"),
  ).toBeVisible();
  const says = page.getByText(/^The rule says:/);
  await expect(says).toHaveText("The rule says: Decides once every criterion is scored");

  // 3, 3, 3, 3, 4: 3.20 reaches the threshold 3.00.
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "3 Meets bar");
  await app.score("Security fundamentals", "4 Strong");
  await expect(says).toHaveText("The rule says: Hire (3.20 ≥ 3.00)");

  // Choosing the rule's recommendation asks for nothing; another asks why.
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await expect(page.getByLabel(WHY)).toHaveCount(0);
  await app.recommendation().getByRole("radio", { name: "No Hire", exact: true }).check();
  const why = page.getByLabel(WHY);
  await expect(why).toBeVisible();

  // Completing without the reason is refused, with focus on the reason.
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "say why in one line" })).toBeVisible();
  await expect(why).toBeFocused();
  await expect(page.getByText(/^Completed at/)).toHaveCount(0);

  await why.fill(REASON);
  await expect(page.getByRole("alert").filter({ hasText: "say why in one line" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mark completed" }).click();
  // No Hire above the threshold is still a contradiction: the existing prompt asks once.
  await page
    .getByRole("group", { name: "Complete with these still open?" })
    .getByRole("button", { name: "Complete anyway" })
    .click();
  await expect(page.getByText(/^Completed at/)).toBeVisible();
  await expect(why).toHaveValue(REASON);

  await page.getByText("Export", { exact: true }).click();
  const html = await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click());
  expect(html.text).toContain("<dt>The rule says</dt><dd>Hire (3.20 ≥ 3.00)</dd>");
  expect(html.text).toContain(REASON);
  expect(html.text).toContain("Decision rule: pass at 3.00 · must pass: API design at 3+");

  await page.getByText("Export", { exact: true }).click();
  await page.getByRole("menuitem", { name: "Copy as Markdown" }).click();
  await expect(page.getByText("Copied the scorecard as Markdown.")).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain("- **Recommendation:** No Hire");
  expect(markdown).toContain("- **The rule says:** Hire (3.20 ≥ 3.00)");
  expect(markdown).toContain(`- **Why the recommendation differs from the rule:** ${REASON}`);
});

test("a must-pass criterion below its minimum caps the rule at No Hire and warns beside a hire", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Tony Hoare");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "5 Exceptional");
  await app.score("API design", "2 Below bar");
  await expect(page.getByText(/^The rule says:/)).toHaveText("The rule says: No Hire (API design below its minimum)");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await expect(page.getByRole("list", { name: "Recommendation warnings" }).getByRole("listitem")).toContainText([
    "Hire, but a must-pass criterion is below its minimum: API design: 2 (must reach 3).",
  ]);
});
