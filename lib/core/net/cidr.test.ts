import { describe, expect, test } from "vitest";
import { cidrSize, cidrsOverlap, parseCidr } from "./cidr";

describe("parseCidr", () => {
  test.each([
    ["10.16.0.0/14", { first: 0x0a100000, last: 0x0a13ffff, prefix: 14 }],
    ["0.0.0.0/0", { first: 0, last: 2 ** 32 - 1, prefix: 0 }],
    ["192.168.1.7/32", { first: 0xc0a80107, last: 0xc0a80107, prefix: 32 }],
  ])("%s parses", (text, expected) => {
    expect(parseCidr(text)).toMatchObject(expected);
  });

  test.each(["10.16.0.1/14", "10.0.0.0/33", "256.0.0.0/8", "10.0.0/8", "10.0.0.0", "010.0.0.0/8", " 10.0.0.0/8", "fd00::/8"])(
    "%s is refused",
    (text) => {
      expect(parseCidr(text)).toBeNull();
    },
  );
});

describe("cidrsOverlap", () => {
  const c = (t: string) => parseCidr(t)!;
  test.each([
    ["10.0.0.0/16", "10.0.255.0/24", true],
    ["10.0.0.0/16", "10.1.0.0/16", false],
    ["10.0.0.0/8", "10.200.0.0/16", true],
    ["172.16.0.0/12", "172.32.0.0/12", false],
    ["10.0.0.0/15", "10.1.0.0/16", true],
  ])("%s and %s overlap: %s", (a, b, expected) => {
    expect(cidrsOverlap(c(a), c(b))).toBe(expected);
    expect(cidrsOverlap(c(b), c(a))).toBe(expected);
  });

  test("size", () => {
    expect(cidrSize(c("10.0.0.0/24"))).toBe(256);
  });
});
