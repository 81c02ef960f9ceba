import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { encodedBody, encodedBodyCache, etagOf } from "./encoded-body-cache";
import { encodedResponse, matchesIfNoneMatch } from "./encoded-response";

const bytesOf = (length: number, fill = 1) => new Uint8Array(length).fill(fill);
const entry = (length: number, fill = 1) => encodedBody(bytesOf(length, fill));

describe("encodedBody", () => {
  test("keeps the UTF-8 bytes of text and tags them with their SHA-256, quoted (a strong ETag)", () => {
    const body = encodedBody('{"name":"Zürich"}');
    expect(new TextDecoder().decode(body.bytes)).toBe('{"name":"Zürich"}');
    expect(body.bytes.byteLength).toBe(18);
    expect(body.etag).toBe(`"${createHash("sha256").update('{"name":"Zürich"}', "utf8").digest("base64url")}"`);
    expect(etagOf(new TextEncoder().encode('{"name":"Zürich"}'))).toBe(body.etag);
    expect(encodedBody('{"name":"Zurich"}').etag).not.toBe(body.etag);
  });
});

describe("encodedBodyCache", () => {
  test("keeps at most maxBytes of bodies, evicting the least recently used first", () => {
    const cache = encodedBodyCache(100);
    cache.set("a", entry(40));
    cache.set("b", entry(40));
    expect(cache.get("a")?.bytes.byteLength).toBe(40); // a is now the most recently used
    cache.set("c", entry(40)); // 120 > 100: b goes, not a
    expect([cache.get("a") !== undefined, cache.get("b") !== undefined, cache.get("c") !== undefined]).toEqual([true, false, true]);
    expect([cache.size, cache.bytes]).toEqual([2, 80]);
  });

  test("one large body evicts as many entries as it needs", () => {
    const cache = encodedBodyCache(100);
    for (const key of ["a", "b", "c", "d"]) cache.set(key, entry(25));
    cache.set("big", entry(70));
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, undefined, undefined]);
    expect([cache.size, cache.bytes]).toEqual([2, 95]);
  });

  test("a body larger than the whole bound is returned but not kept, and evicts nothing", () => {
    const cache = encodedBodyCache(100);
    cache.set("a", entry(60));
    const huge = entry(101);
    expect(cache.set("huge", huge)).toBe(huge);
    expect(cache.get("huge")).toBeUndefined();
    expect([cache.size, cache.bytes]).toEqual([1, 60]);
  });

  test("replacing a key counts its bytes once; delete gives them back", () => {
    const cache = encodedBodyCache(100);
    cache.set("a", entry(60));
    cache.set("a", entry(70, 2));
    expect([cache.size, cache.bytes, cache.get("a")?.bytes[0]]).toEqual([1, 70, 2]);
    cache.delete("a");
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});

describe("encodedResponse", () => {
  const body = encodedBody('{"ok":true}');
  const request = (ifNoneMatch?: string) => new Request("http://planner.test/x", { headers: ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch } });

  test("200 with the stored bytes, the given headers and the ETag", async () => {
    const response = encodedResponse(request(), body, { "content-type": "application/json", "cache-control": "no-store" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"ok":true}');
    expect(Object.fromEntries(response.headers)).toEqual({ "content-type": "application/json", "cache-control": "no-store", etag: body.etag });
  });

  test("hands on the cached bytes without detaching them: every answer reads all of them, and the cache still holds them", async () => {
    const large = encodedBody(bytesOf(300_000, 7));
    const answers = await Promise.all([1, 2, 3].map(async () => Buffer.from(await encodedResponse(request(), large, {}).arrayBuffer())));
    expect(answers.map((bytes) => [bytes.byteLength, bytes.equals(Buffer.from(large.bytes))])).toEqual([[300_000, true], [300_000, true], [300_000, true]]);
    expect(large.bytes.byteLength).toBe(300_000);
  });

  test("304 with the same headers and no body when If-None-Match names the ETag (weakly compared, in a list, or *)", async () => {
    for (const header of [body.etag, `W/${body.etag}`, `"other", ${body.etag}`, "*"]) {
      const response = encodedResponse(request(header), body, { "cache-control": "no-store" });
      expect([header, response.status, await response.text(), response.headers.get("etag"), response.headers.get("cache-control")]).toEqual([header, 304, "", body.etag, "no-store"]);
    }
  });

  test("200 when If-None-Match names other tags", () => {
    for (const header of ['"other"', "", body.etag.slice(1, -1), `${body.etag}x`]) expect([header, matchesIfNoneMatch(request(header), body.etag)]).toEqual([header, false]);
    expect(encodedResponse(request('"other"'), body, {}).status).toBe(200);
  });
});
