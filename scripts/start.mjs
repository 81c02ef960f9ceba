#!/usr/bin/env node
// `npm start`: runs `next start` on the interface the sign-in mode allows (issue 11).
// AUTH_MODE=none (the default) has no sign-in, so the server listens on loopback only: nobody
// else on the network can reach it. Other interfaces need AUTH_MODE=teleport or oidc; HOST then
// picks the interface (default 0.0.0.0). The full variable checks run in the app itself
// (lib/server/env.ts) as it starts; this script only chooses where to listen.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);
const mode = process.env.AUTH_MODE?.trim() || "none";
const port = process.env.PORT?.trim() || "3000";
const requestedHost = process.env.HOST?.trim() || "";

if (!["none", "teleport", "oidc"].includes(mode)) {
  console.error(`[planner] AUTH_MODE must be none, teleport or oidc (got "${mode}").`);
  process.exit(1);
}
if (mode === "none" && requestedHost !== "" && !LOOPBACK.has(requestedHost)) {
  console.error(`[planner] HOST=${requestedHost} needs sign-in: with AUTH_MODE=none the planner listens on loopback only. Set AUTH_MODE=teleport or oidc (see README, Configuration).`);
  process.exit(1);
}
const host = mode === "none" ? requestedHost || "127.0.0.1" : requestedHost || "0.0.0.0";
console.log(
  mode === "none"
    ? `[planner] AUTH_MODE=none: one local user with every right; listening on ${host}:${port} only (this machine). Set AUTH_MODE=teleport or oidc to serve other machines.`
    : `[planner] AUTH_MODE=${mode}: listening on ${host}:${port}.`,
);

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "start", "-H", host, "-p", port, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
