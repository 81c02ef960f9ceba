import type { Code, Heading, List, Nodes, Paragraph, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { buildRunbook } from "./build-runbook";
import { runbookToMarkdown } from "./to-markdown";

const build = (plan: Plan) => buildRunbook(plan, analyzePlan(plan));

/** The text content of a node (mdast-util-to-string, inlined: it is not a direct dependency). */
function toString(node: Nodes): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map((c) => toString(c)).join("") : "";
}

function all<T extends Nodes>(node: Nodes, type: T["type"]): T[] {
  const out: T[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n as T);
    if ("children" in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out;
}

describe("runbookToMarkdown", () => {
  const runbook = build(structuredClone(BLUEPRINT_TEMPLATE));
  const steps = runbook.sections.flatMap((s) => s.steps);

  test("parses back to one heading per section and step, and one code block per command list", () => {
    const tree = fromMarkdown(runbookToMarkdown(runbook));
    const headings = all<Heading>(tree, "heading");
    expect(headings.filter((h) => h.depth === 1).map(toString)).toEqual(["Runbook"]);
    expect(headings.filter((h) => h.depth === 2).map(toString)).toEqual(runbook.sections.map((s) => s.title));
    expect(headings.filter((h) => h.depth === 3).map(toString)).toEqual(steps.map((s) => s.title));
    const code = all<Code>(tree, "code").map((c) => c.value);
    expect(code).toEqual(steps.flatMap((s) => [...(s.commands.length ? [s.commands.join("\n")] : []), ...(s.verify.length ? [s.verify.join("\n")] : [])]));
  });

  test("checked steps are marked [x] with their time and note; the others [ ]", () => {
    const progress = new Map([
      ["prerequisites.tools", { checkedAt: "2026-07-01T10:00:00.000Z", note: "helm 3.17" }],
      ["teleport.deploy.aws:us-east-2", { checkedAt: "2026-07-02T11:30:00.000Z", note: "" }],
    ]);
    const markdown = runbookToMarkdown(runbook, progress);
    expect(markdown).toContain("- [x] Done 2026-07-01T10:00:00.000Z: helm 3.17 (`prerequisites.tools`)");
    expect(markdown).toContain("- [x] Done 2026-07-02T11:30:00.000Z (`teleport.deploy.aws:us-east-2`)");
    expect(markdown).toContain("- [ ] Not done (`prerequisites.licences`)");
    expect(markdown).toContain(`Progress: 2 of ${steps.length} done.`);
    expect(markdown).toContain("## Prerequisites\n\n1 of 5 done.");
  });

  test("hostile names and notes stay text or code: no extra headings, links, HTML or code fences", () => {
    const plan = structuredClone(BLUEPRINT_TEMPLATE);
    const evil = "evil ``` # <script>alert(1)</script> [x](javascript:alert(1)) *bold* |a|b|";
    plan.teleport.clusterName = evil;
    plan.regions[0]!.kubernetes.clusterName = `${evil} ctx`;
    const hostile = build(plan);
    const note = "line one\n# not a heading\n```\n<img src=x onerror=alert(1)>";
    const markdown = runbookToMarkdown(hostile, new Map([["prerequisites.tools", { checkedAt: "2026-07-01T10:00:00.000Z", note }]]));
    const tree: Root = fromMarkdown(markdown);
    const hostileSteps = hostile.sections.flatMap((s) => s.steps);
    expect(all<Heading>(tree, "heading")).toHaveLength(1 + hostile.sections.length + hostileSteps.length);
    expect(all(tree, "html")).toEqual([]);
    expect(all<Code>(tree, "code")).toHaveLength(hostileSteps.reduce((n, s) => n + (s.commands.length ? 1 : 0) + (s.verify.length ? 1 : 0), 0));
    // Links are only the bundle files and the cited sources.
    const urls = all<{ type: "link"; url: string } & Nodes>(tree, "link").map((l) => l.url);
    expect(urls.every((u) => u.startsWith("https://") || !u.includes(":"))).toBe(true);
    // The hostile text comes back as written, inside text or code.
    const deploy = hostileSteps.find((s) => s.key === "teleport.deploy.aws:us-east-1")!;
    const paragraphs = all<Paragraph>(tree, "paragraph").map(toString);
    expect(paragraphs).toContain(deploy.what);
    expect(all<Code>(tree, "code").some((c) => c.value.includes(`--kube-context '${evil} ctx'`))).toBe(true);
    const taskItem = (all<List>(tree, "list")[0]!.children[0]!.children[0] as Paragraph);
    expect(toString(taskItem)).toBe(`[x] Done 2026-07-01T10:00:00.000Z: ${note} (prerequisites.tools)`);
  });
});
