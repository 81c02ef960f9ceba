// One "app instance" editing a project: reads the latest revision and saves on top of it, over and
// over, racing the other instances. Prints how many of its saves won and lost.
import { AppError } from "@/lib/server/api/app-error";
import { disconnectDb } from "@/lib/server/db";
import { getProjectOrThrow } from "@/lib/server/data/get-project-or-throw";
import { saveRevision } from "@/lib/server/data/save-revision";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { waitForStart } from "@/tests/helpers/run-workers";

const projectId = process.env.PROJECT_ID ?? "";
const rounds = Number(process.env.ROUNDS ?? "20");
const worker = process.env.WORKER_INDEX ?? "?";
const result = { saved: [] as number[], stale: 0 };

await getProjectOrThrow(projectId); // connect and migrate before the race starts
await waitForStart();
for (let round = 0; round < rounds; round += 1) {
  const { latestRevision } = await getProjectOrThrow(projectId);
  try {
    const revision = await saveRevision({ projectId, basedOn: latestRevision, plan: BLUEPRINT_TEMPLATE, note: `worker ${worker} round ${round}`, actor: "local" });
    result.saved.push(revision.number);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "stale_revision")) throw error;
    result.stale += 1;
  }
}
await disconnectDb();
console.log(JSON.stringify(result));
