import type { Metadata } from "next";

// Next adds <meta name="robots" content="noindex"> to every 404 page by itself.
export const metadata: Metadata = { title: "Link not valid", referrer: "no-referrer" };

// The one answer for revoked, expired, unknown and malformed share links (status 404), so none can be told apart.
export default function ShareLinkNotValid() {
  return (
    <section className="panel stack" style={{ maxWidth: 640 }} data-testid="share-invalid">
      <h1>This link is not valid</h1>
      <p>Ask the person who shared it with you for a new link.</p>
    </section>
  );
}
