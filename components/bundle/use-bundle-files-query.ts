"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { revisionKeys } from "@/lib/client/revisions/keys";
import type { BundleFileEntry, BundleFilesResponse } from "@/lib/core/bundle/api-types";

export const bundleKeys = {
  files: (projectId: string, number: number) => [...revisionKeys.detail(projectId, number), "bundle-files"] as const,
};

export const bundleUrl = (projectId: string, number: number) => `/api/projects/${encodeURIComponent(projectId)}/revisions/${number}/bundle`;

/** GET …/bundle/files — a stored revision's bundle never changes, so it never goes stale. */
export function useBundleFilesQuery(projectId: string, number: number | null) {
  return useQuery<BundleFileEntry[]>({
    queryKey: bundleKeys.files(projectId, number ?? 0),
    queryFn: ({ signal }) => apiFetch<BundleFilesResponse>(`${bundleUrl(projectId, number ?? 0)}/files`, { signal }).then((r) => r.files),
    enabled: number !== null && number > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
