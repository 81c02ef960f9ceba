"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { UserBadge } from "@/components/team/user-badge";

function Logo() {
  return (
    <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22M12 2C9 5 7.5 8.5 7.5 12S9 19 12 22" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/**
 * The bar above every page. Behind a share link the reader was given one plan, not the planner:
 * the brand is plain text there and the links to the project list and the API are left out.
 */
export function AppHeader() {
  const isSharePage = usePathname().startsWith("/share/");
  return (
    <header className="app-header">
      {isSharePage ? (
        <span className="brand">
          <Logo />
          Multi-region planner
        </span>
      ) : (
        <>
          <Link href="/" className="brand">
            <Logo />
            Multi-region planner
          </Link>
          <nav aria-label="Main">
            <Link href="/">Projects</Link>
            <a href="/api/openapi.json">API</a>
          </nav>
          <UserBadge />
        </>
      )}
    </header>
  );
}
