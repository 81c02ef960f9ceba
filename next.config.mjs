/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds coexist in one checkout (tests, benchmarks); the default stays ".next".
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Prisma client and database drivers stay on the server, unbundled.
  serverExternalPackages: ["@prisma/client", "@libsql/client", "libsql", "pg", "@prisma/adapter-libsql", "@prisma/adapter-pg"],
};

export default nextConfig;
