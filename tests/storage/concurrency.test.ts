import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { createProject } from "@/lib/server/data/create-project";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";
import { listRevisions } from "@/lib/server/data/list-revisions";
import { runWorkers } from "@/tests/helpers/run-workers";

const database = useTestDatabase();

type WorkerResult = { saved: number[]; stale: number };

describe("several app instances saving one project", () => {
  test("every revision number is saved exactly once and the history stays contiguous", async () => {
    const project = await createProject({ name: "Contended", template: "blueprint" }, "local");
    const rounds = 15;
    const results = await runWorkers<WorkerResult>("tests/storage/workers/save-worker.ts", 3, {
      DATABASE_URL: database.url,
      PROJECT_ID: project.id,
      ROUNDS: String(rounds),
    });
    const saved = results.flatMap((result) => result.saved).sort((a, b) => a - b);
    const stale = results.reduce((sum, result) => sum + result.stale, 0);
    expect(saved.length + stale).toBe(3 * rounds);
    expect(saved).toEqual(Array.from({ length: saved.length }, (_, index) => index + 2));

    const after = await getProjectOrThrow(project.id);
    expect(after.latestRevision).toBe(1 + saved.length);
    const revisions = await listRevisions(project.id);
    expect(revisions.map((r) => r.number)).toEqual(Array.from({ length: saved.length + 1 }, (_, index) => saved.length + 1 - index));
    expect(revisions.every((r) => r.basedOn === r.number - 1)).toBe(true);
  }, 90_000);
});
