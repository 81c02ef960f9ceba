import { RunbookPage } from "@/components/runbook/runbook-page";
import { firstParam, revisionParam, type SearchParams } from "@/lib/client/search-params";

// GET /projects/:id/runbook?revision=&targetVersion= — the revision's runbook with check-off progress.
export default async function ProjectRunbookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const target = firstParam(query.targetVersion);
  return (
    <RunbookPage
      projectId={id}
      initialRevision={revisionParam(query.revision)}
      initialTarget={target && /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(target) ? target : null}
    />
  );
}
