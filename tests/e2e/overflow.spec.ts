import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp, TECHNICAL_CRITERIA, colleagueFiles, download } from "./scorecard-page";

// Nothing on any screen overflows horizontally, from a 320 px phone to a 1440 px desktop:
// the page never scrolls sideways and no element's right edge is past the viewport (content
// inside its own scroll box, such as a wide matrix, counts only through that box).

const WIDTHS = [320, 360, 768, 1024, 1280, 1440];

/** What sticks out at the current width: the page's scroll width, and the elements past the edge. */
function overflowNow(page: Page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = document.scrollingElement!;
    const width = document.documentElement.clientWidth;
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const name = (e: Element) =>
      e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + (e.classList.length ? `.${[...e.classList].join(".")}` : "");
    const past = [...document.body.querySelectorAll("*")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > width + 0.5 && !clipped(e);
      })
      .slice(0, 5)
      .map((e) => `${name(e)} (right ${Math.round(e.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, past };
  });
}

/** Checks every width for one screen, naming the screen and the width on failure. */
async function noOverflow(page: Page, screen: string) {
  const height = page.viewportSize()?.height ?? 800;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height });
    const o = await overflowNow(page);
    expect.soft(o.scrollWidth, `${screen} at ${width} px: page scrolls sideways`).toBeLessThanOrEqual(o.clientWidth);
    expect.soft(o.past, `${screen} at ${width} px: elements past the right edge`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height });
}

test("the start page, a scorecard in each status, print, the library and recovered data never overflow", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new ScorecardApp(page);
  await app.open();
  await noOverflow(page, "start");
  await app.start("Barbara Liskov-Wojciechowska-Featherstonehaugh", "Grace Hopper");
  await app.score("API design", "4 Strong");
  await page.getByLabel("Notes on API design").fill("Idempotency keys, cursor pagination, https://example.org/a/very/long/url/without/any/breaks/in/it");
  await noOverflow(page, "scorecard draft");
  await page.getByRole("switch", { name: "Compact" }).check();
  await noOverflow(page, "scorecard draft, compact");
  await page.getByRole("switch", { name: "Compact" }).uncheck();
  await page.getByRole("button", { name: "Start call" }).click();
  await noOverflow(page, "scorecard in call");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "3 Meets bar");
  await app.recommendation().getByRole("radio", { name: "Hire", exact: true }).check();
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByText(/^Completed at/)).toBeVisible();
  await noOverflow(page, "scorecard completed");
  await page.emulateMedia({ media: "print" });
  await noOverflow(page, "print view");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "All scorecards" }).click();
  await app.start("Ada Lovelace", "Linus");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(2);
  await noOverflow(page, "library with cards");

  await page.evaluate(() => localStorage.setItem("scorecard:card:broken", '{"format":"scorecard","version":1'));
  await page.reload();
  await page.getByRole("button", { name: "Recovered data (1)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Recovered data" })).toBeVisible();
  await noOverflow(page, "recovered data");
});

test("compare and the debrief never overflow", async ({ page }) => {
  test.setTimeout(90_000);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace", "Me");
  for (const title of TECHNICAL_CRITERIA) await app.score(title, "4 Strong");
  await page.getByLabel("Notes on API design").fill("Clear REST design");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await app.start("Bob Byte", "Me");
  await page.getByRole("button", { name: "All scorecards" }).click();
  const file = await download(page, () => page.getByRole("button", { name: "Export all" }).click());
  const bundle = JSON.parse(file.text);
  const theirs = [
    { from: "Grace", candidate: "Ada Lovelace", scores: [5, 4, 4, 4, 4], note: "Asked about idempotency" },
    { from: "Linus", candidate: "Ada Lovelace", scores: [3, 4, 4, 4, 4], note: "Unsure on pagination" },
  ];
  await page.getByLabel("Import scorecard files").setInputFiles(colleagueFiles(bundle, bundle.scorecards.find((c: any) => c.candidate === "Ada Lovelace"), theirs, ["Grace", "Linus"]));
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await page.getByRole("button", { name: /^All of rubric Backend technical phone screen/ }).click();
  await page.getByRole("checkbox", { name: "Blind mode" }).uncheck();
  await noOverflow(page, "compare");
  await page.getByText("Debrief Ada Lovelace", { exact: true }).click();
  await expect(page.getByRole("region", { name: "Debrief: Ada Lovelace" })).toBeVisible();
  await noOverflow(page, "debrief");
});

test("the rubrics, the open editor and the embedded widget never overflow", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/?view=rubrics");
  await expect(page.getByRole("heading", { level: 1, name: "Rubrics" })).toBeVisible();
  await noOverflow(page, "rubrics");
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  await expect(page.getByRole("form", { name: "Edit rubric" })).toBeVisible();
  await noOverflow(page, "rubric editor");
  await page.goto("/?embed=1&rubric=backend-prescreen&view=score");
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await noOverflow(page, "embed");
});
