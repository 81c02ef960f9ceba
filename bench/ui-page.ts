import type { Page } from "@playwright/test";
import { planOver, TWELVE_REGIONS } from "./plans";

/**
 * The page side of the designer benchmark (bench/ui.ts) and its diagnostic (bench/ui-profile.ts):
 * the project they open, the marker they click, and the in-page timing of one click.
 */

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A planned region of the 12-region plan: clicking it removes it, clicking again adds it back (12 ↔ 11, always valid). */
export const MARKER = "aws:us-west-2";

/** A project whose latest revision is the 12-region plan; returns its id. */
export async function createBenchProject(url: string): Promise<string> {
  const headers = { "content-type": "application/json", origin: url };
  const created = await fetch(`${url}/api/projects`, { method: "POST", headers, body: JSON.stringify({ name: "UI bench", template: "blueprint" }) });
  if (created.status !== 201) throw new Error(`create project: ${created.status} ${await created.text()}`);
  const id = ((await created.json()) as { project: { id: string } }).project.id;
  const saved = await fetch(`${url}/api/projects/${id}/revisions`, { method: "POST", headers, body: JSON.stringify({ basedOn: 1, plan: planOver(TWELVE_REGIONS) }) });
  if (saved.status !== 201) throw new Error(`save plan: ${saved.status} ${await saved.text()}`);
  return id;
}

/** Opens the designer on the project and waits until its analysis is live. */
export async function openDesigner(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}/projects/${id}`);
  await page.getByTestId("analysis-status").filter({ hasText: "Live" }).waitFor();
}

/**
 * Clicks the element matched by `selector` at the centre of `shapeSelector` inside it (a real
 * MouseEvent with a pointer position, detail 1, as a mouse sends) and returns the milliseconds
 * from dispatching it to a task queued from the next animation frame: that frame is the one
 * that shows the click's result, so this is "click to next paint" as the page sees it. A
 * `bench-click` performance mark tags the start for traces.
 */
export function clickAndWaitForPaint(page: Page, selector: string, shapeSelector?: string): Promise<number> {
  return page.evaluate(
    async ([sel, shapeSel]) => {
      const el = document.querySelector(sel);
      const target = shapeSel ? el?.querySelector(shapeSel) : el;
      if (!el || !target) throw new Error(`nothing matches ${sel} ${shapeSel ?? ""}`);
      const box = target.getBoundingClientRect();
      const init = { bubbles: true, cancelable: true, detail: 1, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      performance.mark("bench-click");
      const start = performance.now();
      el.dispatchEvent(new MouseEvent("click", init));
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    [selector, shapeSelector ?? null] as const,
  );
}

export const markerSelector = (region: string) => `[data-testid="marker-${region}"]`;

/**
 * Waits until the page has been idle (requestIdleCallback) twice in a row, so an edit's deferred
 * work (analysis, dashboard) is finished before the next click is timed; the cap keeps a page
 * that never goes idle from hanging the benchmark.
 */
export function waitForIdle(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i += 1) await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
  });
}

/** Starts collecting the browser's Event Timing entries for clicks (durationThreshold 16 ms, the API's floor). */
export function observeClickTimings(page: Page): Promise<void> {
  return page.evaluate(() => {
    const store: number[] = [];
    (window as unknown as { __clickTimings: number[] }).__clickTimings = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "click") store.push(entry.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
}

/**
 * A trusted click (CDP input, as a mouse sends it) on the centre of the marker's shape, then the
 * browser's own measure of it: the Event Timing entry's duration, from the input to the next
 * paint after its handlers, in 8 ms steps. A click under 16 ms gets no entry and counts as 16.
 */
export async function trustedClickEventTiming(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing visible matches ${selector}`);
  const before = await page.evaluate(() => (window as unknown as { __clickTimings: number[] }).__clickTimings.length);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitForIdle(page);
  return page.evaluate((n) => (window as unknown as { __clickTimings: number[] }).__clickTimings[n] ?? 16, before);
}
