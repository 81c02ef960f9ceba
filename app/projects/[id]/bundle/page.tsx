import { BundlePage } from "@/components/bundle/bundle-page";

// GET /projects/:id/bundle — the deployment bundle of a saved revision: file tree, preview, zip download.
export default async function ProjectBundlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BundlePage projectId={id} />;
}
