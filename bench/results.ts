import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

export const RESULTS_FILE = "bench/results/latest.json";

/**
 * Writes bench/results/latest.json. With `isMerge`, `parts` replace their keys in the existing
 * file, so `npx tsx bench/http.ts` alone updates the HTTP figures and keeps the in-process ones.
 */
export function writeResults(parts: Record<string, unknown>, isMerge = false): void {
  const previous = isMerge && existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Record<string, unknown>) : {};
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...previous, ...parts, date: new Date().toISOString(), node: process.version }, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS_FILE}`);
}
