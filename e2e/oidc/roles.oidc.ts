import { expect, test, type Browser, type Page } from "@playwright/test";

/**
 * Issue 11 end to end, AUTH_MODE=oidc: sign in through the real OpenID provider, create a
 * project, add a viewer; the viewer's browser shows no edit control and the server refuses the
 * viewer's writes.
 */

async function signIn(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  // oidc-provider's development pages: any login and password, then consent.
  await page.locator('input[name="login"]').fill(user);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("user-name")).toHaveText(user);
  return page;
}

test("an owner adds a viewer, who can read but not change the project", async ({ browser }) => {
  const owner = await signIn(browser, "olivia");
  await owner.getByLabel("Project name").fill("Team plan");
  await owner.getByRole("button", { name: "Create project" }).click();
  await expect(owner).toHaveURL(/\/projects\/[A-Za-z0-9_-]+$/);
  const projectPath = new URL(owner.url()).pathname;
  await expect(owner.getByRole("button", { name: "Save revision" })).toBeVisible();
  await expect(owner.getByTestId("project-role")).toHaveText("Your role: owner");

  await owner.getByRole("link", { name: "Members" }).click();
  await owner.getByLabel("User name").fill("victor");
  await owner.getByLabel("New member's role").selectOption("viewer");
  await owner.getByRole("button", { name: "Add member" }).click();
  await expect(owner.getByTestId("member-victor")).toContainText("viewer");

  // The owner checks a runbook step off; the runbook names her to everyone who reads it.
  const deployStep = "teleport.deploy.aws:us-east-2";
  await owner.goto(`${projectPath}/runbook`);
  const checked = owner.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes(`/runbook/steps/${encodeURIComponent(deployStep)}`));
  await owner.getByTestId(`step-${deployStep}`).getByRole("checkbox").check();
  expect((await checked).status()).toBe(200);
  await expect(owner.getByTestId(`step-${deployStep}`).getByTestId("checked-by")).toHaveText("olivia", { timeout: 30_000 });

  const viewer = await signIn(browser, "victor");
  await viewer.goto(projectPath);
  await expect(viewer.getByTestId("read-only-notice")).toBeVisible({ timeout: 30_000 });
  await expect(viewer.getByTestId("project-role")).toHaveText("Your role: viewer");
  await expect(viewer.getByRole("button", { name: "Save revision" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Share" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  // The plan shows values, not fields: no input, select or textarea anywhere in the plan or analysis.
  const readOnly = viewer.getByTestId("read-only-plan");
  // Pages that load data get the busy-machine allowance the designer specs use.
  await expect(readOnly.locator("#plan-heading")).toBeVisible({ timeout: 30_000 });
  await expect(readOnly.locator('section[aria-labelledby="plan-heading"], section[aria-labelledby="analysis-heading"]').locator("input, select, textarea")).toHaveCount(0);
  await expect(readOnly.getByRole("button", { name: /^(Waive|Remove|Set .* as CockroachDB|Add)/ })).toHaveCount(0);
  await expect(readOnly.getByRole("button", { name: /^Fail this region/ }).first()).toBeEnabled();

  // The map is read-only: a click on a planned marker's centre and on an unplanned one changes
  // nothing, opens no chooser, and Enter on a focused marker does nothing either; zoom still works.
  const inPlan = viewer.getByRole("complementary", { name: "Region list" }).getByRole("heading", { level: 3 });
  await expect(inPlan).toHaveText("In the plan (3)");
  for (const id of ["aws:us-east-2", "gcp:us-east4"]) {
    const marker = viewer.getByTestId(`marker-${id}`);
    await expect(marker).toHaveAttribute("aria-disabled", "true");
    await expect(marker).not.toHaveAttribute("aria-pressed", /.*/);
    const box = (await marker.locator("circle").first().boundingBox())!;
    await viewer.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(viewer.getByTestId("marker-chooser")).toHaveCount(0);
    await marker.focus();
    await viewer.keyboard.press("Enter");
  }
  await expect(inPlan).toHaveText("In the plan (3)");
  await expect(viewer.getByTestId("marker-aws:us-east-2")).toHaveAttribute("aria-label", /\. In the plan/);
  await expect(viewer.getByTestId("marker-gcp:us-east4")).toHaveAttribute("aria-label", /\. Not in the plan/);
  await expect(viewer.getByRole("button", { name: "Save revision" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Zoom in" })).toBeEnabled();
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await viewer.setViewportSize({ width, height });
    await viewer.screenshot({ path: `test-results/screenshots/viewer-designer-${width}.png` });
  }

  // History: no restore and no import for a viewer; the runbook names who checked the step off.
  await viewer.goto(`${projectPath}/history`);
  await expect(viewer.getByTestId("revision-list")).toBeVisible({ timeout: 30_000 });
  await expect(viewer.getByRole("button", { name: /^Restore revision/ })).toHaveCount(0);
  await viewer.goto(`${projectPath}/runbook`);
  const step = viewer.getByTestId(`step-${deployStep}`);
  await expect(step.getByTestId("checked-off")).toContainText("Checked off by olivia, ");
  await expect(step.getByRole("checkbox")).toBeDisabled();

  // The server refuses the viewer's writes, whatever the page shows.
  const id = projectPath.split("/").pop()!;
  const rename = await viewer.request.patch(`/api/projects/${id}`, { data: { name: "Taken over" } });
  expect(rename.status()).toBe(403);
  expect((await rename.json()).error.code).toBe("forbidden");
  const share = await viewer.request.post(`/api/projects/${id}/shares`, { data: {} });
  expect(share.status()).toBe(403);
  const me = await viewer.request.get("/api/me");
  expect(await me.json()).toMatchObject({ user: "victor", mode: "oidc", isAdmin: false });

  // Signed out, the API answers 401.
  await viewer.getByRole("button", { name: "Sign out" }).click();
  await expect(viewer.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await viewer.request.get(`/api/projects/${id}`)).status()).toBe(401);
});
