import type { Metadata } from "next";
import { HistoryPage } from "@/components/history/history-page";

export const metadata: Metadata = { title: "History" };

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const revisionNumber = (value: string | undefined) => (value !== undefined && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null);

// GET /projects/:id/history?from=&to= — the revision list with change summaries, a diff of two revisions, restore.
export default async function ProjectHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const from = revisionNumber(firstValue(query.from));
  const to = revisionNumber(firstValue(query.to));
  return <HistoryPage projectId={id} initialPair={from !== null && to !== null ? { from, to } : null} />;
}
