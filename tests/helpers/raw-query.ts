import { createClient } from "@libsql/client";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/server/env";

/** Runs one query outside Prisma, in the database's schema: for tests that look at what a migration left. */
export async function rawQuery(config: DatabaseConfig, sql: string): Promise<Record<string, unknown>[]> {
  if (config.provider === "sqlite") {
    const client = createClient({ url: config.url });
    try {
      return (await client.execute(sql)).rows.map((row) => ({ ...row }));
    } finally {
      client.close();
    }
  }
  const client = new pg.Client({ connectionString: config.url, options: `-c search_path=${config.schema}` });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
