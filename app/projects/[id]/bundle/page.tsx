import { BundlePage } from "@/components/bundle/bundle-page";
import { firstParam, revisionParam, type SearchParams } from "@/lib/client/search-params";

// GET /projects/:id/bundle?file=&revision= — the deployment bundle of a saved revision: file tree,
// preview, zip download. The runbook links here with the file (and revision) a step uses.
export default async function ProjectBundlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  return <BundlePage projectId={id} initialPath={firstParam(query.file) ?? null} initialRevision={revisionParam(query.revision)} />;
}
