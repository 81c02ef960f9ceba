"use client";

import { useQuery } from "@tanstack/react-query";
import type { Analysis } from "@/lib/core/analysis/types";
import type { RunbookView } from "@/lib/core/runbook";
import { apiFetch } from "@/lib/client/api-client";
import type { SharedPlan } from "@/lib/server/api/share-schemas";

/**
 * Reads for the /share/:token page, all through /api/share/:token/… (the page never learns the
 * project's id and never calls the project API). The page itself only checks the link; the plan,
 * its analysis and the runbook are fetched once per view: the page shows one revision and should
 * not reload behind the reader's back.
 */
export const sharedKeys = {
  all: (token: string) => ["share", token] as const,
  plan: (token: string) => [...sharedKeys.all(token), "plan"] as const,
  analysis: (token: string) => [...sharedKeys.all(token), "analysis"] as const,
  runbook: (token: string) => [...sharedKeys.all(token), "runbook"] as const,
};

export const sharedUrl = (token: string, part = "") => `/api/share/${encodeURIComponent(token)}${part}`;

const ONCE = { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

export function useSharedPlanQuery(token: string) {
  return useQuery({
    queryKey: sharedKeys.plan(token),
    queryFn: ({ signal }) => apiFetch<{ share: SharedPlan }>(sharedUrl(token), { signal }).then((r) => r.share),
    ...ONCE,
  });
}

export function useSharedAnalysisQuery(token: string) {
  return useQuery({
    queryKey: sharedKeys.analysis(token),
    queryFn: ({ signal }) => apiFetch<{ analysis: Analysis }>(sharedUrl(token, "/analysis"), { signal }).then((r) => r.analysis),
    ...ONCE,
  });
}

export function useSharedRunbookQuery(token: string) {
  return useQuery({
    queryKey: sharedKeys.runbook(token),
    queryFn: ({ signal }) => apiFetch<{ runbook: RunbookView }>(sharedUrl(token, "/runbook"), { signal }).then((r) => r.runbook),
    ...ONCE,
  });
}
