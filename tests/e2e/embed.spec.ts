import { expect, test } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A wiki page on another loopback port that embeds the widget with the snippet's iframe. */
async function wikiPage(snippet: string): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html><head><title>Team wiki</title></head>
    <body><h1>Backend phone screens</h1><div style="width:360px">${snippet}</div></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test("the embed dialog gives a sandboxed snippet, and the widget scores inside a wiki page", async ({ page, baseURL }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Embed in a wiki" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed in a wiki" });
  await dialog.getByLabel("Rubric for the widget").selectOption({ label: "Backend pre-screen" });
  const snippet = await dialog.getByLabel("Embed snippet").inputValue();
  expect(snippet).toContain(`src="${baseURL}?embed=1&amp;rubric=backend-prescreen&amp;view=score"`);
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-forms allow-downloads allow-modals"');
  await expect(dialog).toContainText("stored for the widget's own address");

  const wiki = await wikiPage(snippet.replaceAll("&amp;", "&"));
  try {
    await page.goto(wiki.url);
    const widget = page.frameLocator('iframe[title="Interview scorecard"]');
    // Embed mode: no app chrome, the deep-linked rubric preselected.
    await expect(widget.getByRole("heading", { name: "New scorecard" })).toBeVisible();
    await expect(widget.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(widget.getByLabel("Rubric", { exact: true })).toHaveValue("backend-prescreen");
    await widget.getByLabel("Candidate name").fill("Ada Lovelace");
    await widget.getByRole("button", { name: "Start scorecard" }).click();
    await widget.getByRole("group", { name: "General", exact: true }).getByRole("checkbox").first().check();
    await widget.getByRole("radiogroup").first().getByRole("radio", { name: "4 Strong" }).check();
    await expect(widget.getByText("1 of 1 answers scored")).toBeVisible();
    await page.reload();
    await expect(widget.getByRole("radiogroup").first().getByRole("radio", { name: "4 Strong" })).toBeChecked();
  } finally {
    wiki.server.close();
  }
});

test("deep links open the library or the rubrics view", async ({ page }) => {
  await page.goto("/?view=rubrics");
  await expect(page.getByRole("heading", { level: 1, name: "Rubrics" })).toBeVisible();
  await page.goto("/?embed=1&view=library");
  await expect(page.getByRole("heading", { name: "Scorecards in this browser" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
});

test("the snippet of a custom rubric carries the rubric: a colleague's fresh browser scores that exact kit", async ({ page, browser }) => {
  await page.goto("/?view=rubrics");
  await page.getByRole("button", { name: "Duplicate Backend technical phone screen" }).click();
  const editor = page.getByRole("form", { name: "Edit rubric" });
  await editor.getByLabel("Title", { exact: true }).fill("Team kit");
  await editor.getByRole("button", { name: "Save rubric" }).click();
  await page.getByRole("button", { name: "Embed in a wiki" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed in a wiki" });
  await dialog.getByLabel("Rubric for the widget").selectOption({ label: "Team kit" });
  const snippet = await dialog.getByLabel("Embed snippet").inputValue();
  expect(snippet).toMatch(/&amp;view=score#rubric=1\.[A-Za-z0-9_-]+"/);

  const wiki = await wikiPage(snippet.replaceAll("&amp;", "&"));
  const fresh = await browser.newContext();
  try {
    const colleague = await fresh.newPage();
    await colleague.goto(wiki.url);
    const widget = colleague.frameLocator('iframe[title="Interview scorecard"]');
    await expect(widget.getByLabel("Rubric", { exact: true }).locator("option:checked")).toHaveText("Team kit");
    await expect(widget.getByRole("dialog")).toHaveCount(0);
    await widget.getByLabel("Candidate name").fill("Ada Lovelace");
    await widget.getByRole("button", { name: "Start scorecard" }).click();
    await expect(widget.getByText("Team kit", { exact: true })).toBeVisible();
    await widget.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "4 Strong" }).check();
    await expect(widget.getByRole("radiogroup", { name: "API design", exact: true }).getByRole("radio", { name: "4 Strong" })).toBeChecked();
  } finally {
    await fresh.close();
    wiki.server.close();
  }
});

test("a deep link to a rubric this browser does not have says so and offers no other kit", async ({ page }) => {
  await page.goto("/?embed=1&rubric=team-kit&view=score");
  await expect(page.getByRole("alert")).toHaveText(
    "This page asks for the rubric “team-kit”, which this browser does not have. Ask for its share link.",
  );
  await expect(page.getByRole("button", { name: "Start scorecard" })).toHaveCount(0);
  await expect(page.getByLabel("Rubric", { exact: true })).toBeHidden();
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await expect(page.getByText("API design")).toHaveCount(0);
});
