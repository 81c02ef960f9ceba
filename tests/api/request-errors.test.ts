import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { POST as postProject } from "@/app/api/projects/route";
import { POST as postAnalyze } from "@/app/api/analyze/route";
import { MAX_BODY_BYTES } from "@/lib/server/api/read-json-body";
import { call } from "@/tests/helpers/api-request";

useTestDatabase();

const VALIDATION = { code: "validation_failed", message: "Some fields are not valid; see issues." };
const JSON_HEADERS = { "content-type": "application/json" };

/** A JSON body of exactly `bytes` bytes: a valid project plus a padding field. */
function paddedBody(bytes: number): string {
  const head = '{"name":"Padded","template":"blank","pad":"';
  const tail = '"}';
  return head + "a".repeat(bytes - head.length - tail.length) + tail;
}

function streamOf(text: string, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

describe("malformed bodies → 400", () => {
  test.each([
    ["{", "The request body is not valid JSON: syntax error at line 1, column 2."],
    ['{\n  "name": "x",\n}', "The request body is not valid JSON: syntax error at line 3, column 1."],
    ["not json", "The request body is not valid JSON."],
    ["", "The request body is empty: send a JSON object."],
    ["   \n", "The request body is empty: send a JSON object."],
  ])("%j", async (rawBody, message) => {
    const response = await call(postProject, { rawBody, headers: JSON_HEADERS });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "invalid_json", message } });
  });

  test("bytes that are not UTF-8", async () => {
    const response = await call(postProject, { rawBody: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: JSON_HEADERS });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "invalid_json", message: "The request body is not valid UTF-8 text." } });
  });
});

describe("content type → 415", () => {
  test.each([[undefined], ["text/plain"], ["application/x-www-form-urlencoded"], ["application/json; charset=latin1"], ["application/jsonp"]])("%s", async (type) => {
    const response = await call(postProject, { rawBody: '{"name":"x","template":"blank"}', headers: type ? { "content-type": type } : {} });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ error: { code: "unsupported_media_type", message: "Send the request body as JSON with the header Content-Type: application/json." } });
  });

  test.each([["application/json; charset=UTF-8"], ["Application/JSON"], ["application/merge-patch+json"]])("%s is accepted", async (type) => {
    const response = await call(postProject, { rawBody: '{"name":"Typed","template":"blank"}', headers: { "content-type": type } });
    expect(response.status).toBe(201);
  });
});

describe("body size → 413 above 1 MiB", () => {
  const TOO_LARGE = { error: { code: "payload_too_large", message: "The request body is larger than 1 MiB." } };

  test("a body of exactly 1 MiB is read (and then validated)", async () => {
    const response = await call(postProject, { rawBody: paddedBody(MAX_BODY_BYTES), headers: JSON_HEADERS });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { ...VALIDATION, issues: [{ path: "pad", message: 'Unknown field "pad": remove it.' }] } });
  });

  test("one byte more is refused, counting the bytes when no Content-Length is sent", async () => {
    const response = await call(postProject, { rawBody: streamOf(paddedBody(MAX_BODY_BYTES + 1)), headers: JSON_HEADERS });
    expect(response.status).toBe(413);
    expect(response.body).toEqual(TOO_LARGE);
  });

  test("a declared Content-Length over the limit is refused before reading", async () => {
    const response = await call(postProject, { rawBody: '{"name":"x","template":"blank"}', headers: { ...JSON_HEADERS, "content-length": String(MAX_BODY_BYTES + 1) } });
    expect(response.status).toBe(413);
    expect(response.body).toEqual(TOO_LARGE);
  });

  test("a Content-Length that understates the body does not get past the count", async () => {
    const response = await call(postProject, { rawBody: streamOf(paddedBody(2 * MAX_BODY_BYTES)), headers: { ...JSON_HEADERS, "content-length": "10" } });
    expect(response.status).toBe(413);
  });
});

describe("bodies of the wrong shape → 422", () => {
  test.each([["[]"], ["null"], ['"text"'], ["42"]])("%s is not an object", async (rawBody) => {
    const response = await call(postProject, { rawBody, headers: JSON_HEADERS });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { ...VALIDATION, issues: [{ path: "", message: "Expected object." }] } });
  });

  test("deeply nested JSON is refused without a server error", async () => {
    const depth = 100_000;
    const response = await call(postAnalyze, { rawBody: `{"plan":${"[".repeat(depth)}${"]".repeat(depth)}}`, headers: JSON_HEADERS });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { ...VALIDATION, issues: [{ path: "plan", message: "Expected object." }] } });
  });
});

describe("prototype pollution", () => {
  test.each([
    ['{"name":"x","template":"blank","__proto__":{"isAdmin":true}}', "__proto__"],
    ['{"name":"x","template":"blank","constructor":{"prototype":{"isAdmin":true}}}', "constructor"],
  ])("%s is refused and pollutes nothing", async (rawBody, key) => {
    const response = await call(postProject, { rawBody, headers: JSON_HEADERS });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { ...VALIDATION, issues: [{ path: key, message: `Unknown field "${key}": remove it.` }] } });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("isAdmin");
  });

  test("a __proto__ key inside the plan is refused with its path", async () => {
    const response = await call(postAnalyze, { rawBody: '{"plan":{"__proto__":{"schemaVersion":1}}}', headers: JSON_HEADERS });
    expect(response.status).toBe(422);
    const { issues } = (response.body as { error: { issues: { path: string }[] } }).error;
    expect(issues.map((issue) => issue.path)).toContain("plan.__proto__");
    expect(Object.prototype).not.toHaveProperty("schemaVersion");
  });
});
