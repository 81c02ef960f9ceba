"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api-client";
import type { Project, Revision } from "../api-types";
import { projectKeys } from "../projects/keys";

/** Where an imported plan goes: a new project, or a new revision of an open one. */
export type ImportTarget = { kind: "new-project" } | { kind: "revision"; projectId: string; basedOn: number };

export type ImportInput = { plan: unknown; fileName: string; projectName: string };
export type ImportResult = { projectId: string; revision: number };

/**
 * Sends a plan read from a file through the same route and checks as a save: POST
 * /api/projects with `plan`, or POST /api/projects/:id/revisions. The server's zod schema is the
 * judge: an invalid file answers 422 with every field (ApiError.issues) and nothing is stored;
 * a revision based on a stale number answers 409.
 */
export function useImportPlanMutation(target: ImportTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ plan, fileName, projectName }: ImportInput): Promise<ImportResult> => {
      if (target.kind === "new-project") {
        const { project } = await apiFetch<{ project: Project }>("/api/projects", { method: "POST", body: { name: projectName, template: "blank", plan } });
        return { projectId: project.id, revision: 1 };
      }
      const path = `/api/projects/${encodeURIComponent(target.projectId)}/revisions`;
      const note = `Imported from ${fileName}`.slice(0, 500);
      const { revision } = await apiFetch<{ revision: Revision }>(path, { method: "POST", body: { basedOn: target.basedOn, plan, note } });
      return { projectId: target.projectId, revision: revision.number };
    },
    onSuccess: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.detail(result.projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
      ]),
  });
}
