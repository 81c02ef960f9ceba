"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Plan } from "@/lib/schemas/plan";
import { apiFetch } from "../api-client";
import type { Project, Revision } from "../api-types";
import { projectKeys } from "../projects/keys";
import { revisionKeys } from "./keys";

export type SaveRevisionInput = { basedOn: number; plan: Plan; note?: string };

/**
 * POST /api/projects/:id/revisions. A stale `basedOn` makes the server answer 409
 * (ApiError code "stale_revision" with `latestRevision`); nothing is stored then.
 */
export function useSaveRevisionMutation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveRevisionInput) =>
      apiFetch<{ revision: Revision }>(`/api/projects/${encodeURIComponent(projectId)}/revisions`, { method: "POST", body: input }).then((r) => r.revision),
    onSuccess: async (revision) => {
      queryClient.setQueryData(revisionKeys.detail(projectId, revision.number), revision);
      queryClient.setQueryData<Project>(projectKeys.detail(projectId), (project) =>
        project ? { ...project, latestRevision: revision.number, latest: revision, updatedAt: revision.createdAt } : project,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: revisionKeys.list(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
      ]);
    },
  });
}
