import { createClient, type Client, type Config, type InStatement, type Transaction, type TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/**
 * The libsql adapter with a busy timeout and one connection per client.
 *
 * libsql opens SQLite connections with `busy_timeout = 0`, so a write that meets another
 * process's lock fails at once with SQLITE_BUSY: the pragma is set when the client is created.
 *
 * Transactions run on that same connection. libsql's own `transaction()` hands its connection
 * to the transaction and opens a new one for the next statement, but neither commit nor
 * rollback closes the handed-over connection: it stays open until the garbage collector finds
 * it. Under load that piled up hundreds of open SQLite connections (588 file descriptors and
 * +160 MiB after 15 s of concurrent saves, bench/http.ts), enough to exhaust a default 1024-fd
 * limit. Sharing the connection is safe because Prisma's adapter holds one lock per client from
 * `startTransaction` until commit or rollback, and every other statement takes that lock too,
 * so nothing else runs on the connection while a transaction is open.
 * (Foreign keys are already on in libsql builds; WAL is stored in the file by the migration runner.)
 */

const BEGIN: Record<TransactionMode, string> = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN DEFERRED" };

function transactionOn(client: Client): Transaction {
  let isOpen = true;
  const end = async (sql: "COMMIT" | "ROLLBACK") => {
    if (!isOpen) return;
    try {
      await client.execute(sql);
    } catch (error) {
      // A COMMIT that fails (read-only file, full disk, I/O error) may leave the transaction
      // open, and Prisma does not roll back after a failed commit: end it here so the shared
      // connection is clean for the next request. A failed ROLLBACK means SQLite already ended it.
      if (sql === "COMMIT") await client.execute("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      isOpen = false;
    }
  };
  return {
    execute: (stmt: InStatement) => client.execute(stmt),
    batch: async (stmts: InStatement[]) => {
      const results = [];
      for (const stmt of stmts) results.push(await client.execute(stmt));
      return results;
    },
    executeMultiple: (sql: string) => client.executeMultiple(sql),
    commit: () => end("COMMIT"),
    rollback: () => end("ROLLBACK"),
    close: () => void end("ROLLBACK").catch(() => undefined),
    get closed() {
      return !isOpen;
    },
  } satisfies Transaction;
}

export class PlannerLibSQL extends PrismaLibSQL {
  readonly #busyTimeoutMs: number;

  constructor(config: Config, busyTimeoutMs: number) {
    super(config);
    this.#busyTimeoutMs = Math.trunc(busyTimeoutMs);
  }

  override createClient(config: Config): Client {
    const client = createClient(config);
    // The local client runs statements synchronously inside execute(), so the pragma is in
    // place before the returned promise is even awaited.
    client.execute(`PRAGMA busy_timeout = ${this.#busyTimeoutMs}`).catch((error: unknown) => console.error("[db] could not set busy_timeout", error));
    client.transaction = async (mode: TransactionMode = "write") => {
      await client.execute(BEGIN[mode]);
      return transactionOn(client);
    };
    return client;
  }
}
