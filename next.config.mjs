/**
 * Security headers, sent with every response (pages, API, static files).
 *
 * The Content-Security-Policy allows no remote origin at all: the planner ships its map, fonts
 * and data, so anything loaded from elsewhere is a bug or an injection. Next's App Router
 * bootstraps the page with inline <script> tags (the RSC payload), so scripts need
 * 'unsafe-inline' unless every page is rendered dynamically with a nonce; React and Recharts set
 * `style` attributes, so styles need it too. `next dev` additionally evaluates code for
 * React's debugging features ('unsafe-eval'), never the production build.
 * Directive meanings: MDN "Content-Security-Policy"; frame-ancestors supersedes X-Frame-Options in
 * browsers that know it, the older header stays for those that do not.
 */
const isDev = process.env.NODE_ENV !== "production";

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * Read-only share pages carry a secret token in their address: no Referer may leak it to another
 * site, no search engine may index it, and no shared cache may keep a copy (later rules override
 * earlier ones for the same key, per Next's `headers()` docs).
 */
const SHARE_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Cache-Control", value: "private, no-store" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds coexist in one checkout (tests, benchmarks); the default stays ".next".
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // scripts/test.sh type-checks the whole tree right before it builds; NEXT_SKIP_TYPECHECK=1 lets
  // that build skip doing it a second time. Every other build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Source maps for the browser's chunks, only on request: bench/ui-profile.ts names the
  // functions of a CPU profile with them (NEXT_BROWSER_SOURCE_MAPS=1 scripts/build-into.sh ...).
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === "1",
  // The Prisma client and database drivers stay on the server, unbundled.
  // piscina too: it starts its worker threads from its own files, which must stay on disk.
  serverExternalPackages: ["@prisma/client", "@libsql/client", "libsql", "pg", "@prisma/adapter-libsql", "@prisma/adapter-pg", "piscina"],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/share/:path*", headers: SHARE_HEADERS },
      { source: "/api/share/:path*", headers: SHARE_HEADERS },
    ];
  },
};

export default nextConfig;
