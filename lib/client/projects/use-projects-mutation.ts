"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api-client";
import type { Project, TemplateChoice } from "../api-types";
import { projectKeys } from "./keys";

/** POST /api/projects — creates a blank project or one whose revision 1 is the blueprint template. */
export function useCreateProjectMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; template: TemplateChoice }) =>
      apiFetch<{ project: Project }>("/api/projects", { method: "POST", body: input }).then((r) => r.project),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(project.id), project);
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}

/** PATCH /api/projects/:id — renames a project. */
export function useRenameProjectMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; name: string }) =>
      apiFetch<{ project: Project }>(`/api/projects/${encodeURIComponent(input.id)}`, { method: "PATCH", body: { name: input.name } }).then((r) => r.project),
    onSuccess: (project) => queryClient.invalidateQueries({ queryKey: projectKeys.all }).then(() => project),
  });
}

/** DELETE /api/projects/:id — deletes a project and all its revisions. */
export function useDeleteProjectMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/projects/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}
