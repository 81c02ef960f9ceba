import { describe, expect, test } from "vitest";
import type { BundleFile } from "@/lib/core/bundle";
import { diffBundles } from "@/lib/core/history";

const file = (path: string, content: string, mediaType = "application/yaml"): BundleFile => ({ path, mediaType, content });

const BEFORE: BundleFile[] = [
  file("README.md", "# Bundle\n\nThree regions.\n", "text/markdown; charset=utf-8"),
  file("helm/aws-us-east-1/teleport-values.yaml", "chartMode: aws\nproxy:\n  replicas: 2\nauth:\n  replicas: 2\n"),
  file("helm/aws-us-west-2/teleport-values.yaml", "chartMode: aws\nproxy:\n  replicas: 2\n"),
  file("sql/regions.sql", "ALTER DATABASE teleport PRIMARY REGION \"us-east-1\";\n", "application/sql"),
];

const AFTER: BundleFile[] = [
  file("README.md", "# Bundle\n\nFour regions.\n", "text/markdown; charset=utf-8"),
  file("helm/aws-us-east-1/teleport-values.yaml", "chartMode: aws\nproxy:\n  replicas: 3\nauth:\n  replicas: 2\n"),
  file("helm/gcp-europe-west1/teleport-values.yaml", "chartMode: gcp\nproxy:\n  replicas: 2\nauth:\n  replicas: 2\n"),
  file("sql/regions.sql", "ALTER DATABASE teleport PRIMARY REGION \"us-east-1\";\n", "application/sql"),
];

describe("diffBundles", () => {
  const diffs = diffBundles(BEFORE, AFTER);

  test("lists every path once, in code-unit order, with its status and line counts", () => {
    expect(diffs.map(({ path, status, added, removed }) => [path, status, added, removed])).toEqual([
      ["README.md", "changed", 1, 1],
      ["helm/aws-us-east-1/teleport-values.yaml", "changed", 1, 1],
      ["helm/aws-us-west-2/teleport-values.yaml", "removed", 0, 3],
      ["helm/gcp-europe-west1/teleport-values.yaml", "added", 5, 0],
      ["sql/regions.sql", "unchanged", 0, 0],
    ]);
  });

  test("a changed file is a unified diff with three lines of context", () => {
    expect(diffs[1]?.hunks).toBe(
      [
        "--- a/helm/aws-us-east-1/teleport-values.yaml",
        "+++ b/helm/aws-us-east-1/teleport-values.yaml",
        "@@ -1,5 +1,5 @@",
        " chartMode: aws",
        " proxy:",
        "-  replicas: 2",
        "+  replicas: 3",
        " auth:",
        "   replicas: 2",
        "",
      ].join("\n"),
    );
  });

  test("an added file diffs against /dev/null", () => {
    expect(diffs[3]?.hunks.split("\n").slice(0, 4)).toEqual([
      "--- /dev/null",
      "+++ b/helm/gcp-europe-west1/teleport-values.yaml",
      "@@ -0,0 +1,5 @@",
      "+chartMode: gcp",
    ]);
  });

  test("a removed file diffs to /dev/null", () => {
    expect(diffs[2]?.hunks.split("\n").slice(0, 3)).toEqual(["--- a/helm/aws-us-west-2/teleport-values.yaml", "+++ /dev/null", "@@ -1,3 +0,0 @@"]);
  });

  test("an unchanged file has no hunks", () => {
    expect(diffs[4]?.hunks).toBe("");
  });

  test.each<[string, BundleFile[], BundleFile[], [string, string, number, number][]]>([
    ["identical bundles", BEFORE, BEFORE, BEFORE.map((f) => [f.path, "unchanged", 0, 0])],
    ["empty bundles", [], [], []],
    ["a media type change alone", [file("a.txt", "x\n", "text/plain")], [file("a.txt", "x\n", "text/markdown")], [["a.txt", "changed", 0, 0]]],
    ["an empty file added", [], [file("empty.txt", "")], [["empty.txt", "added", 0, 0]]],
    ["a missing final newline", [file("a.txt", "one\ntwo\n")], [file("a.txt", "one\ntwo")], [["a.txt", "changed", 1, 1]]],
    [
      "lines far apart make two hunks",
      [file("long.txt", Array.from({ length: 20 }, (_, i) => `line ${i}`).join("\n") + "\n")],
      [file("long.txt", Array.from({ length: 20 }, (_, i) => (i === 1 || i === 18 ? `LINE ${i}` : `line ${i}`)).join("\n") + "\n")],
      [["long.txt", "changed", 2, 2]],
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(diffBundles(before, after).map(({ path, status, added, removed }) => [path, status, added, removed])).toEqual(expected);
  });

  test("two distant changes give two hunks", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const changed = lines.map((line, i) => (i === 1 || i === 18 ? line.toUpperCase() : line));
    const [diff] = diffBundles([file("long.txt", `${lines.join("\n")}\n`)], [file("long.txt", `${changed.join("\n")}\n`)]);
    expect(diff?.hunks.split("\n").filter((line) => line.startsWith("@@"))).toEqual(["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"]);
  });
});
