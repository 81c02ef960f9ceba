import { connect } from "node:net";

/**
 * A closed-loop HTTP/1.1 load: `connections` kept-alive sockets, each sending its next GET as
 * soon as the last answer has been read to its end, for `seconds`. Every answer's latency
 * (request written to last byte read, in ms) and status go to `onAnswer`.
 *
 * Written on raw sockets, reading only what it needs (the status line, Content-Length or the
 * chunk sizes of a chunked body) and counting the body's bytes without keeping them, because the
 * client shares the machine's two cores with the server it measures and its cost per answer is
 * charged to the route it loads. Measured with process.cpuUsage over 8-connection bursts
 * (2026-12-05), client CPU per answer:
 * - autocannon (http-parser-js, and `req.body += data` on every body): about 1.6 ms per 135 KB
 *   zip against 0.1 ms per /api/ping answer;
 * - Node's http client with the body discarded (`resume`): 0.44 ms per zip, 0.18 ms per ping;
 * - this loop: 0.11–0.25 ms per zip, 0.09 ms per ping.
 *
 * It speaks only what the benchmarked server answers: status, headers, then a body framed by
 * Content-Length or chunked encoding, or none (1xx, 204, 304). Anything it cannot read (a
 * closed socket, a malformed head or chunk size) counts as an error and stops that connection.
 */
export type ClosedLoopOptions = {
  url: string;
  path: string;
  connections: number;
  seconds: number;
  onAnswer: (status: number, latencyMs: number) => void;
};

export async function closedLoop(options: ClosedLoopOptions): Promise<{ answers: number; errors: number }> {
  const target = new URL(options.url);
  const request = Buffer.from(`GET ${options.path} HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`, "latin1");
  const deadline = performance.now() + options.seconds * 1000;
  let answers = 0;
  let errors = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      // Every read lands in this connection's one buffer (`onread`), so reading a body allocates
      // nothing. With Node's fresh buffer per read, 8 connections reading 135 KB zips made the
      // client collect garbage 20–25 times in 4 s (84–103 ms in all, pauses up to 15 ms, and up
      // to 43 ms with a large heap like bench/run.ts's), each pause delaying the answers being
      // read: p99 37–73 ms against 24–42 ms with this buffer, which left 0–4 collections
      // (2026-12-05, three 4-s bursts each way).
      const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
      const socket = connect({
        port: Number(target.port),
        host: target.hostname,
        noDelay: true,
        onread: {
          buffer,
          callback: (bytes: number) => {
            if (!reader.read(buffer.subarray(0, bytes))) stop(true);
            return true;
          },
        },
      });
      let settled = false;
      const stop = (failed: boolean) => {
        if (settled) return;
        settled = true;
        if (failed) errors += 1;
        socket.destroy();
        resolve();
      };
      let start = 0;
      const reader = new AnswerReader((status) => {
        answers += 1;
        options.onAnswer(status, performance.now() - start);
        send();
      });
      const send = () => {
        if (performance.now() >= deadline) return stop(false);
        start = performance.now();
        socket.write(request);
      };
      socket.on("connect", send);
      socket.on("error", () => stop(true));
      // The server closing a kept-alive connection mid-run is a failure of the run.
      socket.on("close", () => stop(true));
    });
  await Promise.all(Array.from({ length: options.connections }, run));
  return { answers, errors };
}

/** Bytes read from the socket at a time, into one buffer per connection. */
const READ_BUFFER_BYTES = 256 * 1024;
const CRLF = Buffer.from("\r\n", "latin1");
const HEAD_END = Buffer.from("\r\n\r\n", "latin1");
/** Longer heads or chunk-size lines than this are not what the server sends: an error. */
const MAX_LINE = 64 * 1024;

/**
 * Reads consecutive answers from one connection's bytes, calling `onAnswer(status)` when each
 * has been read to its end. `read` answers false when the bytes cannot be an HTTP/1.1 answer.
 * Exported for its tests (tests/bench/closed-loop.test.ts).
 */
export class AnswerReader {
  private pending: Buffer = Buffer.alloc(0);
  private state: "head" | "length" | "chunk-size" | "chunk-data" | "trailer" = "head";
  private status = 0;
  private remaining = 0;

  constructor(private readonly onAnswer: (status: number) => void) {}

  read(data: Buffer): boolean {
    const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, data]) : data;
    this.pending = Buffer.alloc(0);
    let at = 0;
    while (at < bytes.length) {
      if (this.state === "length" || this.state === "chunk-data") {
        const take = Math.min(this.remaining, bytes.length - at);
        this.remaining -= take;
        at += take;
        if (this.remaining > 0) break;
        if (this.state === "length") this.finish();
        else this.state = "chunk-size";
        continue;
      }
      const end = bytes.indexOf(this.state === "head" ? HEAD_END : CRLF, at);
      if (end === -1) {
        if (bytes.length - at > MAX_LINE) return false;
        this.pending = Buffer.from(bytes.subarray(at));
        break;
      }
      const text = bytes.toString("latin1", at, end);
      at = end + (this.state === "head" ? HEAD_END.length : CRLF.length);
      if (!this.advance(text)) return false;
    }
    return true;
  }

  /** One head, chunk-size line or trailer line read; false when it is not one. */
  private advance(text: string): boolean {
    if (this.state === "head") return this.readHead(text);
    if (this.state === "chunk-size") {
      // Chunk data ends with CRLF, read here as an empty line before the next size.
      if (text === "") return true;
      const size = Number.parseInt(text.split(";")[0] ?? "", 16);
      if (!Number.isInteger(size) || size < 0) return false;
      if (size === 0) this.state = "trailer";
      else {
        this.state = "chunk-data";
        this.remaining = size;
      }
      return true;
    }
    // trailer: header lines until an empty one ends the answer
    if (text === "") this.finish();
    return true;
  }

  private readHead(head: string): boolean {
    const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
    if (!match) return false;
    this.status = Number(match[1]);
    const fields = head.split("\r\n").slice(1).map((line) => line.toLowerCase());
    const isChunked = fields.some((line) => line.startsWith("transfer-encoding:") && line.includes("chunked"));
    const length = fields.find((line) => line.startsWith("content-length:"));
    const hasNoBody = this.status < 200 || this.status === 204 || this.status === 304;
    if (hasNoBody) {
      if (this.status >= 200) this.finish();
      return true;
    }
    if (isChunked) {
      this.state = "chunk-size";
      return true;
    }
    if (length === undefined) return false;
    this.remaining = Number(length.slice("content-length:".length).trim());
    if (!Number.isSafeInteger(this.remaining) || this.remaining < 0) return false;
    if (this.remaining === 0) this.finish();
    else this.state = "length";
    return true;
  }

  private finish(): void {
    this.state = "head";
    this.remaining = 0;
    this.onAnswer(this.status);
  }
}
