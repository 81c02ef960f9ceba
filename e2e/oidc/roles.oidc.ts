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

  const viewer = await signIn(browser, "victor");
  await viewer.goto(projectPath);
  await expect(viewer.getByTestId("read-only-notice")).toBeVisible();
  await expect(viewer.getByTestId("project-role")).toHaveText("Your role: viewer");
  await expect(viewer.getByRole("button", { name: "Save revision" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Share" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  // Every form control of the plan is disabled.
  const enabledInputs = viewer.locator('fieldset[aria-label="Read-only plan"] input:enabled, fieldset[aria-label="Read-only plan"] select:enabled');
  await expect(enabledInputs).toHaveCount(0);

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
