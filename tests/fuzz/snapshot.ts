import { getDatabaseProvider, getDb } from "@/lib/server/db";

/**
 * Every row of every table of the app's database (tables found in the catalog, so new ones are
 * included), as sorted JSON lines per table: two snapshots are equal exactly when nothing was
 * written in between.
 */
export type Snapshot = Record<string, string[]>;

function toJson(row: unknown): string {
  return JSON.stringify(row, (_, value: unknown) => (typeof value === "bigint" ? value.toString() : value instanceof Date ? value.toISOString() : value));
}

export async function snapshotDatabase(): Promise<Snapshot> {
  const db = await getDb();
  const tables =
    getDatabaseProvider() === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()");
  const snapshot: Snapshot = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    snapshot[name] = rows.map(toJson).sort();
  }
  return snapshot;
}
