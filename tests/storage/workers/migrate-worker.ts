// One "app instance" starting up: applies the migrations to DATABASE_URL and prints what it applied.
import { migrate } from "@/lib/server/db/migrate";
import { parseServerEnv } from "@/lib/server/env";
import { waitForStart } from "@/tests/helpers/run-workers";

const env = parseServerEnv(process.env, process.cwd());
await waitForStart();
const applied = await migrate(env.database, { busyTimeoutMs: env.sqliteBusyTimeoutMs });
console.log(JSON.stringify(applied));
