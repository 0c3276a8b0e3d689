import { expect, test, type Page } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { ScorecardApp, download, fillQuota } from "./scorecard-page";

test("a panic shows a plain message and leaves stored data intact", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Ada Lovelace");
  await app.score("API design", "4 Strong");
  const before = await app.storage();
  await page.goto("/?test-panic=1");
  await expect(page.getByRole("alert")).toContainText("Scorecard hit an internal error and stopped");
  expect(await app.storage()).toEqual({ ...before });
  await page.goto("/");
  await expect(app.criterion("API design").getByRole("radio", { name: "4 Strong" })).toBeChecked();
});

test("a full quota is reported, nothing in the tab is lost, and saving resumes when there is room", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Quota Quinn");
  await fillQuota(page);
  // Notes make the document longer than there is room for.
  await page.getByLabel("Notes on API design").fill("Still typing while the quota is full");
  await expect(page.getByRole("alert").filter({ hasText: "Browser storage is full" })).toBeVisible();
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  // The message offers a way out that needs no storage: a file with what the tab holds.
  const quotaAlert = page.getByRole("alert").filter({ hasText: "Browser storage is full" });
  const file = await download(page, () => quotaAlert.getByRole("button", { name: "Export to a file" }).click());
  expect(file.name).toMatch(/^scorecard-quota-quinn-.*\.json$/);
  expect(JSON.parse(file.text).scorecard.criteria[0].notes).toBe("Still typing while the quota is full");
  await app.score("API design", "5 Exceptional");
  await expect(app.criterion("API design").getByRole("radio", { name: "5 Exceptional" })).toBeChecked();
  await expect(page.getByLabel("Notes on API design")).toHaveValue("Still typing while the quota is full");

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await app.score("Security fundamentals", "3 Meets bar");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(app.criterion("API design").getByRole("radio", { name: "5 Exceptional" })).toBeChecked();
  await expect(page.getByLabel("Notes on API design")).toHaveValue("Still typing while the quota is full");
});

test("a save that failed is retried when the tab is hidden; closing right after typing loses nothing", async ({ context }) => {
  const page = await context.newPage();
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Hidden Hal");
  // A write that fails once, as a full quota would, then works again.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    let failures = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("scorecard:card:") && failures++ === 0) {
        throw new DOMException("full", "QuotaExceededError");
      }
      return original.call(this, key, value);
    };
  });
  await page.getByLabel("Overall notes").fill("Typed just before switching away");
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  // The tab is hidden: the change is written without another edit.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.getByLabel("Overall notes").fill("Typed just before closing the tab");
  await page.close();
  const again = await context.newPage();
  await again.goto("/");
  await expect(again.getByLabel("Overall notes")).toHaveValue("Typed just before closing the tab");
});

test("unavailable storage gets a message and the app still scores in memory", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("not letting Scorecard save");
  const app = new ScorecardApp(page);
  await app.start("Memory Mo");
  await app.score("API design", "3 Meets bar");
  await expect(page.getByText("1 of 5 criteria scored")).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: "not letting Scorecard save" });
  const file = await download(page, () => alert.getByRole("button", { name: "Export to a file" }).click());
  const saved = JSON.parse(file.text).scorecard;
  expect(saved.candidate).toBe("Memory Mo");
  expect(saved.criteria[0].score).toBe(3);
});

/** Dismisses and counts every dialog (alert, confirm, prompt) a page opens. */
function countDialogs(page: Page) {
  return watchDialogs(page, { opened: 0 });
}

function watchDialogs(page: Page, count: { opened: number }) {
  page.on("dialog", (d) => {
    count.opened++;
    return d.dismiss();
  });
  return count;
}

const INJECTIONS = [
  "<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=2\">", "<svg onload=\"window.__pwned=3\">",
  "javascript:window.__pwned=4", "\"><script>window.__pwned=5</script>", "'><img src=x onerror=window.__pwned=6>",
  "<iframe src=\"javascript:parent.__pwned=7\">", "<body onload=window.__pwned=8>", "<a href=\"javascript:window.__pwned=9\">x</a>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=10>", "<details open ontoggle=window.__pwned=11>",
  "<input autofocus onfocus=window.__pwned=12>", "<video><source onerror=window.__pwned=13>", "<object data=\"javascript:window.__pwned=14\">",
  "<embed src=\"javascript:window.__pwned=15\">", "<style>@import 'javascript:window.__pwned=16'</style>", "<link rel=stylesheet href=x>",
  "<meta http-equiv=refresh content=\"0;url=javascript:window.__pwned=17\">", "<base href=\"javascript:/\">", "<form action=javascript:window.__pwned=18><button>x",
  "&lt;script&gt;window.__pwned=19&lt;/script&gt;", "&#60;script&#62;", "%3Cscript%3Ewindow.__pwned=20%3C/script%3E", "\\u003cscript\\u003e",
  "{{constructor.constructor('window.__pwned=21')()}}", "${window.__pwned=22}", "`${window.__pwned=23}`", "<!--<script>window.__pwned=24</script>-->",
  "]]><script>window.__pwned=25</script>", "<![CDATA[<script>window.__pwned=26</script>]]>", "<xss style=\"x:expression(window.__pwned=27)\">",
  "<div style=\"background:url(javascript:window.__pwned=28)\">", "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\u202Eevil\u202C", "\u200Bzero\u200Bwidth", "مرحبا <b>عالم</b>", "שלום <i>עולם</i>",
  "😀<script>window.__pwned=29</script>", "<scr<script>ipt>window.__pwned=30</scr</script>ipt>", "<SCRIPT SRC=//x.invalid/x.js></SCRIPT>",
  "<img src=\"x\" onerror=\"&#119;indow.__pwned=31\">", "<svg><script>window.__pwned=32</script></svg>", "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned=33>\">",
  "javascript&colon;window.__pwned=34", "<a href=\"data:text/html,<script>parent.__pwned=35</script>\">x</a>", "--><script>window.__pwned=36</script>",
];

test(`${INJECTIONS.length} injection strings stay text in names, notes and the library`, async ({ page }) => {
  expect(INJECTIONS.length).toBeGreaterThanOrEqual(50);
  const dialogs = countDialogs(page);
  const app = new ScorecardApp(page);
  await app.open();
  for (const [i, text] of INJECTIONS.entries()) {
    if (i % 10 === 0) {
      if (i > 0) await page.getByRole("button", { name: "All scorecards" }).click();
      await page.getByLabel("Candidate name").fill(text);
      await page.getByRole("button", { name: "Start scorecard" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.trim());
    }
    await page.getByLabel("Overall notes").fill(text);
    // A textarea normalises line breaks, as the browser always does.
    await expect(page.getByLabel("Overall notes")).toHaveValue(text.replace(/\r\n?/g, "\n"));
  }
  await page.getByRole("button", { name: "All scorecards" }).click();
  const cards = Math.ceil(INJECTIONS.length / 10);
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(cards);
  await page.reload();
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(cards);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(dialogs.opened).toBe(0);
});

test("the whole corpus in one card stays inert in the printed view, the HTML export and the comparison", async ({ page, browser }) => {
  const dialogs = countDialogs(page);
  const app = new ScorecardApp(page);
  await app.open();
  await app.start(INJECTIONS[0]);
  const corpus = INJECTIONS.join("\n");
  await page.getByLabel("Overall notes").fill(corpus);
  await page.getByLabel("Notes on API design").fill(INJECTIONS.slice(25).join(" "));
  await page.getByLabel("Another red flag").fill(INJECTIONS[1]);
  await page.getByRole("button", { name: "Add flag" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(INJECTIONS[0]);
  await page.emulateMedia({ media: "screen" });

  await page.getByText("Export", { exact: true }).click();
  const html = await download(page, () => page.getByRole("menuitem", { name: "Download HTML" }).click());
  expect(html.text).not.toMatch(/<script|<img|<svg|<iframe|\son\w+=/i);
  const viewer = await (await browser.newContext()).newPage();
  watchDialogs(viewer, dialogs);
  await viewer.goto("file://" + html.path);
  await expect(viewer.getByText(INJECTIONS[0]).first()).toBeVisible();
  await viewer.emulateMedia({ media: "print" });
  expect(await viewer.evaluate(() => [(window as any).__pwned, (window as any).parent.__pwned])).toEqual([undefined, undefined]);
  // Defence in depth: the export's own Content-Security-Policy stops script even if some got in.
  const tampered = html.path.replace(/\.html$/, "-tampered.html");
  await writeFile(
    tampered,
    html.text.replace("</body>", '<script>window.__ran=1</script><img src="x" onerror="window.__ran=2"></body>'),
  );
  await viewer.goto("file://" + tampered);
  await expect(viewer.getByText(INJECTIONS[0]).first()).toBeVisible();
  expect(await viewer.evaluate(() => (window as any).__ran)).toBeUndefined();

  // The comparison shows hostile names as text too.
  await page.getByRole("button", { name: "All scorecards" }).click();
  await app.start(INJECTIONS[2]);
  await page.getByRole("button", { name: "All scorecards" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Compare" }).click();
  await page.getByRole("button", { name: /^All of rubric Backend technical phone screen/ }).click();
  await expect(page.getByRole("table").first().getByText(INJECTIONS[0])).toBeVisible();
  await expect(page.getByRole("table").first().getByText(INJECTIONS[2])).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(dialogs.opened).toBe(0);
});
