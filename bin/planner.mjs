#!/usr/bin/env node
// Launcher of the command-line planner (lib/cli). The planner is TypeScript with "@/" path
// aliases, run as is through tsx's API (https://tsx.is/dev-api/ts-import) with this checkout's
// tsconfig.json, so `npx planner` works right after `npm install`, with no build step.
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = fileURLToPath(new URL("..", import.meta.url));
const { main } = await tsImport("../lib/cli/main.ts", { parentURL: import.meta.url, tsconfig: `${root}tsconfig.json` });
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};
try {
  // exitCode rather than exit(): standard output is flushed before the process ends, even when piped.
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  // Not a user's mistake (those are printed by main): a defect, shown with its stack to report it.
  process.stderr.write(`planner: internal error, please report it.\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
}
