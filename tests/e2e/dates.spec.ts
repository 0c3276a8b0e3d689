import { expect, test } from "@playwright/test";
import { ScorecardApp, download, frozenClock } from "./scorecard-page";

// One date format everywhere: ISO YYYY-MM-DD (README "Dates"), whatever the browser's locale.
test.use({ locale: "en-US", timezoneId: "America/New_York" });

test("the library, the scorecard header and an export show the same ISO date; the date filter takes ISO", async ({
  page,
}) => {
  await frozenClock(page); // 2026-11-23 09:00 in New York
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov", "Grace Hopper");
  await expect(page.getByText("Backend Engineer · Grace Hopper · 2026-11-23", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const json = await download(page, () => page.getByRole("menuitem", { name: "Download JSON" }).click());
  expect(json.name).toBe("scorecard-barbara-liskov-2026-11-23.json");
  expect(JSON.parse(json.text).scorecard.date).toBe("2026-11-23");

  await page.getByRole("button", { name: "All scorecards" }).click();
  const row = page.getByRole("row", { name: /Barbara Liskov/ });
  await expect(row.getByRole("cell", { name: "2026-11-23", exact: true })).toBeVisible();

  // The date filter is typed as ISO too, never the locale's mm/dd/yyyy.
  const from = page.getByLabel("From date");
  await expect(from).toHaveAttribute("placeholder", "YYYY-MM-DD");
  await from.fill("11/24/2026");
  await from.press("Enter");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  // The hint is the field's description all along; it shows (is more than a clipped pixel) once invalid.
  await expect(from).toHaveAccessibleDescription("Use YYYY-MM-DD");
  const hint = page.getByText("Use YYYY-MM-DD").first();
  const hintWidth = () => hint.evaluate((e) => e.getBoundingClientRect().width);
  await expect.poll(hintWidth).toBeGreaterThan(1);
  await expect(row).toBeVisible();
  await from.fill("2026-11-24");
  await from.press("Enter");
  await expect(from).not.toHaveAttribute("aria-invalid", "true");
  await expect.poll(hintWidth).toBeLessThanOrEqual(1);
  await expect(row).toBeHidden();
  await from.fill("2026-11-23");
  await from.press("Enter");
  await expect(row).toBeVisible();
});
