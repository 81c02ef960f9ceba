"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api-client";
import type { Project, ProjectSummary } from "../api-types";
import { projectKeys } from "./keys";

/** GET /api/projects?q= — newest change first; the previous list stays visible while a search loads. */
export function useProjectsQuery(q: string) {
  return useQuery<ProjectSummary[]>({
    queryKey: projectKeys.list(q),
    queryFn: ({ signal }) =>
      apiFetch<{ projects: ProjectSummary[] }>(`/api/projects${q ? `?q=${encodeURIComponent(q)}` : ""}`, { signal }).then((r) => r.projects),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/projects/:id — the project with its latest revision (null for a blank project). */
export function useProjectQuery(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<{ project: Project }>(`/api/projects/${encodeURIComponent(id)}`, { signal }).then((r) => r.project),
  });
}
