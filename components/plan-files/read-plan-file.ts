import { planFileFormat, readPlanText } from "@/lib/core/plan-file";

/** Plans are well under 100 KiB; the server refuses bodies over 1 MiB, so a larger file is refused here first. */
const MAX_FILE_BYTES = 1024 * 1024;

export type ReadFileResult = { ok: true; plan: unknown } | { ok: false; issues: { path: string; message: string }[] };

/**
 * A dropped or picked file read as a plan value (JSON or YAML, by name then content), with
 * `$schema` dropped: it addresses the file's schema for editors and is not part of the stored
 * plan. Syntax errors come back as one issue with the line and column; the plan's fields are
 * checked by the server, as for a save.
 */
export async function readPlanFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, issues: [{ path: "", message: "The file is larger than 1 MiB, which no plan needs." }] };
  const text = await file.text();
  const read = readPlanText(text, planFileFormat(file.name, text));
  if (!read.ok) {
    const where = read.position ? `Line ${read.position.line}, column ${read.position.column}: ` : "";
    return { ok: false, issues: [{ path: "", message: `${where}${read.message}` }] };
  }
  if (read.value !== null && typeof read.value === "object" && !Array.isArray(read.value)) {
    const { $schema: _schema, ...plan } = read.value as Record<string, unknown>;
    return { ok: true, plan };
  }
  return { ok: true, plan: read.value };
}

/** The server names fields inside its body ("plan.regions.0.id"); the file is the plan, so show "regions.0.id". */
export function filePath(apiPath: string): string {
  return apiPath === "plan" ? "" : apiPath.replace(/^plan\./, "");
}

/** A project name from a file name: "prod-access.plan.yaml" → "prod-access". */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/(\.plan)?\.(json|ya?ml)$/i, "").slice(0, 120) || "Imported plan";
}
