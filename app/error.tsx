"use client";

import Link from "next/link";
import { useEffect } from "react";

/** Fallback for unexpected rendering errors: says what happened and what to do next. */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="panel stack" role="alert" style={{ maxWidth: 640 }}>
      <h1>This page could not be shown</h1>
      <p>
        Something unexpected went wrong while showing this page. Your saved projects are not affected. Try again; if it keeps failing, go back to the
        project list and reopen the project.
      </p>
      {error.digest ? <p className="muted small">Reference for the server log: <code>{error.digest}</code></p> : null}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => retry()}>
          Try again
        </button>
        <Link className="btn" href="/">
          Back to projects
        </Link>
      </div>
    </section>
  );
}
