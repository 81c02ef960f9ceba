// One "app instance" opening a runbook at the same moment as the others: prints the step count
// it saw and how many steps came back checked (carried over from the previous revision).
import { getRunbook } from "@/lib/server/data/get-runbook";
import { waitForStart } from "@/tests/helpers/run-workers";

const projectId = process.env.PROJECT_ID ?? "";
await waitForStart();
const view = await getRunbook(projectId, { revision: 2 });
console.log(JSON.stringify({ total: view.progress.total, done: view.progress.done }));
process.exit(0);
