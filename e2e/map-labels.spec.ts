import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { planOver, TWELVE_REGIONS } from "@/bench/plans";
import type { Plan } from "@/lib/schemas/plan";

/**
 * Issue 13, "labels do not overlap at world zoom" and "never cut by the map's edge": on the
 * blueprint template and on a 12-region plan, at world zoom and after "Fit plan", at 1440×900
 * and 1024×768, every label the map draws (region codes with their role badges, RTT labels) is
 * measured in the browser: no two boxes intersect and each lies inside the map.
 */

type Rect = { x: number; y: number; width: number; height: number; label: string };

async function projectWith(request: APIRequestContext, plan: Plan | null): Promise<string> {
  const created = await request.post("/api/projects", { data: { name: `Labels ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`, template: "blueprint" } });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { project: { id: string } }).project.id;
  if (plan) expect((await request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan } })).status()).toBe(201);
  return id;
}

/** Every drawn label's box and the map's box, in CSS pixels. */
async function measure(page: Page): Promise<{ map: Rect; labels: Rect[]; markers: Rect[] }> {
  return page.getByTestId("world-map").evaluate((svg) => {
    const rect = (el: Element, label: string) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, label };
    };
    // A planned marker's ring (r 11): RTT text under it could not be read.
    const rings = [...svg.querySelectorAll("[data-testid^=marker-]")].filter((m) => m.getAttribute("aria-label")?.includes(". In the plan"));
    return {
      map: rect(svg, "map"),
      labels: [...svg.querySelectorAll("[data-map-label]")].map((el) => rect(el, el.getAttribute("data-map-label")!)),
      markers: rings.map((m) => rect(m.querySelectorAll("circle")[1] ?? m, m.getAttribute("data-region")!)),
    };
  });
}

/** Touching edges are fine; sub-pixel rounding is not an overlap. */
const EPSILON = 0.5;
const intersect = (a: Rect, b: Rect) =>
  a.x + EPSILON < b.x + b.width && b.x + EPSILON < a.x + a.width && a.y + EPSILON < b.y + b.height && b.y + EPSILON < a.y + a.height;

async function expectLabelsClear(page: Page, regionLabels: number) {
  const { map, labels, markers } = await measure(page);
  expect(markers.length, "planned markers measured").toBeGreaterThanOrEqual(3);
  const regions = labels.filter((l) => !l.label.includes("|"));
  expect(regions.length, "region labels drawn").toBeGreaterThanOrEqual(regionLabels);
  const outside = labels.filter((l) => l.x < map.x - EPSILON || l.y < map.y - EPSILON || l.x + l.width > map.x + map.width + EPSILON || l.y + l.height > map.y + map.height + EPSILON);
  expect(outside.map((l) => l.label), "labels cut by the map's edge").toEqual([]);
  const pairs = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => intersect(a, b)).map((b) => `${a.label} × ${b.label}`));
  expect(pairs, "overlapping labels").toEqual([]);
  const rtt = labels.filter((l) => l.label.includes("|"));
  const covered = rtt.flatMap((l) => markers.filter((m) => intersect(l, m)).map((m) => `${l.label} under ${m.label}`));
  expect(covered, "RTT labels under a planned marker").toEqual([]);
}

async function open(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId("world-map")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("analysis-status")).toHaveText("● Live: updated on every edit.", { timeout: 30_000 });
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("blueprint template: labels clear of each other and of the edge, at world zoom and fitted", async ({ page, request }) => {
      await open(page, await projectWith(request, null));
      await expectLabelsClear(page, 3);
      await page.getByRole("button", { name: "World" }).click();
      await expectLabelsClear(page, 1);
      await page.getByRole("button", { name: "Fit plan" }).click();
      await expectLabelsClear(page, 3);
    });

    test("12-region plan: labels clear of each other and of the edge, at world zoom and fitted", async ({ page, request }) => {
      await open(page, await projectWith(request, planOver(TWELVE_REGIONS)));
      await page.getByRole("button", { name: "World" }).click();
      // The primary's and secondary's labels always stay (label-layout.ts gives way from the last plain region).
      await expectLabelsClear(page, 2);
      const { labels } = await measure(page);
      expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining(["us-east-1", "us-east-2"]));
      await page.getByRole("button", { name: "Fit plan" }).click();
      await expectLabelsClear(page, 2);
    });
  });
}
