import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { SharedPlanView } from "@/components/share/shared-plan-view";
import { AppError } from "@/lib/server/api/app-error";
import { getShareAccessOrThrow, type ShareAccess } from "@/lib/server/data/get-share-access-or-throw";
import { countShareOpen } from "@/lib/server/data/open-share-link";

// Opening a link is counted on every request: never prerendered, never cached.
export const dynamic = "force-dynamic";

// noindex: a link that leaks onto the web stays out of search results; no-referrer: the token in
// the URL is not sent to sites the reader follows links to. The same go out as HTTP headers (next.config.mjs).
export const metadata: Metadata = {
  title: "Shared plan (read-only)",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * GET /share/:token — the read-only view behind a share link. A revoked, expired or unknown link
 * gets the same "This link is not valid" page with status 404. The server checks the link and
 * sends a light page; the plan, its analysis and the runbook load in the browser through
 * /api/share/:token/… (the map, form and dashboard rendered on the server made each view cost
 * ≈26 ms of server time and 380 KB of HTML; bench/http.ts). The open is counted once the
 * answer has gone out.
 */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let access: ShareAccess;
  try {
    access = await getShareAccessOrThrow(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "share_link_invalid") notFound();
    throw error;
  }
  after(() => countShareOpen(access).catch((error: unknown) => console.error("[share] could not count an open", error)));
  return <SharedPlanView token={token} />;
}
