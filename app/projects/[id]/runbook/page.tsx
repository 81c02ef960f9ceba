import { RunbookPage } from "@/components/runbook/runbook-page";
import { firstParam, revisionParam, type SearchParams } from "@/lib/client/search-params";

// GET /projects/:id/runbook?revision=&targetVersion=&cockroachTargetVersion= — the revision's runbook with check-off progress.
export default async function ProjectRunbookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const target = firstParam(query.targetVersion);
  const cockroachTarget = firstParam(query.cockroachTargetVersion);
  const isVersion = (v: string | undefined): v is string => v !== undefined && /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v);
  return (
    <RunbookPage
      projectId={id}
      initialRevision={revisionParam(query.revision)}
      initialTarget={isVersion(target) ? target : null}
      initialCockroachTarget={isVersion(cockroachTarget) ? cockroachTarget : null}
    />
  );
}
