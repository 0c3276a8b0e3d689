import { expect, test } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

test("a verdict or a topic in notes shows one calm hint that Dismiss hides", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace");

  const notes = page.getByLabel("Notes on API design");
  const verdict = page.getByRole("status").filter({ hasText: "“seems” is a verdict" });
  const dismiss = page.getByRole("button", { name: "Dismiss hint for API design notes" });

  await notes.fill("seems great");
  await expect(verdict).toHaveText(/note what the candidate said or did/);
  // A screen reader hears the hint with the field: it is the field's description while shown.
  await expect(notes).toHaveAccessibleDescription(/“seems” is a verdict.*note what the candidate said or did/);
  // Never blocks: typing goes on with the hint showing.
  await notes.pressSequentially(" overall");
  await expect(notes).toHaveValue("seems great overall");

  await dismiss.click();
  await expect(verdict).toHaveCount(0);
  await expect(dismiss).toHaveCount(0);
  await expect(notes).toBeFocused();
  await expect(notes).toHaveAccessibleDescription("");
  // Same hint, more text: stays dismissed.
  await notes.pressSequentially(".");
  await expect(verdict).toHaveCount(0);

  await notes.fill("Idempotency keys for retries; cursor pagination; named p99 latency.");
  await expect(page.getByRole("button", { name: /^Dismiss hint for/ })).toHaveCount(0);

  await notes.fill("Mentioned being 52 years old.");
  await expect(page.getByRole("status").filter({ hasText: "Notes should not mention age" })).toBeVisible();
  await expect(dismiss).toBeVisible();

  // Every notes field has its hint: the overall notes too.
  await page.getByLabel("Overall notes").fill("Smart.");
  await expect(page.getByRole("status").filter({ hasText: "“smart” is a verdict" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Dismiss hint for notes on the recommendation" })).toBeVisible();
});
