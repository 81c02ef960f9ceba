import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The project list: create from the template, search by name (?q=), rename in place, delete
 * after confirming, and the empty, loading and error states. Each test makes its own projects,
 * with a unique prefix so other tests' projects never match its searches.
 */

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function createProject(request: APIRequestContext, name: string, template: "blueprint" | "blank" = "blueprint") {
  const response = await request.post("/api/projects", { data: { name, template } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

test("creates a project from the blueprint template and lists it with its regions", async ({ page }) => {
  const name = unique("Home create");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.getByLabel("Project name").fill(name);
  await page.getByLabel("From the blueprint template").check();
  await page.getByRole("button", { name: "Create project" }).click();

  await expect(page).toHaveURL(/\/projects\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("✔ Saved as revision 1");

  await page.getByRole("link", { name: "Projects" }).first().click();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row.getByRole("list", { name: `Regions of ${name}` }).getByRole("listitem")).toHaveText(["AWS us-east-1", "AWS us-east-2", "AWS us-west-2"]);
  await expect(row).toContainText("revision 1");
});

test("a blank project says what to do first", async ({ page }) => {
  const name = unique("Home blank");
  await page.goto("/");
  await page.getByLabel("Project name").fill(name);
  await page.getByLabel("Blank").check();
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("○ Not saved yet");
  await expect(page.getByTestId("analysis-status")).toHaveText("◌ Add at least two regions on the map to start.");
});

test("an empty name is refused before anything is sent", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Give the project a name." })).toHaveText("✖ Give the project a name.");
  await expect(page).toHaveURL(/\/$/);
});

test("search filters by name and keeps the query in the URL", async ({ page, request }) => {
  const prefix = unique("Search");
  await createProject(request, `${prefix} alpha`);
  await createProject(request, `${prefix} beta`);
  await page.goto("/");
  await page.getByLabel("Search by name").fill(`${prefix} ALPHA`);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(`${prefix} ALPHA`).replace(/%20/g, "(%20|\\+)")}`));
  await expect(page.getByTestId("project-table").getByRole("rowheader")).toHaveText([`${prefix} alpha`]);

  await page.reload();
  await expect(page.getByLabel("Search by name")).toHaveValue(`${prefix} ALPHA`);
  await expect(page.getByTestId("project-table").getByRole("rowheader")).toHaveText([`${prefix} alpha`]);

  await page.getByLabel("Search by name").fill(`${prefix} gamma`);
  await expect(page.getByText(`No project name contains “${prefix} gamma”.`)).toBeVisible();
});

test("renames in place and deletes after confirming", async ({ page, request }) => {
  const name = unique("Rename me");
  const renamed = `${name} (renamed)`;
  await createProject(request, name);
  await page.goto(`/?q=${encodeURIComponent(name)}`);

  await page.getByRole("button", { name: `Rename ${name}` }).click();
  const input = page.getByLabel(`New name for ${name}`);
  await expect(input).toBeFocused();
  await input.fill(renamed);
  await input.press("Enter");
  await expect(page.getByRole("rowheader", { name: renamed })).toBeVisible();
  await expect(page.getByRole("button", { name: `Rename ${renamed}` })).toBeFocused();

  // Escape cancels a rename without saving.
  await page.getByRole("button", { name: `Rename ${renamed}` }).click();
  await page.getByLabel(`New name for ${renamed}`).fill("Not this");
  await page.getByLabel(`New name for ${renamed}`).press("Escape");
  await expect(page.getByRole("rowheader", { name: renamed })).toBeVisible();

  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete “${renamed}”?` });
  await expect(dialog).toContainText("This deletes the project and its only revision. It cannot be undone; export a bundle first if you need a copy.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete project" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`No project name contains “${name}”.`)).toBeVisible();
  expect((await request.get(`/api/projects?q=${encodeURIComponent(renamed)}`).then((r) => r.json())).projects).toEqual([]);
});

test("shows the empty state, the error state with a working retry, and the loading skeleton", async ({ page }) => {
  let mode: "empty" | "error" | "slow" = "empty";
  await page.route("**/api/projects", async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    if (mode === "empty") return route.fulfill({ json: { projects: [] } });
    if (mode === "error") return route.fulfill({ status: 503, json: { error: { code: "database_unavailable", message: "The database is not reachable right now." } } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return route.fulfill({ json: { projects: [] } });
  });
  await page.goto("/");
  await expect(page.getByText("No projects yet — create one from the blueprint template to start.")).toBeVisible();

  mode = "error";
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "The projects could not be loaded" });
  await expect(alert).toContainText("The projects could not be loaded");
  await expect(alert).toContainText("The database is not reachable right now. Your projects are stored on the server and nothing was changed.");
  mode = "slow";
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByText("No projects yet — create one from the blueprint template to start.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("table", { name: "Loading projects" })).toBeVisible();
  await expect(page.getByText("No projects yet — create one from the blueprint template to start.")).toBeVisible();
});

test("the home page has no serious or critical accessibility violations", async ({ page, request }) => {
  await createProject(request, unique("Axe home"));
  await page.goto("/");
  await expect(page.getByTestId("project-table")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
});
