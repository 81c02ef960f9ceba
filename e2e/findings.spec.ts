import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The designer's findings loop: edits in the plan form show up as findings on the dashboard (and
 * inline next to the fields), can be fixed or waived, and the dashboard stays accessible.
 * Expected titles and fixes come from the core itself, so the assertions are exact.
 */

async function createProject(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/projects", { data: { name, template: "blueprint" } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { project: { id: string } };
  return body.project.id;
}

async function openDesigner(page: Page, request: APIRequestContext, name: string) {
  const id = await createProject(request, name);
  await page.goto(`/projects/${id}`);
  const form = page.getByTestId("plan-form");
  const dashboard = page.getByTestId("dashboard");
  await expect(form).toBeVisible();
  await expect(dashboard.getByRole("heading", { name: "Findings", exact: true })).toBeVisible();
  return { form, dashboard };
}

function findingOf(plan: Plan, id: string) {
  const finding = analyzePlan(plan).findings.find((f) => f.id === id);
  if (!finding) throw new Error(`expected finding ${id} for this plan`);
  return finding;
}

const withSecondary = (secondaryRegion: string): Plan => ({
  ...BLUEPRINT_TEMPLATE,
  cockroachdb: { ...BLUEPRINT_TEMPLATE.cockroachdb, secondaryRegion },
});

test("a far secondary region raises the distance finding with its fix, and choosing a near one clears it", async ({ page, request }) => {
  const { form, dashboard } = await openDesigner(page, request, "Findings: far secondary");
  const expected = findingOf(withSecondary("aws:us-west-2"), "cockroach-primary-secondary-distance");
  const card = dashboard.getByTestId("finding-cockroach-primary-secondary-distance");
  await expect(card).toHaveCount(0);

  await form.getByLabel("Secondary region").selectOption("aws:us-west-2");
  await expect(card.getByRole("heading", { level: 5 })).toHaveText(expected.title);
  await expect(card.getByText(expected.fix)).toBeVisible();
  await expect(card).toContainText("Source: Teleport Multi-region Blueprint, section “Impact of the CockroachDB regions”");

  await form.getByLabel("Secondary region").selectOption("aws:us-east-2");
  await expect(card).toHaveCount(0);
});

test("overlapping pod CIDRs are flagged inline and as a critical finding", async ({ page, request }) => {
  const { form, dashboard } = await openDesigner(page, request, "Findings: CIDR overlap");
  const overlapping: Plan = {
    ...BLUEPRINT_TEMPLATE,
    regions: BLUEPRINT_TEMPLATE.regions.map((r, i) => (i === 1 ? { ...r, kubernetes: { ...r.kubernetes, podCidr: "10.16.0.0/16" } } : r)),
  };
  const expected = findingOf(overlapping, "cidr-overlap:pod:aws:us-east-1:aws:us-east-2");

  const region = form.getByTestId("section-region-aws:us-east-2");
  await region.locator("summary").click();
  const podCidr = region.getByLabel("Pod CIDR");
  await podCidr.fill("10.16.0.0/16");

  const card = dashboard.getByTestId(`finding-${expected.id}`);
  await expect(card.getByRole("heading", { level: 5 })).toHaveText(expected.title);
  await expect(card.getByText(/^✖\s*Critical$/)).toBeVisible();
  await expect(card.getByText(expected.fix)).toBeVisible();
  // Inline: the field is marked invalid and described by the message shown next to it.
  await expect(podCidr).toHaveAttribute("aria-invalid", "true");
  await expect(podCidr).toHaveAccessibleDescription(`Critical: ${expected.title}`);

  // Clicking the finding shows the other field it concerns (region us-east-1's pod CIDR).
  await card.getByRole("button", { name: expected.title, exact: true }).click();
  await expect(form.getByTestId("section-region-aws:us-east-1").getByLabel("Pod CIDR")).toBeFocused();

  await podCidr.fill("10.17.0.0/16");
  await expect(card).toHaveCount(0);
  await expect(podCidr).not.toHaveAttribute("aria-invalid", "true");
});

test("a finding waived with a reason stays visible as waived and can be unwaived", async ({ page, request }) => {
  const { dashboard } = await openDesigner(page, request, "Findings: waiver");
  const expected = findingOf(BLUEPRINT_TEMPLATE, "cockroach-below-production");
  const card = dashboard.getByTestId(`finding-${expected.id}`);
  await expect(card.getByRole("heading", { level: 5 })).toHaveText(expected.title);

  await card.getByRole("button", { name: `Waive… ${expected.title}` }).click();
  await card.getByLabel("Reason for accepting this finding").fill("no");
  await card.getByRole("button", { name: "Waive finding" }).click();
  await expect(card.getByText("Say why this finding is accepted (at least 3 characters).")).toBeVisible();

  await card.getByLabel("Reason for accepting this finding").fill("Pilot cluster, load-tested at this size");
  await card.getByRole("button", { name: "Waive finding" }).click();
  const waived = dashboard.getByTestId("findings-waived");
  await expect(waived.getByRole("heading", { level: 4 })).toHaveText("Waived (1)");
  await expect(waived.getByTestId(`finding-${expected.id}`)).toContainText("Waived: Pilot cluster, load-tested at this size");
  await expect(dashboard.getByTestId("findings-summary")).toContainText("1 waived");

  await waived.getByRole("button", { name: "Unwaive" }).click();
  await expect(dashboard.getByTestId("findings-waived")).toHaveCount(0);
  await expect(dashboard.getByTestId("findings-info").getByTestId(`finding-${expected.id}`)).toBeVisible();
});

test("the dashboard has no serious or critical accessibility violations", async ({ page, request }) => {
  const { dashboard } = await openDesigner(page, request, "Findings: accessibility");
  await expect(dashboard.getByTestId("chart-latency")).toBeVisible();
  await expect(dashboard.getByTestId("sizing-table")).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="dashboard"]').analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // A viewport as tall as the page keeps the sticky save bar from landing on top of the dashboard.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await dashboard.screenshot({ path: "test-results/screenshots/dashboard.png" });
});
