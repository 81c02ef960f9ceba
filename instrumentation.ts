/**
 * Next's start hook: prepares the database (applies pending migrations) once per server process,
 * before the first request. Only in the Node runtime: the edge runtime has no database drivers.
 * A database that is down at start is logged, not fatal: the server still starts, /api/health
 * answers 503, and the first request after the database returns applies the migrations.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/server/db");
  try {
    await getDb();
  } catch {
    // getDb has logged the cause; requests retry the preparation.
  }
}
