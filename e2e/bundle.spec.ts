import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The Bundle tab of a project made from the blueprint template: preview a values.yaml, copy it,
 * download the zip (file name, zip signature, contents), pick an older revision, and check the
 * routes' 404s. Every test creates its own project.
 */
type FilesBody = { files: { path: string; mediaType: string; size: number; content: string }[] };

async function createProject(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/projects", { data: { name, template: "blueprint" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

test("preview a values.yaml, copy it and download the zip", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const suffix = Date.now().toString(36);
  const id = await createProject(request, `Bundle E2E ${suffix}`);
  const expectedName = `bundle-e2e-${suffix}-r1.zip`;

  await page.goto(`/projects/${id}`);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Bundle" }).click();
  await expect(page).toHaveURL(`/projects/${id}/bundle`);
  await expect(page.getByRole("heading", { name: "Deployment bundle" })).toBeVisible();
  await expect(page.getByLabel("Revision")).toHaveValue("1");
  await expect(page.getByRole("heading", { level: 2, name: "README.md" })).toBeVisible();

  const tree = page.getByRole("navigation", { name: "Bundle files" });
  await tree.getByRole("button", { name: /^teleport\/aws-us-east-1\/values\.yaml\b/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "teleport/aws-us-east-1/values.yaml" })).toBeVisible();
  await expect(tree.getByRole("button", { name: /^teleport\/aws-us-east-1\/values\.yaml\b/ })).toHaveAttribute("aria-current", "true");
  const preview = page.getByTestId("bundle-preview");
  await expect(preview).toContainText("chartMode: standalone");
  await expect(preview).toContainText(
    "conn_string: postgres://teleport@cockroachdb-public.us-east-1.svc.cluster.local:26257/teleport_backend?sslmode=verify-full&pool_max_conns=7",
  );
  await expect(preview).toContainText("audit_sessions_uri: s3://teleport-sessions-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-1&complete_initiators=teleport-auth");

  const files = (await (await request.get(`/api/projects/${id}/revisions/1/bundle/files`)).json()) as FilesBody;
  const values = files.files.find((f) => f.path === "teleport/aws-us-east-1/values.yaml");
  expect(values?.mediaType).toBe("application/yaml");

  await page.getByRole("button", { name: "Copy teleport/aws-us-east-1/values.yaml" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText("✓ Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(values?.content);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download zip" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(expectedName);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4": a zip local file header
  const unzipped = unzipSync(bytes);
  expect(Object.keys(unzipped)).toEqual(files.files.map((f) => f.path));
  expect(strFromU8(unzipped["teleport/aws-us-east-1/values.yaml"] ?? new Uint8Array())).toBe(values?.content);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toContainText(`Downloaded ${expectedName}`);

  const accessibility = await new AxeBuilder({ page }).analyze();
  expect(accessibility.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/bundle.png", fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole("button", { name: "Download zip" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/bundle-1024.png" });
});

test("the zip route answers with the same bytes twice, and 404s for unknown revisions and projects", async ({ request }) => {
  const id = await createProject(request, "Bundle API");
  const first = await request.get(`/api/projects/${id}/revisions/1/bundle`);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/zip");
  expect(first.headers()["content-disposition"]).toBe('attachment; filename="bundle-api-r1.zip"');
  const body = await first.body();
  // Next 16 route handlers drop Content-Length (they stream chunked); the route repeats the size in X-Bundle-Size.
  expect(first.headers()["x-bundle-size"]).toBe(String(body.byteLength));
  expect(first.headers()["content-length"] ?? String(body.byteLength)).toBe(String(body.byteLength));
  const second = await (await request.get(`/api/projects/${id}/revisions/1/bundle`)).body();
  expect(Buffer.compare(body, second)).toBe(0);

  const noRevision = await request.get(`/api/projects/${id}/revisions/9/bundle`);
  expect([noRevision.status(), ((await noRevision.json()) as { error: { code: string } }).error.code]).toEqual([404, "revision_not_found"]);
  const noProject = await request.get(`/api/projects/no-such-project/revisions/1/bundle/files`);
  expect([noProject.status(), ((await noProject.json()) as { error: { code: string } }).error.code]).toEqual([404, "project_not_found"]);
});

test("the revision picker shows an older revision's bundle", async ({ page, request }) => {
  const id = await createProject(request, "Bundle revisions");
  const plan: Plan = { ...structuredClone(BLUEPRINT_TEMPLATE), teleport: { ...BLUEPRINT_TEMPLATE.teleport, clusterName: "teleport.revision-two.example.org" } };
  const saved = await request.post(`/api/projects/${id}/revisions`, { data: { basedOn: 1, plan, note: "rename" } });
  expect(saved.status()).toBe(201);

  await page.goto(`/projects/${id}/bundle`);
  const picker = page.getByLabel("Revision");
  await expect(picker).toHaveValue("2");
  await expect(picker.locator("option")).toHaveText(["Revision 2 (latest) — rename", "Revision 1 — Created from the Teleport Multi-region Blueprin…"]);
  const tree = page.getByRole("navigation", { name: "Bundle files" });
  await tree.getByRole("button", { name: /^teleport\/aws-us-west-2\/values\.yaml\b/ }).click();
  await expect(page.getByTestId("bundle-preview")).toContainText("clusterName: teleport.revision-two.example.org");

  await picker.selectOption("1");
  await expect(page.getByRole("heading", { level: 2, name: "teleport/aws-us-west-2/values.yaml" })).toBeVisible();
  await expect(page.getByTestId("bundle-preview")).toContainText("clusterName: teleport-multi-region.example.org");
});

test("a runbook link opens the bundle on the file it names", async ({ page, request }) => {
  const id = await createProject(request, `Bundle link ${Date.now().toString(36)}`);
  await page.goto(`/projects/${id}/bundle?file=${encodeURIComponent("cockroachdb/01-databases.sql")}&revision=1`);
  await expect(page.getByRole("heading", { level: 2, name: "cockroachdb/01-databases.sql" })).toBeVisible();
  await expect(page.getByTestId("bundle-preview")).toContainText("SET CLUSTER SETTING kv.rangefeed.enabled = true;");
});
