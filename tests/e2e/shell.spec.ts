import { expect, test, type Page } from "@playwright/test";
import { ScorecardApp } from "./scorecard-page";

// The app shell (docs/PERFORMANCE.md, "App shell"): index.html carries the first screen as
// static HTML, painted before the wasm arrives; the app takes its place without a layout shift.
// The wasm request is held (page.route) to see the page as a slow link shows it; the service
// worker is kept out, or a reload would take the wasm from its cache past the route.
test.use({ serviceWorkers: "block" });

/** Holds every .wasm request until `release` is called. */
async function holdWasm(page: Page) {
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

/** Sums the page's layout shifts (PerformanceObserver 'layout-shift') from its first byte. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        w.__shifts.push(`${e.value}: ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(" | ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Layout shifts so far, after two frames more (observers report after the frame). */
async function shifts(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

/** Every element under `selector` in document order: tag, attributes, own text and box. */
function tree(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return null;
    // The shell's own: its id on the root, and `inert` on all of it but the form.
    return [root, ...root.querySelectorAll("*")].map((el) => {
      const attrs = [...el.attributes]
        .filter((a) => !(el === root && a.name === "id") && a.name !== "inert")
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(" ");
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .join("");
      const r = el.getBoundingClientRect();
      const box = [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2).join(",");
      return `<${el.tagName.toLowerCase()} ${attrs}> "${text}" @${box}`;
    });
  }, selector);
}

/** How many pixels differ between two screenshots of the same size. */
function differingPixels(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (png: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext("2d")!;
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    };
    const [x, y] = [await pixels(a), await pixels(b)];
    if (x.length !== y.length) return Infinity;
    let n = 0;
    for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) n++;
    return n;
  }, [a.toString("base64"), b.toString("base64")]);
}

async function firstPaint(page: Page) {
  return page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length);
}

for (const [name, width, scheme] of [
  ["wide", 1280, "light"],
  ["narrow, dark", 360, "dark"],
] as const) {
  test(`${name}: a first visit paints the start screen before the wasm, and the app takes it over exactly, without a shift`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await recordShifts(page);
    const release = await holdWasm(page);
    await page.goto("/");

    // Painted while the wasm is still held.
    await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect.poll(() => firstPaint(page), { message: "the shell painted" }).toBe(1);

    await page.mouse.move(width - 1, 799);
    const shell = await tree(page, "#shell");
    expect(shell).not.toBeNull();
    const looks = await page.screenshot();

    release();
    await expect(page.locator("#shell")).toHaveCount(0);
    await expect(page.getByLabel("Candidate name")).toBeEditable();
    // The same elements, attributes, text and boxes as the app's first screen...
    expect(await tree(page, ".app")).toEqual(shell);
    // ...the same pixels...
    // (a handful of anti-aliased text pixels may differ between two paints of the same page).
    expect(await differingPixels(page, looks, await page.screenshot())).toBeLessThan(100);
    // ...and no layout shift.
    expect(await shifts(page)).toEqual({ cls: 0, shifts: [] });
  });
}

test("a returning user sees the header and the form, never an empty library that is not theirs, and nothing shifts", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Returning Rita");
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByText("Returning Rita").first()).toBeVisible();

  await recordShifts(page);
  const release = await holdWasm(page);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect.poll(() => firstPaint(page), { message: "the shell painted" }).toBe(1);
  await expect(page.locator("#shell header")).toHaveAttribute("inert", "");
  // Only the app knows what the library holds: the shell draws none of it.
  await expect(page.locator("#shell .library")).toBeHidden();
  await expect(page.getByText("None yet.")).toBeHidden();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();

  release();
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByText("Returning Rita").first()).toBeVisible();
  expect((await shifts(page)).cls).toBeLessThan(0.01);
});

test("with a scorecard open in this tab the shell draws nothing, so no start screen flashes before the card", async ({ page }) => {
  const app = new ScorecardApp(page);
  await app.open();
  await app.start("Open Omar");

  const release = await holdWasm(page);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-shell", "blank");
  await expect(page.locator("#shell")).toBeHidden();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeHidden();
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Open Omar" })).toBeVisible();
});

test("the app starts in tasks of its own: it reads storage, then draws in the shell's place", async ({ page }) => {
  // Each synchronous run (a task, or less: no microtask checkpoint between) gets a number; the
  // app's storage reads (after the HTML is parsed, so not the shell's own script) and the
  // shell's removal record theirs. One task doing both was a long task at 4x CPU (Lighthouse's TBT).
  await page.addInitScript(() => {
    const w = window as unknown as { __reads: number[]; __removed: number | null };
    w.__reads = [];
    w.__removed = null;
    let run = 0;
    let open = false;
    const mark = () => {
      if (!open) {
        open = true;
        run += 1;
        queueMicrotask(() => (open = false));
      }
      return run;
    };
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      if (document.readyState !== "loading" && key.startsWith("scorecard:")) w.__reads.push(mark());
      return getItem.call(this, key);
    };
    const remove = Element.prototype.remove;
    Element.prototype.remove = function () {
      if (this.id === "shell") w.__removed = mark();
      return remove.call(this);
    };
  });
  await page.goto("/");
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByLabel("Candidate name")).toBeEditable();
  const { reads, removed } = await page.evaluate(() => {
    const w = window as unknown as { __reads: number[]; __removed: number | null };
    return { reads: w.__reads, removed: w.__removed };
  });
  expect(reads.length, "the app reads storage").toBeGreaterThan(0);
  expect(removed, "the shell is removed").not.toBeNull();
  expect(Math.min(...reads), "the first read comes a task before the shell leaves").toBeLessThan(removed!);
});

test("the app draws its form a task before its library, and the shell's library stands in meanwhile: no frame lacks one", async ({ page }) => {
  // At each end of a task (a MutationObserver's callback) and at each frame: is the app's form
  // there, the app's library, the shell's library? Drawn in one task they were a long task at
  // 4x CPU (Lighthouse's TBT).
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: string[]; __frames: string[] };
    w.__seen = [];
    w.__frames = [];
    const state = () => {
      const outside = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => !e.closest("#shell")).length;
      const inside = document.querySelectorAll("#shell section.library").length;
      return `form ${outside(".new-card form")} library ${outside("section.library")} shell-library ${inside}`;
    };
    new MutationObserver(() => {
      const now = state();
      if (w.__seen[w.__seen.length - 1] !== now) w.__seen.push(now);
    }).observe(document, { childList: true, subtree: true });
    const frame = () => {
      w.__frames.push(state());
      if (!/ library 1 /.test(w.__frames[w.__frames.length - 1])) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto("/");
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Scorecards in this browser" })).toBeVisible();
  const { seen, frames } = await page.evaluate(() => {
    const w = window as unknown as { __seen: string[]; __frames: string[] };
    return { seen: w.__seen, frames: w.__frames };
  });
  expect(seen, "the form first, with the shell's library in the library's place; then the app's library").toContain("form 1 library 0 shell-library 1");
  expect(seen[seen.length - 1]).toBe("form 1 library 1 shell-library 0");
  // From the first frame that shows the shell (an early one can come before the body is parsed).
  const shown = frames.slice(frames.findIndex((f) => f.endsWith("shell-library 1")));
  expect(shown.length).toBeGreaterThan(1);
  for (const f of shown) expect(f, "every frame shows a library, the shell's or the app's").toMatch(/ library 1 |shell-library 1$/);
});

test("typed into the shell's form before the wasm arrives: the app takes every field over, with focus and the caret where they were", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  const shell = page.locator("#shell");
  // The form takes input while the wasm is held; the header and the library do not.
  await shell.getByLabel("Candidate name").click();
  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Platform engineer");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Grace");
  await shell.getByLabel("Rubric", { exact: true }).selectOption({ label: "Backend pre-screen" });
  await shell.getByLabel("Candidate name").click();
  await page.keyboard.press("Home");
  await expect(shell.getByLabel("Candidate name")).toHaveValue("Ada Lovelace");
  await expect(page.locator("#shell header")).toHaveAttribute("inert", "");
  await expect(page.locator("#shell .library")).toHaveAttribute("inert", "");

  release();
  await expect(shell).toHaveCount(0);
  const name = page.getByLabel("Candidate name");
  await expect(name).toHaveValue("Ada Lovelace");
  await expect(page.getByLabel("Role")).toHaveValue("Platform engineer");
  await expect(page.getByLabel("Interviewer")).toHaveValue("Grace");
  await expect(page.getByLabel("Rubric", { exact: true })).toHaveValue("backend-prescreen");
  await expect(name).toBeFocused();
  // The caret is where it was (Home): typing goes on there.
  await page.keyboard.type("Dr ");
  await expect(name).toHaveValue("Dr Ada Lovelace");

  // The values are the app's own, not only the fields': the card starts with them.
  await page.getByRole("button", { name: "Start scorecard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dr Ada Lovelace" })).toBeVisible();
  await expect(page.getByText("Backend pre-screen").first()).toBeVisible();
});

test("Start pressed in the shell's form before the wasm arrives is held, and the card opens once the app runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  const shell = page.locator("#shell");
  await shell.getByLabel("Candidate name").fill("Early Eve");
  await shell.getByLabel("Candidate name").press("Enter");
  // Held: the page stays (no navigation of a plain form submit), and says so.
  await expect(shell.getByRole("button", { name: "Starting…" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("");

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Early Eve" })).toBeVisible();
  await page.getByRole("button", { name: "All scorecards" }).click();
  await expect(page.getByRole("rowheader", { name: "Early Eve" })).toHaveCount(1);
});

test("Start pressed in the shell's form with no name: once the app runs it asks for the name, as it would have", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await page.locator("#shell").getByRole("button", { name: "Start scorecard" }).click();
  release();
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByText("Enter the candidate's name to start.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
});

test("the app is fetched after the shell's first paint, so the paint never waits for it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#shell")).toHaveCount(0);
  const { fcp, fetched } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    fetched: performance
      .getEntriesByType("resource")
      .filter((e) => /(_bg\.wasm|scorecard-[0-9a-f]+\.js|split-[0-9a-f]+\.js)$/.test(e.name))
      .map((e) => ({ name: e.name.split("/").pop(), start: e.startTime })),
  }));
  expect(fcp, "the shell painted").not.toBeNull();
  expect(fetched.map((f) => f.name.replace(/-[0-9a-f]+/, "")).sort()).toEqual(["scorecard.js", "scorecard_bg.wasm", "split.js"]);
  for (const f of fetched) expect(f.start, `${f.name} is requested after the first paint`).toBeGreaterThanOrEqual(fcp!);
});
