import { Agent, request } from "node:http";

/**
 * A closed-loop HTTP load: `connections` clients on kept-alive sockets, each sending its next GET
 * as soon as the last answer has been read to its end, for `seconds`. Every answer's latency
 * (request written to last byte read, in ms) and status are handed to `onAnswer`.
 *
 * Why not autocannon for the cached-answer rows of bench/stall.ts: autocannon turns every body
 * into a JavaScript string (`req.body += data` in its pipelinedRequestsQueue.js, after
 * http-parser-js in JavaScript), which cost the client about 1.6 ms of CPU per 135 KB zip against
 * 0.1 ms per /api/ping answer (process.cpuUsage, 2026-12-05). On a 2-core machine that client
 * shares with the server, the large bodies then measured the load generator. Here Node's own
 * parser (llhttp, native) reads the answer and the body is discarded unread (`resume`), so the
 * client's cost per answer hardly depends on the body's size.
 */
export async function closedLoop(options: {
  url: string;
  path: string;
  connections: number;
  seconds: number;
  onAnswer: (status: number, latencyMs: number) => void;
}): Promise<{ answers: number; errors: number }> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const deadline = performance.now() + options.seconds * 1000;
  let answers = 0;
  let errors = 0;
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = request({ agent, host: target.hostname, port: target.port, path: options.path, method: "GET" }, (res) => {
        res.resume();
        res.on("end", () => {
          answers += 1;
          options.onAnswer(res.statusCode ?? 0, performance.now() - start);
          resolve();
        });
        res.on("error", () => {
          errors += 1;
          resolve();
        });
      });
      req.on("error", () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const client = async () => {
    while (performance.now() < deadline) await once();
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, client));
  } finally {
    agent.destroy();
  }
  return { answers, errors };
}
