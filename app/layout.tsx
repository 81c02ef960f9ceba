import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Multi-region planner", template: "%s · Multi-region planner" },
  description: "Design a multi-region Teleport deployment backed by CockroachDB, see it sized and checked, and export it.",
  icons: { icon: "/icon.svg" },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <Link href="/" className="brand">
            <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
              <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22M12 2C9 5 7.5 8.5 7.5 12S9 19 12 22" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            Multi-region planner
          </Link>
          <nav aria-label="Main">
            <Link href="/">Projects</Link>
            <a href="/api/openapi.json">API</a>
          </nav>
        </header>
        <main id="main" className="app-main">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
