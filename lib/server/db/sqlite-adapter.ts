import { createClient, type Client, type Config, type TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/**
 * The libsql adapter with a busy timeout on every connection.
 *
 * libsql opens SQLite connections with `busy_timeout = 0`, so a write that meets another
 * process's lock fails at once with SQLITE_BUSY. Worse, its client hands its connection to each
 * interactive transaction and lazily opens a new one for the next statement, which starts with
 * the default again. Setting the pragma right after each hand-over keeps every connection
 * patient. (Foreign keys are already on in libsql builds; WAL is stored in the file by the
 * migration runner.)
 */
export class PlannerLibSQL extends PrismaLibSQL {
  readonly #busyTimeoutMs: number;

  constructor(config: Config, busyTimeoutMs: number) {
    super(config);
    this.#busyTimeoutMs = Math.trunc(busyTimeoutMs);
  }

  override createClient(config: Config): Client {
    const client = createClient(config);
    const pragma = `PRAGMA busy_timeout = ${this.#busyTimeoutMs}`;
    // The local client runs statements synchronously inside execute(), so the pragma is in
    // place before the returned promise is even awaited.
    client.execute(pragma).catch((error: unknown) => console.error("[db] could not set busy_timeout", error));
    const transaction = client.transaction.bind(client);
    client.transaction = async (mode?: TransactionMode) => {
      const tx = await transaction(mode);
      await client.execute(pragma);
      return tx;
    };
    return client;
  }
}
