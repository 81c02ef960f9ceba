"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type DragEvent } from "react";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import { useImportPlanMutation, type ImportTarget } from "@/lib/client/plan-files/use-import-plan-mutation";
import { filePath, nameFromFile, readPlanFile } from "./read-plan-file";
import styles from "./plan-files.module.css";

type Issue = { path: string; message: string };

/**
 * Import a plan file (JSON or YAML, dropped or picked) as a new project or as a new revision of
 * the open one. The file goes through the same route and checks as a save; when it is invalid,
 * every problem is listed with its field and nothing is stored.
 */
export function ImportPlanPanel({ target, onImported }: { target: ImportTarget; onImported?: (revision: number) => void }) {
  const router = useRouter();
  const importPlan = useImportPlanMutation(target);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [issues, setIssues] = useState<Issue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const id = useId();
  const isNewProject = target.kind === "new-project";

  const choose = (next: File | null) => {
    setFile(next);
    setIssues([]);
    setProblem(null);
    if (next && isNewProject && name === "") setName(nameFromFile(next.name));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  const onImport = async () => {
    if (!file) return setProblem("Choose a plan file first.");
    if (isNewProject && name.trim() === "") return setProblem("Give the project a name.");
    const read = await readPlanFile(file);
    if (!read.ok) {
      setProblem(`${file.name} cannot be read as a plan. Nothing was stored.`);
      return setIssues(read.issues);
    }
    importPlan.mutate(
      { plan: read.plan, fileName: file.name, projectName: name.trim() },
      {
        onSuccess: (result) => (isNewProject ? router.push(`/projects/${encodeURIComponent(result.projectId)}`) : onImported?.(result.revision)),
        onError: (error) => {
          const isInvalid = error instanceof ApiError && error.status === 422;
          setProblem(isInvalid ? `${file.name} is not a valid plan: ${error.issues.length} problem(s). Nothing was stored.` : `${errorMessage(error)} Nothing was stored.`);
          setIssues(isInvalid ? error.issues.map((issue) => ({ path: filePath(issue.path), message: issue.message })) : []);
        },
      },
    );
  };

  return (
    <section className="panel stack" aria-labelledby={`${id}-heading`} data-testid="import-plan">
      <h2 id={`${id}-heading`}>{isNewProject ? "Import a plan file as a new project" : "Import a plan file as a new revision"}</h2>
      <p className="muted small">
        A plan exported from the planner or kept in Git (JSON or YAML; check it with <code>npx planner check</code>). It is checked like a save.
      </p>
      <div
        className={styles.dropZone}
        data-dragging={isDragging}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>Plan file (drop it here or pick it)</label>
        <input id={`${id}-file`} type="file" accept=".json,.yaml,.yml,application/json,application/yaml" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        {isNewProject ? (
          <>
            <label htmlFor={`${id}-name`}>Name of the new project</label>
            <input id={`${id}-name`} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={() => void onImport()} disabled={importPlan.isPending}>
          {importPlan.isPending ? "Importing…" : "Import plan"}
        </button>
      </div>
      {problem ? (
        <div role="alert" className="stack" data-testid="import-errors">
          <p>{problem}</p>
          {issues.length > 0 ? (
            <ul className={styles.issues}>
              {issues.map((issue, index) => (
                <li key={`${issue.path}:${index}`} data-testid="import-issue">
                  <code>{issue.path === "" ? "(the file)" : issue.path}</code>
                  {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
