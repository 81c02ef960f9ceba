import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The Runbook tab: check steps off (one in the Teleport section for one region, others
 * elsewhere), see them survive a reload, save a revision that changes one region's proxy
 * replicas, and see only the affected step reset and flagged in the new revision's runbook.
 */
async function createProject(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/projects", { data: { name, template: "blueprint" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

const stepItem = (page: Page, key: string) => page.getByTestId(`step-${key}`);

async function checkOff(page: Page, key: string, title: string, note?: string) {
  const item = stepItem(page, key);
  if (note) await item.getByLabel("Note (saved when you check the step off)").fill(note);
  const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes(`/runbook/steps/${encodeURIComponent(key)}`));
  await item.getByRole("checkbox", { name: title, exact: true }).check();
  expect((await saved).status()).toBe(200);
}

const DEPLOY_E2 = { key: "teleport.deploy.aws:us-east-2", title: "Deploy Teleport in aws:us-east-2" };
const DEPLOY_E1 = { key: "teleport.deploy.aws:us-east-1", title: "Deploy Teleport in aws:us-east-1" };
const TOOLS = { key: "prerequisites.tools", title: "Install the command-line tools and Helm repositories" };
const CIDR_E2 = { key: "networks.pod-cidr.aws:us-east-2", title: "Check pod CIDR 10.17.0.0/16 in aws:us-east-2" };

test("check steps off, reload, and see only the affected steps reset in a new revision", async ({ page, request }) => {
  // The axe scan of a 61-step runbook at the end took over 40 s on a shared 2-core machine (load 13).
  test.setTimeout(150_000);
  const id = await createProject(request, `Runbook E2E ${Date.now().toString(36)}`);
  await page.goto(`/projects/${id}`);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Runbook" }).click();
  await expect(page).toHaveURL(`/projects/${id}/runbook`);
  await expect(page.getByRole("heading", { level: 2, name: "Runbook" })).toBeVisible();
  await expect(page.getByLabel("Revision")).toHaveValue("1");
  await expect(page.getByTestId("progress-overall")).toHaveText("0 of 61 done");

  await checkOff(page, DEPLOY_E2.key, DEPLOY_E2.title, "rolled out 2/2");
  await checkOff(page, DEPLOY_E1.key, DEPLOY_E1.title);
  await checkOff(page, TOOLS.key, TOOLS.title);
  await checkOff(page, CIDR_E2.key, CIDR_E2.title);
  await expect(page.getByTestId("progress-teleport")).toHaveText("2 of 6 done");
  await expect(page.getByTestId("progress-prerequisites")).toHaveText("1 of 5 done");
  await expect(page.getByTestId("progress-overall")).toHaveText("4 of 61 done");

  await page.reload();
  for (const s of [DEPLOY_E2, DEPLOY_E1, TOOLS, CIDR_E2]) await expect(page.getByRole("checkbox", { name: s.title, exact: true })).toBeChecked();
  // Who checked it off (issue 11): in AUTH_MODE=none the one local user; the OIDC suite checks a signed-in name.
  await expect(stepItem(page, DEPLOY_E2.key).getByTestId("checked-off")).toHaveText("✔ Checked off by local, just now: rolled out 2/2");
  await expect(page.getByRole("checkbox", { name: "Deploy Teleport in aws:us-west-2", exact: true })).not.toBeChecked();

  // A new revision: one more proxy in us-east-2.
  const project = (await (await request.get(`/api/projects/${id}`)).json()) as { project: { latest: { plan: Plan } } };
  const plan = project.project.latest.plan;
  plan.regions[1]!.proxyReplicas = 3;
  const saved = await request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan, note: "3 proxies in us-east-2" } });
  expect(saved.status()).toBe(201);

  await page.reload();
  await expect(page.getByLabel("Revision")).toHaveValue("2");
  await expect(page.getByLabel("Revision").locator("option:checked")).toHaveText("Revision 2 (latest) — 3 proxies in us-east-2");
  await expect(page.getByRole("checkbox", { name: DEPLOY_E2.title, exact: true })).not.toBeChecked();
  await expect(stepItem(page, DEPLOY_E2.key).getByTestId("changed-badge")).toHaveText("⟳ Changed since checked");
  await expect(page.getByTestId("changed-badge")).toHaveCount(1);
  for (const s of [DEPLOY_E1, TOOLS, CIDR_E2]) await expect(page.getByRole("checkbox", { name: s.title, exact: true })).toBeChecked();
  await expect(page.getByTestId("progress-teleport")).toHaveText("1 of 6 done");
  await expect(page.getByTestId("progress-overall")).toHaveText("3 of 61 done");
  await expect(page.getByRole("note").filter({ hasText: "changed since you checked" })).toContainText(
    "1 step changed since you checked it off in an earlier revision. It is marked “Changed since checked”: do it again and check it off.",
  );
  await stepItem(page, DEPLOY_E2.key).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -260));
  await page.screenshot({ path: "test-results/screenshots/runbook.png" });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/screenshots/runbook-top-1024.png" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Checking it off again clears the flag.
  await checkOff(page, DEPLOY_E2.key, DEPLOY_E2.title, "3 proxies ready");
  await expect(page.getByTestId("changed-badge")).toHaveCount(0);

  // Revision 1 keeps its own progress.
  await page.getByLabel("Revision").selectOption("1");
  await expect(page.getByTestId("progress-overall")).toHaveText("4 of 61 done");
  await expect(page).toHaveURL(`/projects/${id}/runbook?revision=1`);
  await page.getByLabel("Revision").selectOption("2");
  await expect(page.getByTestId("progress-overall")).toHaveText("4 of 61 done");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test("target version picker, Markdown export and rollback of a failed check-off", async ({ page, request }) => {
  const id = await createProject(request, `Runbook E2E target ${Date.now().toString(36)}`);
  await page.goto(`/projects/${id}/runbook`);
  const update = page.getByRole("region", { name: "Update strategy" });
  await expect(update.getByRole("heading", { name: "Choose how to update from 18.10.0 to 18.11.0" })).toBeVisible();

  const picker = update.getByLabel("Target Teleport version (now 18.10.0)");
  await picker.fill("20.0.0");
  await update.getByRole("button", { name: "Plan update" }).click();
  await expect(update.getByRole("heading", { name: "No update plan for 20.0.0" })).toBeVisible();
  await expect(update).toContainText("Teleport must be upgraded one major version at a time");
  await expect(page).toHaveURL(`/projects/${id}/runbook?revision=1&targetVersion=20.0.0`);

  await picker.fill("nineteen");
  await update.getByRole("button", { name: "Plan update" }).click();
  await expect(update.getByRole("alert")).toHaveText("✖ Use a version like 18.11.0 (major.minor.patch).");

  await picker.fill("19.0.0");
  await update.getByRole("button", { name: "Plan update" }).click();
  await expect(update.getByRole("heading", { name: "Option A: scale Auth to one pod in aws:us-east-1" })).toBeVisible();
  await expect(update).toContainText("For a major version, use option A.");
  await update.scrollIntoViewIfNeeded();
  await update.getByRole("heading", { name: "Update strategy" }).evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: "test-results/screenshots/runbook-update.png" });

  const exportLink = page.getByRole("link", { name: "Export Markdown" });
  await expect(exportLink).toHaveAttribute("href", `/api/projects/${id}/runbook.md?revision=1&targetVersion=19.0.0`);
  const markdown = await request.get(`/api/projects/${id}/runbook.md?revision=1&targetVersion=19.0.0`);
  expect(markdown.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(await markdown.text()).toContain("### Option A: scale Auth to one pod in aws:us-east-1");

  // The server refuses: the optimistic check goes back and the step says why.
  await page.route("**/runbook/steps/**", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "database_unavailable", message: "The database is not reachable right now." } }) }),
  );
  const checkbox = page.getByRole("checkbox", { name: TOOLS.title, exact: true });
  await checkbox.check({ noWaitAfter: true }).catch(() => undefined);
  await expect(stepItem(page, TOOLS.key).getByRole("alert")).toHaveText("✖ Not saved: The database is not reachable right now.");
  await expect(checkbox).not.toBeChecked();
  await expect(page.getByTestId("progress-overall")).toHaveText("0 of 61 done");
});
