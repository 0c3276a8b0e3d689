import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA } from "./scorecard-page";

/** Ordinary notes: a line or two per criterion, as an interviewer types them on a call. */
const NOTES = [
  "Versioned the API with a Sunset header and kept two versions live.\nAsked about idempotency keys before I did.",
  "Found the missing composite index from the plan; explained why OFFSET pagination degrades.",
  "Outbox pattern for the payment events; unsure about exactly-once, said so.",
  "Structured logs with request ids; would alert on error budget burn, not on single errors.",
  "Secrets in a vault, rotated; knew about SSRF but not about signed URLs expiring.",
];
const SCORES = ["4 Strong", "4 Strong", "3 Meets bar", "4 Strong", "3 Meets bar"];

/** A completed five-criterion technical card with ordinary notes, as printed. */
async function completedTechnicalCard(page: Page) {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Barbara Liskov", "Grace Hopper");
  for (const [i, title] of TECHNICAL_CRITERIA.entries()) {
    await app.score(title, SCORES[i]);
    await page.getByLabel(`Notes on ${title}`).fill(NOTES[i]);
  }
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page
    .getByLabel("Overall notes")
    .fill("Strong on APIs and data; hire for the platform team.\nProbe distributed systems in the onsite.");
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByText(/^Completed at/)).toBeVisible();
}

/** The number of pages in a PDF: its page objects. */
function pages(pdf: Buffer) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test("printing a completed five-criterion card takes one A4 page and one Letter page, result first", async ({
  page,
}) => {
  await completedTechnicalCard(page);
  await page.emulateMedia({ media: "print" });

  // The result and the recommendation come before the first criterion on paper.
  const top = (locator: ReturnType<Page["getByRole"]>) =>
    locator.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  const result = await top(page.getByRole("heading", { name: "Result" }));
  const recommendation = await top(page.getByRole("heading", { name: "Overall recommendation" }));
  const firstCriterion = await top(page.getByRole("radiogroup", { name: TECHNICAL_CRITERIA[0], exact: true }));
  expect.soft(result, "the result above the first criterion").toBeLessThan(firstCriterion);
  expect.soft(recommendation, "the recommendation above the first criterion").toBeLessThan(firstCriterion);
  await page.screenshot({ path: test.info().outputPath("print.png"), fullPage: true });

  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    await test.info().attach(`${format}.pdf`, { body: pdf, contentType: "application/pdf" });
    expect.soft(pages(pdf), `${format} pages`).toBe(1);
  }
});
