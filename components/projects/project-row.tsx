"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { errorMessage } from "@/lib/client/api-client";
import type { ProjectSummary } from "@/lib/client/api-types";
import { useRenameProjectMutation } from "@/lib/client/projects/use-projects-mutation";
import { RegionChip } from "@/components/ui/region-chip";
import { RelativeTime } from "@/components/ui/relative-time";
import { ProjectFindings } from "./project-findings";
import styles from "./projects.module.css";

type ProjectRowProps = { project: ProjectSummary; onDelete: (project: ProjectSummary) => void };

/** One project: name (renamable in place), regions, last change, worst finding, actions. */
export function ProjectRow({ project, onDelete }: ProjectRowProps) {
  const rename = useRenameProjectMutation();
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);

  const shouldRestoreFocus = useRef(false);
  // Focus moves into the input when editing starts and back to the Rename button when it ends.
  useEffect(() => {
    if (isEditing) inputRef.current?.select();
    else if (shouldRestoreFocus.current) {
      shouldRestoreFocus.current = false;
      renameButtonRef.current?.focus();
    }
  }, [isEditing]);

  const stopEditing = () => {
    shouldRestoreFocus.current = true;
    setIsEditing(false);
    setError(null);
  };
  const onSave = () => {
    const name = draft.trim();
    if (name.length === 0) return setError("The name cannot be empty.");
    if (name.length > 120) return setError("Use at most 120 characters.");
    if (name === project.name) return stopEditing();
    rename.mutate({ id: project.id, name }, { onSuccess: stopEditing, onError: (e) => setError(errorMessage(e)) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") onSave();
    if (event.key === "Escape") {
      setDraft(project.name);
      stopEditing();
    }
  };

  return (
    <tr>
      <th scope="row" className={styles.nameCell}>
        {isEditing ? (
          <div className="stack" style={{ gap: "0.25rem" }}>
            <div className="row">
              <input
                ref={inputRef}
                type="text"
                aria-label={`New name for ${project.name}`}
                value={draft}
                maxLength={120}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={onKeyDown}
                aria-invalid={error ? true : undefined}
              />
              <button type="button" className="btn btn-primary btn-small" onClick={onSave} disabled={rename.isPending}>
                Save name
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  setDraft(project.name);
                  stopEditing();
                }}
              >
                Cancel
              </button>
            </div>
            {error ? (
              <span role="alert" className="sev sev-critical small">
                <span aria-hidden="true">✖</span> {error}
              </span>
            ) : null}
          </div>
        ) : (
          <Link href={`/projects/${project.id}`} className={styles.projectLink}>
            {project.name}
          </Link>
        )}
      </th>
      <td>
        {project.regions.length === 0 ? (
          <span className="muted">No regions</span>
        ) : (
          <ul className={styles.chips} aria-label={`Regions of ${project.name}`}>
            {project.regions.map((id) => (
              <li key={id}>
                <RegionChip id={id} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className={styles.nowrap}>
        <RelativeTime iso={project.updatedAt} />
        <div className="muted small">{project.latestRevision === 0 ? "no revision" : `revision ${project.latestRevision}`}</div>
      </td>
      <td>
        <ProjectFindings project={project} />
      </td>
      <td className={styles.actions}>
        {project.role === "owner" ? (
          <>
            <button
              ref={renameButtonRef}
              type="button"
              className="btn btn-small"
              onClick={() => {
                setDraft(project.name);
                setIsEditing(true);
              }}
              aria-label={`Rename ${project.name}`}
              disabled={isEditing}
            >
              Rename
            </button>
            <button type="button" className="btn btn-small" onClick={() => onDelete(project)} aria-label={`Delete ${project.name}`}>
              Delete
            </button>
          </>
        ) : (
          // Renaming and deleting are for owners (the server refuses anyone else).
          <span className="muted small">{project.role}</span>
        )}
      </td>
    </tr>
  );
}
