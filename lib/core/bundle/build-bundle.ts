import type { Analysis } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import type { BundleOptions } from "./context";
import type { BundleDocument } from "./documents";
import { bundleDocuments } from "./documents";
import { prettyJson, stableJson } from "./serialize/json";
import { renderMarkdown } from "./serialize/markdown";
import { renderShell } from "./serialize/shell";
import { renderSql } from "./serialize/sql";
import { toYaml } from "./serialize/yaml";

export type BundleFile = { path: string; mediaType: string; content: string };

export const MEDIA_TYPES = {
  yaml: "application/yaml",
  json: "application/json",
  terraform: "application/json",
  markdown: "text/markdown; charset=utf-8",
  "markdown-text": "text/markdown; charset=utf-8",
  sql: "application/sql",
  shell: "application/x-sh",
} as const satisfies Record<BundleDocument["format"], string>;

/**
 * The deployment bundle for one plan and its analysis: every file as text, sorted by path
 * (code-unit order, not locale order, so every machine sorts alike). Pure and deterministic:
 * the same inputs give the same files, which is what makes the zip byte-identical.
 * `targetVersion` writes the files (and the runbook) for an upgrade to that Teleport version.
 */
export function buildBundle(plan: Plan, analysis: Analysis, options: BundleOptions = {}): BundleFile[] {
  return bundleDocuments(plan, analysis, options)
    .map(renderDocument)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function renderDocument(doc: BundleDocument): BundleFile {
  return { path: doc.path, mediaType: MEDIA_TYPES[doc.format], content: renderContent(doc) };
}

function renderContent(doc: BundleDocument): string {
  switch (doc.format) {
    case "yaml":
      return toYaml(doc.value, doc.comment);
    case "json":
      return stableJson(doc.value);
    case "terraform":
      return prettyJson(doc.value);
    case "markdown":
      return renderMarkdown(doc.value);
    case "markdown-text":
      return doc.value.endsWith("\n") ? doc.value : `${doc.value}\n`;
    case "sql":
      return renderSql(doc.value);
    case "shell":
      return renderShell(doc.value);
  }
}
