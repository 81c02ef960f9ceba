"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AuditEntry, Member, MeResponse } from "@/lib/server/api/team-schemas";
import type { ProjectRole } from "@/lib/server/auth/project-role";
import { apiFetch } from "../api-client";
import { teamKeys } from "./keys";

/** GET /api/me — who is signed in (the UI shows it and hides what they may not do). */
export function useMeQuery() {
  return useQuery({ queryKey: teamKeys.me, queryFn: ({ signal }) => apiFetch<MeResponse>("/api/me", { signal }), staleTime: 60_000 });
}

/** GET /api/projects/:id/members */
export function useMembersQuery(projectId: string) {
  return useQuery({
    queryKey: teamKeys.members(projectId),
    queryFn: ({ signal }) => apiFetch<{ members: Member[] }>(`/api/projects/${encodeURIComponent(projectId)}/members`, { signal }).then((r) => r.members),
  });
}

/** GET /api/projects/:id/audit (owners and admins) */
export function useAuditQuery(projectId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: teamKeys.audit(projectId),
    enabled: isEnabled,
    queryFn: ({ signal }) => apiFetch<{ entries: AuditEntry[] }>(`/api/projects/${encodeURIComponent(projectId)}/audit`, { signal }).then((r) => r.entries),
  });
}

/**
 * The signed-in user's role in the project, as the server will judge it: admins act as owners;
 * null while loading or for a non-member. The server enforces it; this only hides controls.
 */
export function useProjectRole(projectId: string): ProjectRole | null {
  const me = useMeQuery();
  const members = useMembersQuery(projectId);
  if (!me.data) return null;
  if (me.data.isAdmin) return "owner";
  const role = members.data?.find((member) => member.user === me.data.user)?.role;
  return role ?? null;
}

/** PUT / DELETE /api/projects/:id/members/:user */
export function useMemberMutations(projectId: string) {
  const client = useQueryClient();
  const path = (user: string) => `/api/projects/${encodeURIComponent(projectId)}/members/${encodeURIComponent(user)}`;
  const onSuccess = () => {
    void client.invalidateQueries({ queryKey: teamKeys.members(projectId) });
    void client.invalidateQueries({ queryKey: teamKeys.audit(projectId) });
  };
  const setRole = useMutation({ mutationFn: ({ user, role }: { user: string; role: ProjectRole }) => apiFetch(path(user), { method: "PUT", body: { role } }), onSuccess });
  const remove = useMutation({ mutationFn: (user: string) => apiFetch(path(user), { method: "DELETE" }), onSuccess });
  return { setRole, remove };
}
