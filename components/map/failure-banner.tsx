import type { FailureScenario } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";

type FailureBannerProps = { regionId: string; scenario: FailureScenario | null; isStale: boolean; onEnd: () => void };

const nameOf = (id: string) => {
  const r = getRegion(id);
  return r ? `${id} (${r.city})` : id;
};

/** Summary of the failure drill: CockroachDB quorum, where Teleport's users go, capacity left. */
export function FailureBanner({ regionId, scenario, isStale, onEnd }: FailureBannerProps) {
  const isBad = scenario !== null && (!scenario.cockroach.isQuorumKept || !scenario.teleport.hasCapacity);
  return (
    <section className={`banner ${scenario === null ? "banner-info" : isBad ? "banner-critical" : "banner-warning"}`} aria-labelledby="failure-drill-title" data-testid="failure-banner">
      <span aria-hidden="true" style={{ fontSize: "1.2rem" }}>
        ⚡
      </span>
      <div className="stack" style={{ gap: "0.3rem", flex: 1 }}>
        <strong id="failure-drill-title">Failure drill: {nameOf(regionId)} is down{isStale ? " (last valid analysis — the draft has errors)" : ""}</strong>
        {scenario === null ? (
          <span>No failure analysis is available: fix the draft's errors so the plan can be analysed.</span>
        ) : (
          <>
            <span className={`sev ${scenario.cockroach.isQuorumKept ? "sev-ok" : "sev-critical"}`}>
              <span aria-hidden="true">{scenario.cockroach.isQuorumKept ? "✔" : "✖"}</span>
              CockroachDB {scenario.cockroach.isQuorumKept ? "keeps quorum" : "loses quorum"}: {scenario.cockroach.votersLost} of {scenario.cockroach.votersTotal}{" "}
              voters lost.
            </span>
            <span className="small">{scenario.cockroach.explanation}</span>
            <span className={`sev ${scenario.teleport.hasCapacity ? "sev-ok" : "sev-critical"}`}>
              <span aria-hidden="true">{scenario.teleport.hasCapacity ? "✔" : "✖"}</span>
              Teleport users go to {scenario.teleport.usersGoTo.length > 0 ? scenario.teleport.usersGoTo.join(", ") : "no surviving region"};{" "}
              {scenario.teleport.hasCapacity ? "the survivors have the capacity." : "the survivors lack the capacity."}
            </span>
            <span className="small">{scenario.teleport.explanation}</span>
          </>
        )}
      </div>
      <button type="button" className="btn btn-small" onClick={onEnd}>
        End the drill
      </button>
    </section>
  );
}
