import { RunbookPage } from "@/components/runbook/runbook-page";

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// GET /projects/:id/runbook?revision=&targetVersion= — the revision's runbook with check-off progress.
export default async function ProjectRunbookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const revision = Number(firstValue(query.revision));
  const target = firstValue(query.targetVersion);
  return (
    <RunbookPage
      projectId={id}
      initialRevision={Number.isInteger(revision) && revision > 0 ? revision : null}
      initialTarget={target && /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(target) ? target : null}
    />
  );
}
