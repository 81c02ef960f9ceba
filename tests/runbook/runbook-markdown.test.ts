import { useTestDatabase } from "@/tests/helpers/test-database";
import type { Code, Heading, Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, test } from "vitest";
import { GET as getMarkdown } from "@/app/api/projects/[id]/runbook.md/route";
import { PUT as putStep } from "@/app/api/projects/[id]/runbook/steps/[stepKey]/route";
import { POST as postProject } from "@/app/api/projects/route";
import type { StepView } from "@/lib/core/runbook";
import type { Project } from "@/lib/schemas/api";
import { call } from "@/tests/helpers/api-request";

useTestDatabase();

function all<T extends Nodes>(node: Nodes, type: T["type"]): T[] {
  const found: T[] = node.type === type ? [node as T] : [];
  return "children" in node ? [...found, ...node.children.flatMap((c) => all<T>(c, type))] : found;
}

/** The Markdown route answers text, which the JSON test helper cannot read; call it directly. */
async function fetchMarkdown(id: string, query = "") {
  const response = await getMarkdown(new Request(`http://planner.test/api/projects/${id}/runbook.md${query}`), { params: Promise.resolve({ id }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("GET /api/projects/:id/runbook.md", () => {
  test("text/markdown with progress: checked steps marked with time and note", async () => {
    const created = await call(postProject, { body: { name: "Markdown", template: "blueprint" } });
    const { id } = (created.body as { project: Project }).project;
    const put = await call(putStep, {
      method: "PUT",
      params: { id, stepKey: "teleport.deploy.aws:us-west-2" },
      path: "/api/x?revision=1",
      body: { done: true, note: "done by *ops* <b>team</b>" },
    });
    const { checkedAt } = (put.body as { step: StepView }).step;

    const response = await fetchMarkdown(id, "?revision=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="runbook-revision-1.md"');
    const text = response.text;
    // AUTH_MODE=none: the one local user checked it off (tests/runbook/checked-by.test.ts covers signed-in users).
    expect(text).toContain(`- [x] Done ${checkedAt} by local: done by \\*ops\\* \\<b>team\\</b> (\`teleport.deploy.aws:us-west-2\`)`);
    expect(text).toContain("Progress: 1 of 61 done.");

    const tree = fromMarkdown(text);
    expect(all(tree, "html")).toEqual([]);
    expect(all<Heading>(tree, "heading").filter((h) => h.depth === 2)).toHaveLength(10);
    expect(all<Code>(tree, "code").some((c) => c.value.includes("--kube-context teleport-us-west-2 --namespace teleport --version 18.10.0"))).toBe(true);
  });

  test("404 for an unknown project, 400 for a bad target version", async () => {
    expect((await fetchMarkdown("missing", "")).status).toBe(404);
    const created = await call(postProject, { body: { name: "Markdown 2", template: "blueprint" } });
    const { id } = (created.body as { project: Project }).project;
    expect((await fetchMarkdown(id, "?targetVersion=nineteen")).status).toBe(400);
    expect((await fetchMarkdown(id, "?targetVersion=19.0.0")).text).toContain("the update section plans for 19.0.0");
  });
});
