import type { ReactNode } from "react";

type ErrorStateProps = { title: string; message: string; onRetry?: () => void; isRetrying?: boolean; children?: ReactNode };

/** A failed load: what went wrong in plain words, and the next step (retry, or the children's link). */
export function ErrorState({ title, message, onRetry, isRetrying, children }: ErrorStateProps) {
  return (
    <div className="banner banner-critical" role="alert">
      <span aria-hidden="true" className="sev sev-critical">
        ✖
      </span>
      <div className="stack" style={{ gap: "0.4rem" }}>
        <strong>{title}</strong>
        <span>{message}</span>
        <div className="row">
          {onRetry ? (
            <button type="button" className="btn" onClick={onRetry} disabled={isRetrying}>
              {isRetrying ? "Retrying…" : "Retry"}
            </button>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}
