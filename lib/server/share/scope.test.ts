import { describe, expect, test } from "vitest";
import { assertShareScope } from "./scope";

const LATEST = { projectId: "projA", revisionNumber: null, latestRevision: 7 };
const PINNED = { projectId: "projA", revisionNumber: 2, latestRevision: 7 };

const outcome = (scope: typeof LATEST | typeof PINNED, params: unknown, query: unknown) => {
  try {
    assertShareScope(scope, params, query);
    return "allowed";
  } catch (error) {
    return (error as { code: string; status: number }).code + ":" + (error as { status: number }).status;
  }
};

describe("assertShareScope", () => {
  test.each([
    ["latest: own project", LATEST, { id: "projA" }, undefined, "allowed"],
    ["latest: own project, the latest revision", LATEST, { id: "projA", number: 7 }, undefined, "allowed"],
    ["latest: own project, the latest revision in the query", LATEST, { id: "projA" }, { revision: 7 }, "allowed"],
    ["latest: an older revision", LATEST, { id: "projA", number: 6 }, undefined, "share_out_of_scope:403"],
    ["latest: an older revision in the query", LATEST, { id: "projA" }, { revision: 1 }, "share_out_of_scope:403"],
    ["latest: another project", LATEST, { id: "projB" }, undefined, "share_out_of_scope:403"],
    ["latest: no project id (list, catalog)", LATEST, undefined, { q: "x" }, "share_out_of_scope:403"],
    ["pinned: its revision in the path", PINNED, { id: "projA", number: 2 }, undefined, "allowed"],
    ["pinned: its revision in the query", PINNED, { id: "projA" }, { revision: 2 }, "allowed"],
    ["pinned: another revision", PINNED, { id: "projA", number: 3 }, undefined, "share_out_of_scope:403"],
    ["pinned: the query names another revision", PINNED, { id: "projA" }, { revision: 1 }, "share_out_of_scope:403"],
    ["pinned: no revision named (latest, list, history)", PINNED, { id: "projA" }, {}, "share_out_of_scope:403"],
    ["pinned: diff between two revisions", PINNED, { id: "projA" }, { from: 2, to: 2 }, "share_out_of_scope:403"],
    ["pinned: another project with the same number", PINNED, { id: "projB", number: 2 }, undefined, "share_out_of_scope:403"],
  ])("%s", (_name, scope, params, query, expected) => {
    expect(outcome(scope, params, query)).toBe(expected);
  });
});
