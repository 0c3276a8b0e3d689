import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The serious and critical WCAG 2.0/2.1 A and AA violations axe finds on the page as it is. */
export async function serious(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Fails naming the view and each serious or critical violation axe finds on the whole page. */
export async function audit(page: Page, view: string) {
  expect(await serious(page, view)).toEqual([]);
}
