"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api-client";
import type { TemplateChoice } from "@/lib/client/api-types";
import { useCreateProjectMutation } from "@/lib/client/projects/use-projects-mutation";
import styles from "./projects.module.css";

/** Create a project (blank or from the blueprint template), then open it in the designer. */
export function CreateProjectForm() {
  const router = useRouter();
  const create = useCreateProjectMutation();
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<TemplateChoice>("blueprint");
  const [nameError, setNameError] = useState<string | null>(null);
  const nameId = useId();
  const errorId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length === 0) return setNameError("Give the project a name.");
    if (trimmed.length > 120) return setNameError("Use at most 120 characters.");
    setNameError(null);
    create.mutate({ name: trimmed, template }, { onSuccess: (project) => router.push(`/projects/${project.id}`) });
  };

  const error = nameError ?? (create.isError ? errorMessage(create.error) : null);
  return (
    <form className={`panel ${styles.createForm}`} onSubmit={onSubmit} aria-labelledby={`${nameId}-heading`} noValidate>
      <h2 id={`${nameId}-heading`}>New project</h2>
      <div className={styles.createFields}>
        <div className="stack" style={{ gap: "0.25rem" }}>
          <label htmlFor={nameId}>Project name</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            placeholder="e.g. Production access plane"
            style={{ width: "18rem" }}
          />
        </div>
        <fieldset className={styles.templateChoice}>
          <legend>Start from</legend>
          <label>
            <input type="radio" name="template" value="blueprint" checked={template === "blueprint"} onChange={() => setTemplate("blueprint")} /> From the
            blueprint template
          </label>
          <label>
            <input type="radio" name="template" value="blank" checked={template === "blank"} onChange={() => setTemplate("blank")} /> Blank
          </label>
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create project"}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="sev sev-critical" style={{ margin: "0.5rem 0 0" }}>
          <span aria-hidden="true">✖</span> {error}
        </p>
      ) : null}
    </form>
  );
}
