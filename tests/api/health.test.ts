import { IS_POSTGRES, useDatabaseUrl, useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test, vi } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getProjects } from "@/app/api/projects/route";
import { call } from "@/tests/helpers/api-request";

const database = useTestDatabase();

const UNAVAILABLE = {
  error: {
    code: "database_unavailable",
    message: "The database is not reachable right now. Try again in a moment; if it persists, check the server's DATABASE_URL and logs.",
  },
};

/** A database that cannot be reached: a SQLite path below a file, or a PostgreSQL port nobody listens on. */
const UNREACHABLE = IS_POSTGRES ? "postgresql://postgres@127.0.0.1:9/planner?connect_timeout=2" : "file:/dev/null/not-a-folder/planner.db";

describe("GET /api/health", () => {
  test("ok with the provider when the database answers", async () => {
    const response = await call(getHealth);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, database: database.provider });
  });

  test("503 with a clear message when the database is down, and recovers when it is back", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await useDatabaseUrl(UNREACHABLE);
    expect(await call(getHealth)).toMatchObject({ status: 503, body: UNAVAILABLE });
    expect(await call(getProjects, { path: "/api/projects" })).toMatchObject({ status: 503, body: UNAVAILABLE });
    expect(log).toHaveBeenCalled();
    log.mockRestore();

    await useDatabaseUrl(database.url);
    expect(await call(getHealth)).toMatchObject({ status: 200 });
  });
});
