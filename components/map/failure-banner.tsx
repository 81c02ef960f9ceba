import type { FailureScenario } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";
import { GRADE_META, GradeBadge, reasonText } from "@/components/failure/failure-grade";
import { formatNumber } from "@/components/sizing/format";

type FailureBannerProps = { regionId: string; scenario: FailureScenario | null; isStale: boolean; onEnd: () => void };

const nameOf = (id: string) => {
  const r = getRegion(id);
  return r ? `${id} (${r.city})` : id;
};

/** Summary of the failure drill: the graded outcome, where the leases go, the slowest write after it, where users go. */
export function FailureBanner({ regionId, scenario, isStale, onEnd }: FailureBannerProps) {
  const after = scenario?.after ?? null;
  const tone = after === null ? "banner-info" : GRADE_META[after.grade].banner;
  return (
    <section className={`banner ${tone}`} aria-labelledby="failure-drill-title" data-testid="failure-banner">
      <span aria-hidden="true" style={{ fontSize: "1.2rem" }}>
        ⚡
      </span>
      <div className="stack" style={{ gap: "0.3rem", flex: 1 }}>
        <strong id="failure-drill-title">Failure drill: {nameOf(regionId)} is down{isStale ? " (last valid analysis — the draft has errors)" : ""}</strong>
        {scenario === null || after === null ? (
          <span>No failure analysis is available: fix the draft&apos;s errors so the plan can be analysed.</span>
        ) : (
          <>
            <span>
              <GradeBadge grade={after.grade} /> {reasonText(after.gradeReason)}
            </span>
            <span className="small" data-testid="failure-banner-leases">
              {after.leaseholderRegion === null
                ? `Leases: none — CockroachDB lost ${scenario.cockroach.votersLost} of ${scenario.cockroach.votersTotal} voters and accepts no writes.`
                : `Leases in ${after.leaseholderRegion}; slowest write from a surviving Teleport region ${formatNumber(after.writeLatency?.worstMs ?? 0)} ms (was ${formatNumber(after.writeLatency?.worstBeforeMs ?? 0)} ms).`}{" "}
              {after.usersMoveTo.length > 0
                ? `Users go to ${after.usersMoveTo.map((u) => `${u.region} (${formatNumber(u.rttMs)} ms)`).join(", then ")}.`
                : "No user moves."}
            </span>
          </>
        )}
      </div>
      <button type="button" className="btn btn-small" onClick={onEnd}>
        End the drill
      </button>
    </section>
  );
}
