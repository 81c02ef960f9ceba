import { describe, expect, test } from "vitest";
import { guardRequest, type GuardConfig } from "./request-guard";

const NONE: GuardConfig = { mode: "none", appUrl: null };
const OIDC: GuardConfig = { mode: "oidc", appUrl: new URL("https://planner.example.org"), allowedHosts: ["planner.internal:3000"] };

function outcome(config: GuardConfig, method: string, headers: Record<string, string>): string {
  const response = guardRequest({ method, headers: new Headers(headers) }, config);
  return response === null ? "pass" : `${response.status}`;
}

describe("guardRequest", () => {
  test.each([
    // AUTH_MODE=none: loopback names only, any port.
    [NONE, "GET", { host: "localhost:3000" }, "pass"],
    [NONE, "GET", { host: "127.0.0.1:3400" }, "pass"],
    [NONE, "GET", { host: "[::1]:3000" }, "pass"],
    [NONE, "GET", { host: "LOCALHOST" }, "pass"],
    [NONE, "GET", { host: "evil.example:3000" }, "403"], // DNS rebinding
    [NONE, "GET", { host: "localhost.evil.example" }, "403"],
    [NONE, "GET", { host: "192.168.1.20:3000" }, "403"],
    [NONE, "GET", {}, "403"],
    [NONE, "POST", { host: "localhost:3000", origin: "http://localhost:3000" }, "pass"],
    [NONE, "POST", { host: "localhost:3000" }, "pass"], // curl: no Origin
    [NONE, "POST", { host: "localhost:3000", origin: "http://evil.example" }, "403"],
    [NONE, "DELETE", { host: "localhost:3000", origin: "http://127.0.0.1:3000" }, "403"], // another origin, even on loopback
    [NONE, "PUT", { host: "localhost:3000", origin: "null" }, "403"],
    [NONE, "PATCH", { host: "localhost:3000", origin: "not a url" }, "403"],
    [NONE, "GET", { host: "localhost:3000", origin: "http://evil.example" }, "pass"], // reads: CORS keeps the answer from the page
    // Signed-in modes: APP_URL's host (and ALLOWED_HOSTS) only.
    [OIDC, "GET", { host: "planner.example.org" }, "pass"],
    [OIDC, "GET", { host: "planner.internal:3000" }, "pass"],
    [OIDC, "GET", { host: "localhost:3000" }, "403"],
    [OIDC, "POST", { host: "planner.example.org", origin: "https://planner.example.org" }, "pass"],
    [OIDC, "POST", { host: "planner.example.org", origin: "http://planner.example.org" }, "403"], // scheme differs
    [OIDC, "POST", { host: "planner.example.org", origin: "https://evil.example" }, "403"],
  ] as const)("%#: %s %j", (config, method, headers, expected) => {
    expect(outcome(config, method, headers)).toBe(expected);
  });

  test("a refusal has the API's error shape", async () => {
    const response = guardRequest({ method: "GET", headers: new Headers({ host: "evil.example" }) }, NONE)!;
    expect(await response.json()).toMatchObject({ error: { code: "host_not_allowed" } });
  });
});
