import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { AnswerReader, closedLoop } from "@/bench/closed-loop";

// The stall benchmark's load generator (bench/closed-loop.ts) reads answers itself; these tests
// hold it to what a real HTTP server (Node's) sends, so a misread answer cannot pass as a fast one.

let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function serve(handler: RequestListener): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readAll(stream: string[]): number[] {
  const statuses: number[] = [];
  const reader = new AnswerReader((status) => statuses.push(status));
  for (const part of stream) expect(reader.read(Buffer.from(part, "latin1"))).toBe(true);
  return statuses;
}

describe("AnswerReader", () => {
  const fixed = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
  const chunked = "HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nx-trailer: 1\r\n\r\n";
  const empty = "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n";

  test("answers split at every byte are read as whole answers, in order", () => {
    const stream = fixed + chunked + empty + "HTTP/1.1 100 Continue\r\n\r\n" + fixed;
    expect(readAll([...stream])).toEqual([200, 404, 304, 200]);
  });

  test("answers arriving together in one read are each counted", () => {
    expect(readAll([fixed + chunked + empty + fixed])).toEqual([200, 404, 304, 200]);
  });

  test("a body's bytes that look like a head are counted as body, not read as an answer", () => {
    const inner = "HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n";
    expect(readAll([`HTTP/1.1 200 OK\r\nContent-Length: ${inner.length}\r\n\r\n${inner}`])).toEqual([200]);
  });

  test.each([
    ["not HTTP", "SSH-2.0-OpenSSH\r\n\r\n"],
    ["no length and not chunked", "HTTP/1.1 200 OK\r\n\r\n"],
    ["a chunk size that is not hexadecimal", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"],
    ["a negative length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"],
  ])("refuses %s", (_, bytes) => {
    const reader = new AnswerReader(() => undefined);
    expect(reader.read(Buffer.from(bytes, "latin1"))).toBe(false);
  });
});

describe("closedLoop against Node's HTTP server", () => {
  test("every answer is counted once, with its status, for fixed-length and chunked bodies of any size", async () => {
    const big = Buffer.alloc(300_000, 7);
    let served = 0;
    const url = await serve((request, response) => {
      served += 1;
      if (request.url === "/chunked") {
        // Written in three pieces, so the chunks cross the reads.
        response.writeHead(201);
        response.write(big.subarray(0, 1000));
        setImmediate(() => {
          response.write(big.subarray(1000, 150_000));
          response.end(big.subarray(150_000));
        });
      } else if (request.url === "/not-modified") {
        response.writeHead(304, { etag: '"a"' }).end();
      } else {
        response.writeHead(200, { "content-length": String(big.length) }).end(big);
      }
    });
    for (const [path, status] of [["/fixed", 200], ["/chunked", 201], ["/not-modified", 304]] as const) {
      served = 0;
      const statuses: number[] = [];
      const { answers, errors } = await closedLoop({ url, path, connections: 3, seconds: 0.3, onAnswer: (code) => statuses.push(code) });
      expect(errors).toBe(0);
      expect(answers).toBeGreaterThan(3);
      expect(statuses).toHaveLength(answers);
      expect(new Set(statuses)).toEqual(new Set([status]));
      expect(served).toBe(answers);
    }
  });

  test("a server that closes the connection makes an error, not an answer", async () => {
    const url = await serve((request) => request.socket.destroy());
    const { answers, errors } = await closedLoop({ url, path: "/", connections: 2, seconds: 0.2, onAnswer: () => undefined });
    expect([answers, errors]).toEqual([0, 2]);
  });
});
