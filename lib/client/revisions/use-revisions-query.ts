"use client";

import { useQuery } from "@tanstack/react-query";
import type { Analysis } from "@/lib/core/analysis/types";
import { apiFetch } from "../api-client";
import type { Revision, RevisionSummary } from "../api-types";
import { revisionKeys } from "./keys";

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/revisions`;

/** GET /api/projects/:id/revisions — newest first. */
export function useRevisionsQuery(projectId: string) {
  return useQuery({
    queryKey: revisionKeys.list(projectId),
    queryFn: ({ signal }) => apiFetch<{ revisions: RevisionSummary[] }>(base(projectId), { signal }).then((r) => r.revisions),
  });
}

/** GET /api/projects/:id/revisions/:number — revisions never change, so they never go stale. */
export function useRevisionQuery(projectId: string, number: number | null) {
  return useQuery({
    queryKey: revisionKeys.detail(projectId, number ?? 0),
    queryFn: ({ signal }) => apiFetch<{ revision: Revision }>(`${base(projectId)}/${number}`, { signal }).then((r) => r.revision),
    enabled: number !== null && number > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** GET /api/projects/:id/revisions/:number/analysis — the server's analysis of a stored revision. */
export function useRevisionAnalysisQuery(projectId: string, number: number | null) {
  return useQuery({
    queryKey: revisionKeys.analysis(projectId, number ?? 0),
    queryFn: ({ signal }) => apiFetch<{ analysis: Analysis }>(`${base(projectId)}/${number}/analysis`, { signal }).then((r) => r.analysis),
    enabled: number !== null && number > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
