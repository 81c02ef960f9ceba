import "server-only";
import { getDb, getDatabaseProvider, type DatabaseProvider } from "@/lib/server/db";

/** Round-trips one query; throws (503 through the wrapper) when the database cannot answer. */
export async function checkDatabase(): Promise<DatabaseProvider> {
  const db = await getDb();
  await db.$queryRaw`SELECT 1`;
  return getDatabaseProvider();
}
