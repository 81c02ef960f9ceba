import type { BlockContent, Code, List, ListItem, PhrasingContent, Root, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import { GFM_TO_MARKDOWN } from "@/lib/core/bundle/serialize/markdown";
import { rootWithShortcuts } from "@/lib/core/bundle/serialize/markdown-safe";
import type { RunbookContent, StepContent, StepProgress } from "./types";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: "paragraph", children });
const code = (lines: readonly string[]): Code => ({ type: "code", lang: "sh", value: lines.join("\n") });
const item = (children: BlockContent[], checked?: boolean): ListItem => ({ type: "listItem", spread: false, checked: checked ?? null, children });
const list = (items: ListItem[]): List => ({ type: "list", ordered: false, spread: false, children: items });

/** "3 of 7 done" */
export const progressText = (done: number, total: number): string => `${done} of ${total} done`;

function stepNodes(step: StepContent, progress: StepProgress | undefined): RootContent[] {
  const state = progress
    ? [text(`Done ${progress.checkedAt}`), ...(progress.checkedBy ? [text(` by ${progress.checkedBy}`)] : []), ...(progress.note ? [text(`: ${progress.note}`)] : [])]
    : [text("Not done")];
  const nodes: RootContent[] = [
    { type: "heading", depth: 3, children: [text(step.title)] },
    list([item([paragraph(...state, text(" ("), { type: "inlineCode", value: step.key }, text(")"))], progress !== undefined)]),
    paragraph(text(step.what)),
  ];
  if (step.commands.length) nodes.push(paragraph(strong("Commands")), code(step.commands));
  if (step.verify.length) nodes.push(paragraph(strong("Verify")), code(step.verify));
  if (step.expect) nodes.push(paragraph(strong("Expect:"), text(` ${step.expect}`)));
  if (step.files.length)
    nodes.push(
      paragraph(strong("Files")),
      list(step.files.map((f) => item([paragraph({ type: "link", url: f, children: [{ type: "inlineCode", value: f }] })]))),
    );
  if (step.sources.length)
    nodes.push(
      paragraph(strong("Sources")),
      list(
        step.sources.map((s) => {
          const label = text(s.section ? `${s.title}: ${s.section}` : s.title);
          return item([paragraph(s.url ? { type: "link", url: s.url, children: [label] } : label)]);
        }),
      ),
    );
  return nodes;
}

/**
 * The runbook as GitHub-flavoured Markdown, built as an mdast tree and serialized by
 * mdast-util-to-markdown: plan values only ever sit in text, inline-code or fenced-code nodes,
 * which the serializer escapes or fences, so a hostile name cannot add structure. Checked
 * steps are task-list items marked [x] with their time and note.
 */
export function runbookToMarkdown(runbook: RunbookContent, progress: ReadonlyMap<string, StepProgress> = new Map()): string {
  const all = runbook.sections.flatMap((s) => s.steps);
  const doneAll = all.filter((s) => progress.has(s.key)).length;
  const children: RootContent[] = [
    { type: "heading", depth: 1, children: [text("Runbook")] },
    paragraph(
      text(
        `Deploys Teleport ${runbook.currentVersion}; the update section plans for ${runbook.targetVersion}. ` +
          `CockroachDB runs ${runbook.cockroachCurrentVersion}; the CockroachDB upgrade section plans for ${runbook.cockroachTargetVersion}. `,
      ),
      text(`Progress: ${progressText(doneAll, all.length)}.`),
    ),
  ];
  for (const section of runbook.sections) {
    const done = section.steps.filter((s) => progress.has(s.key)).length;
    children.push({ type: "heading", depth: 2, children: [text(section.title)] }, paragraph(text(`${progressText(done, section.steps.length)}.`)));
    for (const step of section.steps) children.push(...stepNodes(step, progress.get(step.key)));
  }
  const root: Root = { type: "root", children };
  return toMarkdown(root, { extensions: [GFM_TO_MARKDOWN], bullet: "-", fences: true, handlers: { root: rootWithShortcuts } });
}
