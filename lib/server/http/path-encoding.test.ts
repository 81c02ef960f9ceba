import { describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { hasMalformedPercentEncoding, malformedPathAnswer, MALFORMED_PATH_ERROR } from "@/lib/server/http/path-encoding";

describe("hasMalformedPercentEncoding", () => {
  test.each([
    ["/api/projects/%E0%A4%A", true],
    ["/share/%", true],
    ["/projects/%zz/history", true],
    ["/projects/%C0%AF", true], // overlong "/"
    ["/projects/%ED%A0%80", true], // a surrogate, as UTF-8
    ["/a%/b", true],
    ["/api/projects/%E0%A4%A4", false],
    ["/projects/abc%20def", false],
    ["/api/projects/abc/runbook/steps/a%3Ab", false],
    ["/", false],
    ["/api/health", false],
  ])("%s → %s", (pathname, expected) => {
    expect(hasMalformedPercentEncoding(pathname)).toBe(expected);
  });
});

describe("malformedPathAnswer", () => {
  test("API: 400 with the JSON error", async () => {
    const answer = malformedPathAnswer(new NextRequest("http://127.0.0.1/api/projects/%E0%A4%A"));
    expect(answer?.status).toBe(400);
    expect(await answer?.json()).toEqual(MALFORMED_PATH_ERROR);
    expect(answer?.headers.get("cache-control")).toBe("no-store");
  });

  test("share API: the share headers too", () => {
    const answer = malformedPathAnswer(new NextRequest("http://127.0.0.1/api/share/%/bundle"));
    expect(answer?.status).toBe(400);
    expect(answer?.headers.get("referrer-policy")).toBe("no-referrer");
    expect(answer?.headers.get("cache-control")).toBe("private, no-store");
  });

  test("pages: rewritten to an address no route matches (the not-found page)", () => {
    const answer = malformedPathAnswer(new NextRequest("http://127.0.0.1/projects/%"));
    expect(answer?.headers.get("x-middleware-rewrite")).toMatch(/^http:\/\/[^/]+\/_malformed-address$/);
    const share = malformedPathAnswer(new NextRequest("http://127.0.0.1/share/%"));
    expect(share?.headers.get("x-middleware-rewrite")).toMatch(/^http:\/\/[^/]+\/share\/malformed-address$/);
  });

  test("well-formed paths pass through", () => {
    expect(malformedPathAnswer(new NextRequest("http://127.0.0.1/projects/abc"))).toBeNull();
  });
});
