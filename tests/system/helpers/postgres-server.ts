import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

/**
 * A private, throwaway PostgreSQL server for one system test file, which the test may stop and
 * start under a running app (the outage test). Same recipe as scripts/with-postgres.sh: initdb
 * with trust auth, loopback only, fsync off (the tests kill the app, never the machine).
 */

const run = promisify(execFile);

export function postgresBinDir(): string | null {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, "bin") : null;
}

export const HAS_POSTGRES = postgresBinDir() !== null;

export type PostgresServer = {
  port: number;
  /** A connection URL for `database`, with `?schema=` when given. */
  url: (schema?: string) => string;
  start: () => Promise<void>;
  /** Fast shutdown: open connections are terminated, as when an operator stops the server. */
  stop: () => Promise<void>;
  destroy: () => Promise<void>;
  query: <T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<pg.QueryResult<T>>;
};

/** initdb and postgres refuse to run as root: run them as the postgres user then. */
function asPostgres(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);
}

export async function startPostgresServer(port: number): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (apt-get install -y postgresql).");
  const dir = mkdtempSync(path.join(tmpdir(), "planner-system-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const pgCtl = path.join(bin, "pg_ctl");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  await asPostgres(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres"]);

  const server: PostgresServer = {
    port,
    url: (schema) => `postgresql://postgres@127.0.0.1:${port}/postgres${schema ? `?schema=${schema}` : ""}`,
    start: async () => {
      await asPostgres(pgCtl, ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
    },
    stop: async () => {
      await asPostgres(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    destroy: async () => {
      await asPostgres(pgCtl, ["-D", data, "-m", "immediate", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    query: async (sql, values) => {
      const client = new pg.Client({ connectionString: server.url() });
      await client.connect();
      try {
        return await client.query(sql, values);
      } finally {
        await client.end();
      }
    },
  };
  await server.start();
  return server;
}
