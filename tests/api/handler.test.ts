import { useTestDatabase } from "@/tests/helpers/test-database";
import { afterEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/server/api/app-error";
import { apiRoute, json } from "@/lib/server/api/handler";
import { toAppError } from "@/lib/server/api/error-response";
import { Prisma } from "@/lib/server/generated/sqlite/client";
import { call } from "@/tests/helpers/api-request";

useTestDatabase();

afterEach(() => {
  vi.restoreAllMocks();
});

const GENERIC_500 = { error: { code: "internal_error", message: "Something went wrong on the server. The problem was logged; please try again." } };

function known(code: string): Error {
  return new Prisma.PrismaClientKnownRequestError(`prisma says ${code}`, { code, clientVersion: "6.19.3" });
}

describe("apiRoute", () => {
  test("an unexpected error is a generic 500; the detail goes only to the log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handler = apiRoute({ access: "public" }, async () => {
      throw new Error("secret connection string postgres://user:pw@db");
    });
    const response = await call(handler);
    expect(response.status).toBe(500);
    expect(response.body).toEqual(GENERIC_500);
    expect(response.text).not.toContain("secret");
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[1])).toContain("secret connection string");
  });

  test("passes typed params, query and body to the handler", async () => {
    const handler = apiRoute(
      { params: z.object({ id: z.string() }), query: z.object({ n: z.coerce.number() }), body: z.strictObject({ name: z.string() }), access: "public" },
      async ({ params, query, body }) => json({ id: params.id, n: query.n + 1, name: body.name }),
    );
    const response = await call(handler, { path: "/api/x?n=41", params: { id: "abc" }, body: { name: "z" } });
    expect(response).toMatchObject({ status: 200, body: { id: "abc", n: 42, name: "z" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  test("an AppError keeps its status, code, message and details", async () => {
    const handler = apiRoute({ access: "public" }, async () => {
      throw AppError.staleRevision(3, 5);
    });
    const response = await call(handler);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: {
        code: "stale_revision",
        message: "This edit is based on revision 3, but the project is now at revision 5. Reload the latest revision and apply your change again; nothing was saved.",
        latestRevision: 5,
      },
    });
  });
});

describe("toAppError", () => {
  test.each([
    [known("P2025"), 404, "not_found"],
    [known("P2002"), 409, "conflict"],
    [known("P1001"), 503, "database_unavailable"],
    [known("P2024"), 503, "database_unavailable"],
    [new Prisma.PrismaClientInitializationError("cannot connect", "6.19.3"), 503, "database_unavailable"],
    [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), 503, "database_unavailable"],
    [new Error("wrapped", { cause: Object.assign(new Error("terminating connection"), { code: "57P01" }) }), 503, "database_unavailable"],
    [new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })], "all failed"), 503, "database_unavailable"],
    [known("P2003"), 500, "internal_error"],
    [new TypeError("undefined is not a function"), 500, "internal_error"],
    ["a thrown string", 500, "internal_error"],
  ])("%s → %i %s", (error, status, code) => {
    expect(toAppError(error)).toMatchObject({ status, code });
  });
});
