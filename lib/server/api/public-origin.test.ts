import { describe, expect, test } from "vitest";
import { publicOrigin } from "./public-origin";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { headers });

describe("publicOrigin", () => {
  test.each([
    [{}, "http://localhost:3000"],
    [{ host: "planner.corp.example:8443" }, "http://planner.corp.example:8443"],
    [{ host: "127.0.0.1:3900" }, "http://127.0.0.1:3900"],
    [{ host: "[::1]:3000" }, "http://[::1]:3000"],
    [{ host: "internal:3000", "x-forwarded-host": "planner.example, proxy.local", "x-forwarded-proto": "https" }, "https://planner.example"],
    [{ host: "evil.example/path?" }, "http://localhost:3000"],
    [{ host: "a b" }, "http://localhost:3000"],
    [{ host: "planner.example", "x-forwarded-proto": "javascript" }, "http://planner.example"],
  ])("%j → %s", (headers, origin) => {
    expect(publicOrigin(request(headers))).toBe(origin);
  });
});
