import { expect, test } from "@playwright/test";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

/**
 * Plans as files in the app: export a revision as JSON and YAML, import a file as a new project
 * and as a new revision, and see every problem of a broken file with its field (nothing stored).
 * Files are handed to the file input as the browser would after a pick or a drop.
 */

test("export a revision's plan and import it back as a new project", async ({ page, request }) => {
  const suffix = Date.now().toString(36);
  const created = await request.post("/api/projects", { data: { name: `Files E2E ${suffix}`, template: "blueprint" } });
  const { project } = (await created.json()) as { project: { id: string } };

  await page.goto(`/projects/${project.id}/history`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export revision 1's plan as YAML" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`files-e2e-${suffix}-r1.plan.yaml`);
  const yamlText = await (await request.get(`/api/projects/${project.id}/revisions/1/plan?format=yaml`)).text();
  expect(yamlText).toContain("$schema: http://127.0.0.1:");

  await page.goto("/");
  const panel = page.getByTestId("import-plan");
  await panel.getByLabel("Plan file (drop it here or pick it)").setInputFiles({ name: `round-trip-${suffix}.plan.yaml`, mimeType: "application/yaml", buffer: Buffer.from(yamlText) });
  await expect(panel.getByLabel("Name of the new project")).toHaveValue(`round-trip-${suffix}`);
  await panel.getByRole("button", { name: "Import plan" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const importedId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  const revision = (await (await request.get(`/api/projects/${importedId}/revisions/1`)).json()) as { revision: { plan: unknown; note: string } };
  expect(revision.revision).toMatchObject({ note: "Imported from a plan file.", plan: BLUEPRINT_TEMPLATE });
});

test("a broken plan file shows every problem with its field, and nothing is stored", async ({ page, request }) => {
  const name = `Broken import ${Date.now().toString(36)}`;
  const broken = structuredClone(BLUEPRINT_TEMPLATE) as unknown as Record<string, unknown> & typeof BLUEPRINT_TEMPLATE;
  broken.geoDns.ttlSeconds = 0;
  broken.regions[1]!.kubernetes.podCidr = "10.1.2.3/40";
  broken.colour = "blue";

  await page.goto("/");
  const panel = page.getByTestId("import-plan");
  await panel.getByLabel("Plan file (drop it here or pick it)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
  await panel.getByLabel("Name of the new project").fill(name);
  await panel.getByRole("button", { name: "Import plan" }).click();

  const errors = panel.getByRole("alert");
  await expect(errors).toContainText("broken.json is not a valid plan: 3 problem(s). Nothing was stored.");
  await expect(errors.getByTestId("import-issue")).toHaveText([
    "regions.1.kubernetes.podCidrUse an IPv4 CIDR such as 10.16.0.0/14 (network address, then /0 to /32).",
    "geoDns.ttlSecondsMust be at least 1.",
    'colourUnknown field "colour": remove it.',
  ]);
  const list = (await (await request.get(`/api/projects?q=${encodeURIComponent(name)}`)).json()) as { projects: unknown[] };
  expect(list.projects).toEqual([]);

  // A file that is not YAML at all: its line and column.
  await panel.getByLabel("Plan file (drop it here or pick it)").setInputFiles({ name: "broken.yaml", mimeType: "application/yaml", buffer: Buffer.from("schemaVersion: 1\nschemaVersion: 1\n") });
  await panel.getByRole("button", { name: "Import plan" }).click();
  await expect(errors).toContainText("broken.yaml cannot be read as a plan. Nothing was stored.");
  await expect(errors.getByTestId("import-issue")).toHaveText(["(the file)Line 2, column 1: Not valid YAML: Map keys must be unique"]);
});

test("import a plan file as a new revision of the open project", async ({ page, request }) => {
  const created = await request.post("/api/projects", { data: { name: `Revision import ${Date.now().toString(36)}`, template: "blueprint" } });
  const { project } = (await created.json()) as { project: { id: string } };
  const edited = { ...structuredClone(BLUEPRINT_TEMPLATE), $schema: "./plan.schema.json", geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 120 } };

  await page.goto(`/projects/${project.id}/history`);
  const panel = page.getByTestId("import-plan");
  // Dropped rather than picked: the drop zone hands the file over the same way.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "edited.json", { type: "application/json" }));
    return transfer;
  }, JSON.stringify(edited));
  await panel.getByText("Plan file (drop it here or pick it)").dispatchEvent("drop", { dataTransfer });
  await panel.getByRole("button", { name: "Import plan" }).click();
  await expect(page.getByTestId("revision-2")).toContainText("Imported from edited.json");
  const revision = (await (await request.get(`/api/projects/${project.id}/revisions/2`)).json()) as { revision: { plan: { geoDns: { ttlSeconds: number }; $schema?: string } } };
  expect(revision.revision.plan.geoDns.ttlSeconds).toBe(120);
  expect(revision.revision.plan.$schema).toBeUndefined();
});
