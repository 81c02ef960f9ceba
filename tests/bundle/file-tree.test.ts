import { expect, test } from "vitest";
import { buildTree } from "@/components/bundle/file-tree";

test("files first, then folders, nested by path", () => {
  expect(buildTree(["README.md", "teleport/b/values.yaml", "plan.json", "teleport/a/values.yaml", "dns/main.tf.json"])).toEqual([
    { kind: "file", name: "README.md", path: "README.md" },
    { kind: "file", name: "plan.json", path: "plan.json" },
    { kind: "folder", name: "dns", path: "dns", children: [{ kind: "file", name: "main.tf.json", path: "dns/main.tf.json" }] },
    {
      kind: "folder",
      name: "teleport",
      path: "teleport",
      children: [
        { kind: "folder", name: "a", path: "teleport/a", children: [{ kind: "file", name: "values.yaml", path: "teleport/a/values.yaml" }] },
        { kind: "folder", name: "b", path: "teleport/b", children: [{ kind: "file", name: "values.yaml", path: "teleport/b/values.yaml" }] },
      ],
    },
  ]);
});
