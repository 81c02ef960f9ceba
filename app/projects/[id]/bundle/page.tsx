import { BundlePage } from "@/components/bundle/bundle-page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

// GET /projects/:id/bundle?file=&revision= — the deployment bundle of a saved revision: file tree,
// preview, zip download. The runbook links here with the file (and revision) a step uses.
export default async function ProjectBundlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const query = await searchParams;
  const revision = Number(first(query.revision));
  return (
    <BundlePage
      projectId={id}
      initialPath={first(query.file) ?? null}
      initialRevision={Number.isInteger(revision) && revision > 0 ? revision : null}
    />
  );
}
