import type { Metadata } from "next";
import { HistoryPage } from "@/components/history/history-page";
import { revisionParam, type SearchParams } from "@/lib/client/search-params";

export const metadata: Metadata = { title: "History" };

// GET /projects/:id/history?from=&to= — the revision list with change summaries, a diff of two revisions, restore.
export default async function ProjectHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const from = revisionParam(query.from);
  const to = revisionParam(query.to);
  return <HistoryPage projectId={id} initialPair={from !== null && to !== null ? { from, to } : null} />;
}
