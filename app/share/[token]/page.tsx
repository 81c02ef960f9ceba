import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedPlanView } from "@/components/share/shared-plan-view";
import { AppError } from "@/lib/server/api/app-error";
import { getSharedPlan } from "@/lib/server/data/get-shared-plan";
import { openShareLink } from "@/lib/server/data/open-share-link";

// Opening a link is counted on every request: never prerendered, never cached.
export const dynamic = "force-dynamic";

// noindex: a link that leaks onto the web stays out of search results; no-referrer: the token in
// the URL is not sent to sites the reader follows links to. The same go out as HTTP headers (next.config.mjs).
export const metadata: Metadata = {
  title: "Shared plan (read-only)",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

// GET /share/:token — the read-only view behind a share link; every open is counted. A revoked,
// expired or unknown link gets the same "This link is not valid" page with status 404.
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let shared;
  try {
    shared = await getSharedPlan(await openShareLink(token));
  } catch (error) {
    if (error instanceof AppError && error.code === "share_link_invalid") notFound();
    throw error;
  }
  return <SharedPlanView token={token} shared={shared} />;
}
