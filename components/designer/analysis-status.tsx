import styles from "./designer.module.css";

type AnalysisStatusProps = { isValid: boolean; isStale: boolean; hasAnalysis: boolean; issueCount: number; failure: string | null; regionCount: number };

/** One line of fixed height above the dashboard, so switching between states never shifts it. */
export function AnalysisStatus({ isValid, isStale, hasAnalysis, issueCount, failure, regionCount }: AnalysisStatusProps) {
  const problems = `${issueCount} problem${issueCount === 1 ? "" : "s"}`;
  let tone = styles.statusLive;
  let text: string;
  if (failure) {
    tone = styles.statusError;
    text = `The analysis failed on this plan (${failure}). Undo the last edit; please report this.`;
  } else if (isValid) text = "Live: updated on every edit.";
  else if (regionCount < 2) {
    tone = styles.statusStale;
    text = "Add at least two regions on the map to start.";
  } else if (isStale && hasAnalysis) {
    tone = styles.statusStale;
    text = `Stale: showing the last valid analysis. Fix ${problems} in the form to update it.`;
  } else {
    tone = styles.statusStale;
    text = `Fix ${problems} in the form to see the analysis.`;
  }
  return (
    <p id="analysis-status" className={`${styles.analysisStatus} ${tone}`} role="status" data-testid="analysis-status">
      <span aria-hidden="true">{failure ? "✖" : isValid ? "●" : "◌"}</span> {text}
    </p>
  );
}
