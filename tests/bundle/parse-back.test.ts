import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, bundleDocuments } from "@/lib/core/bundle";
import { VARIANTS } from "./fixtures";
import { expectRoundTrip } from "./round-trip";

/** Every generated file, for every variant plan, parses back to the object it was built from. */
describe.each(VARIANTS)("$name", ({ plan: makePlan }) => {
  const plan = makePlan();
  const analysis = analyzePlan(plan);
  const docs = bundleDocuments(plan, analysis);
  const files = buildBundle(plan, analysis);

  test("one file per document, sorted by path, no duplicates", () => {
    expect(files.map((f) => f.path)).toEqual(docs.map((d) => d.path).sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  test.each(docs.map((doc) => [doc.path, doc] as const))("%s parses back", (path, doc) => {
    const file = files.find((f) => f.path === path);
    expect(file).toBeDefined();
    if (file) expectRoundTrip(doc, file);
  });
});
