import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
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
        <AppHeader />
        <main id="main" className="app-main">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
