import { readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@/tests/system/helpers/app-server";

/**
 * The app's routes, found on disk so suites cover pages and endpoints added later without
 * being edited: every `app/**\/page.tsx` and every `app/api/**\/route.ts`, as URL patterns like
 * "/projects/[id]/runbook" (route groups "(name)" dropped).
 */

function walk(dir: string, fileName: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, fileName, found);
    else if (entry.name === fileName) found.push(full);
  }
  return found;
}

function toPattern(file: string): string {
  const segments = path.relative(path.join(REPO_ROOT, "app"), path.dirname(file)).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function pagePatterns(): string[] {
  return walk(path.join(REPO_ROOT, "app"), "page.tsx").map(toPattern).sort();
}

export function apiRouteFiles(): { pattern: string; file: string }[] {
  return walk(path.join(REPO_ROOT, "app", "api"), "route.ts")
    .map((file) => ({ pattern: toPattern(file), file }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The dynamic segments of a pattern: "[id]" → "id", "[...slug]" → "slug". */
export function segmentNames(pattern: string): string[] {
  return [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1] ?? "");
}

/** Fills each dynamic segment from `values`, or with `fallback` when it has none. */
export function fillPattern(pattern: string, values: Record<string, string>, fallback = "x"): string {
  return pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_, name: string) => encodeURIComponent(values[name] ?? fallback));
}
