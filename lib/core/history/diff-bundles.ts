import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from "diff";
import type { BundleFile } from "@/lib/core/bundle";

export type FileDiffStatus = "added" | "removed" | "changed" | "unchanged";

/**
 * One bundle file compared across two revisions. `hunks` is a unified diff with `--- a/<path>`
 * and `+++ b/<path>` headers (`/dev/null` on the side where the file does not exist), three
 * lines of context as git uses, and "" when nothing in the content changed. `added` and
 * `removed` count lines.
 */
export type FileDiff = { path: string; status: FileDiffStatus; hunks: string; added: number; removed: number };

const CONTEXT_LINES = 3;

/**
 * Compares two bundles file by file, matched by path and listed in code-unit path order (the
 * order buildBundle writes, the same on every machine). A file whose content is equal but whose
 * media type changed is "changed" with no hunks: what the download serves did change.
 */
export function diffBundles(before: readonly BundleFile[], after: readonly BundleFile[]): FileDiff[] {
  const old = new Map(before.map((f) => [f.path, f]));
  const next = new Map(after.map((f) => [f.path, f]));
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return paths.map((path) => diffFile(path, old.get(path), next.get(path)));
}

function diffFile(path: string, before: BundleFile | undefined, after: BundleFile | undefined): FileDiff {
  const status: FileDiffStatus = !before
    ? "added"
    : !after
      ? "removed"
      : before.content !== after.content || before.mediaType !== after.mediaType
        ? "changed"
        : "unchanged";
  if (status === "unchanged" || before?.content === after?.content) return { path, status, hunks: "", added: 0, removed: 0 };
  const patch = structuredPatch(
    before ? `a/${path}` : "/dev/null",
    after ? `b/${path}` : "/dev/null",
    before?.content ?? "",
    after?.content ?? "",
    undefined,
    undefined,
    { context: CONTEXT_LINES },
  );
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      // "\ No newline at end of file" markers start with a backslash and count as neither.
      if (line.startsWith("+")) added += 1;
      else if (line.startsWith("-")) removed += 1;
    }
  }
  // An empty file added or removed has no lines, hence no hunks: headers alone would say nothing.
  const hunks = patch.hunks.length === 0 ? "" : formatPatch(patch, FILE_HEADERS_ONLY);
  return { path, status, hunks, added, removed };
}
