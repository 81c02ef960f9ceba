"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { projectKeys } from "@/lib/client/projects/keys";
import type { CreateShareBody, CreateShareResponse, ShareLink } from "@/lib/server/api/share-schemas";

/**
 * TanStack Query hooks for managing a project's share links. They live with the share
 * components because lib/client belongs to another engineer; the keys nest under the project's
 * detail key like the others, so invalidating a project refreshes its links too.
 */
export const shareKeys = {
  list: (projectId: string) => [...projectKeys.detail(projectId), "shares"] as const,
};

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/shares`;

/** GET /api/projects/:id/shares — newest first; statuses are computed when the list is read. */
export function useShareLinksQuery(projectId: string) {
  return useQuery({
    queryKey: shareKeys.list(projectId),
    queryFn: ({ signal }) => apiFetch<{ shares: ShareLink[] }>(base(projectId), { signal }).then((r) => r.shares),
    // A link can expire while the page is open: a short staleness keeps the status honest.
    staleTime: 10_000,
  });
}

/** POST /api/projects/:id/shares — the answer holds the token, the only time it is ever sent. */
export function useCreateShareMutation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareBody) => apiFetch<CreateShareResponse>(base(projectId), { method: "POST", body }),
    onSuccess: async ({ share }) => {
      queryClient.setQueryData<ShareLink[]>(shareKeys.list(projectId), (links) => (links ? [share, ...links.filter((l) => l.id !== share.id)] : links));
      await queryClient.invalidateQueries({ queryKey: shareKeys.list(projectId) });
    },
  });
}

/** DELETE /api/projects/:id/shares/:shareId — the list shows the link as revoked at once. */
export function useRevokeShareMutation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareId: string) =>
      apiFetch<{ share: ShareLink }>(`${base(projectId)}/${encodeURIComponent(shareId)}`, { method: "DELETE" }).then((r) => r.share),
    onSuccess: async (share) => {
      queryClient.setQueryData<ShareLink[]>(shareKeys.list(projectId), (links) => links?.map((l) => (l.id === share.id ? share : l)));
      await queryClient.invalidateQueries({ queryKey: shareKeys.list(projectId) });
    },
  });
}
