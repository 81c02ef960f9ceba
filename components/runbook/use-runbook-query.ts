"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { revisionKeys } from "@/lib/client/revisions/keys";
import { useMeQuery } from "@/lib/client/team/use-team-query";
import { withStepState, type RunbookView, type StepState, type StepView } from "@/lib/core/runbook";

/**
 * TanStack Query hooks for the runbook API. They live with the runbook components because
 * lib/client belongs to another engineer; the keys nest under the revision's key like the others.
 */
export const runbookKeys = {
  all: (projectId: string, revision: number) => [...revisionKeys.detail(projectId, revision), "runbook"] as const,
  view: (projectId: string, revision: number, targetVersion: string | null, cockroachTarget: string | null = null) =>
    [...runbookKeys.all(projectId, revision), targetVersion ?? "default", cockroachTarget ?? "default"] as const,
};

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/runbook`;

export function runbookQueryString(revision: number, targetVersion: string | null, cockroachTarget: string | null = null): string {
  const query = new URLSearchParams({ revision: String(revision) });
  if (targetVersion) query.set("targetVersion", targetVersion);
  if (cockroachTarget) query.set("cockroachTargetVersion", cockroachTarget);
  return query.toString();
}

export const markdownUrl = (projectId: string, revision: number, targetVersion: string | null, cockroachTarget: string | null = null) =>
  `/api/projects/${encodeURIComponent(projectId)}/runbook.md?${runbookQueryString(revision, targetVersion, cockroachTarget)}`;

/** GET /api/projects/:id/runbook — the steps of one revision with their check-off state. */
export function useRunbookQuery(projectId: string, revision: number | null, targetVersion: string | null, cockroachTarget: string | null = null) {
  return useQuery({
    queryKey: runbookKeys.view(projectId, revision ?? 0, targetVersion, cockroachTarget),
    queryFn: ({ signal }) =>
      apiFetch<{ runbook: RunbookView }>(`${base(projectId)}?${runbookQueryString(revision ?? 0, targetVersion, cockroachTarget)}`, { signal }).then((r) => r.runbook),
    enabled: revision !== null && revision > 0,
    // Keep showing the previous target's runbook while another one loads: no blank page, no jump.
    placeholderData: (previous) => previous,
  });
}

export type StepChange = { key: string; done: boolean; note: string };

/**
 * PUT /api/projects/:id/runbook/steps/:key — checks a step off or undoes it. The cached views of
 * this revision change at once (optimistic); if the server refuses, that step goes back to its
 * previous state and the views are refetched.
 */
export function useStepMutation(projectId: string, revision: number) {
  const queryClient = useQueryClient();
  // The optimistic check-off names the signed-in user at once; the server's answer confirms it.
  const me = useMeQuery().data?.user ?? "";
  const scope = runbookKeys.all(projectId, revision);
  /** Sets one step's state in every cached view of this revision that has the step. */
  const replaceStep = (key: string, state: StepState) =>
    queryClient.setQueriesData<RunbookView>({ queryKey: scope }, (view) =>
      view && view.sections.some((s) => s.steps.some((x) => x.key === key)) ? withStepState(view, key, state) : view,
    );
  return useMutation({
    mutationFn: (change: StepChange) =>
      apiFetch<{ step: StepView }>(`${base(projectId)}/steps/${encodeURIComponent(change.key)}?revision=${revision}`, {
        method: "PUT",
        body: { done: change.done, note: change.note },
      }).then((r) => r.step),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: scope });
      const before = queryClient
        .getQueriesData<RunbookView>({ queryKey: scope })
        .flatMap(([, view]) => view?.sections.flatMap((s) => s.steps) ?? [])
        .find((s) => s.key === change.key);
      const previous: StepState | undefined = before && { checkedAt: before.checkedAt, note: before.note, changedSinceCheck: before.changedSinceCheck, checkedBy: before.checkedBy };
      replaceStep(change.key, {
        checkedAt: change.done ? new Date().toISOString() : null,
        note: change.note,
        changedSinceCheck: change.done ? false : (previous?.changedSinceCheck ?? false),
        checkedBy: change.done ? me : "",
      });
      return { previous };
    },
    // Only this step goes back: other steps' changes in flight keep their own state.
    onError: (_error, change, context) => {
      if (context?.previous) replaceStep(change.key, context.previous);
      void queryClient.invalidateQueries({ queryKey: scope });
    },
    onSuccess: (step) => replaceStep(step.key, { checkedAt: step.checkedAt, note: step.note, changedSinceCheck: step.changedSinceCheck, checkedBy: step.checkedBy }),
  });
}
