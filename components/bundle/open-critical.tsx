import Link from "next/link";
import type { Finding } from "@/lib/core/analysis/types";

/** Critical findings of the revision that nobody waived: the ones a download should not pass silently. */
export function openCriticalFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "critical" && !f.waiver);
}

/**
 * Names the revision's open critical findings above the download (issue 13: exporting with open
 * critical findings happened without a word). Waiving is done in the designer, with a reason,
 * and saved as a new revision, so the link goes there.
 */
export function OpenCritical({ projectId, findings }: { projectId: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="banner banner-critical" aria-labelledby="open-critical-title" data-testid="open-critical">
      <span aria-hidden="true" className="sev sev-critical">
        ✖
      </span>
      <div className="stack" style={{ gap: "0.3rem" }}>
        <strong id="open-critical-title">
          {findings.length === 1 ? "1 critical finding is open in this revision" : `${findings.length} critical findings are open in this revision`}
        </strong>
        <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
          {findings.map((f) => (
            <li key={f.id}>{f.title}</li>
          ))}
        </ul>
        <span className="small">
          Downloading asks you to confirm. To waive a finding instead, give the reason in the{" "}
          <Link href={`/projects/${encodeURIComponent(projectId)}`}>designer</Link> and save a revision.
        </span>
      </div>
    </section>
  );
}
