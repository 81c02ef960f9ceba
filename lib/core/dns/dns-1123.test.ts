import { describe, expect, test } from "vitest";
import { dns1123LabelProblem, dns1123SubdomainProblem, isDns1123Label, isDns1123Subdomain } from "./dns-1123";

describe("dns1123LabelProblem", () => {
  test.each(["teleport", "us-east-1", "a", "0", "a".repeat(63)])("%s is a label", (name) => {
    expect(dns1123LabelProblem(name)).toBeNull();
    expect(isDns1123Label(name)).toBe(true);
  });

  test.each([
    ["", "The name is empty."],
    ["a".repeat(64), "It is 64 characters long; the limit is 63."],
    ["Teleport", "The name has upper-case letters; use lower case only."],
    ["tele_port", 'The name contains "_"; only lower-case letters, digits and "-" are allowed.'],
    ["a.b", 'The name contains "."; only lower-case letters, digits and "-" are allowed.'],
    ["-teleport", "The name must start and end with a lower-case letter or digit."],
    ["teleport-", "The name must start and end with a lower-case letter or digit."],
  ])("%j is refused: %s", (name, message) => {
    expect(dns1123LabelProblem(name)).toBe(message);
    expect(isDns1123Label(name)).toBe(false);
  });
});

describe("dns1123SubdomainProblem", () => {
  test.each(["proxy-cert", "teleport-multi-region.example.org", "a.b.c", "a".repeat(253)])("%s is a subdomain", (name) => {
    expect(dns1123SubdomainProblem(name)).toBeNull();
    expect(isDns1123Subdomain(name)).toBe(true);
  });

  test.each([
    ["", {}, "The name is empty."],
    ["a".repeat(254), {}, "It is 254 characters long; the limit is 253."],
    ["a..b", {}, "The name has an empty part: no leading, trailing or doubled dots."],
    [".a", {}, "The name has an empty part: no leading, trailing or doubled dots."],
    ["example.org.", {}, "The name has an empty part: no leading, trailing or doubled dots."],
    ["Proxy-Cert", {}, "The name has upper-case letters; use lower case only."],
    ["teleport.Example.org", {}, 'Part 2 ("Example") has upper-case letters; use lower case only.'],
    ["a.-b.c", {}, 'Part 2 ("-b") must start and end with a lower-case letter or digit.'],
    ["proxy cert", {}, 'The name contains " "; only lower-case letters, digits and "-" are allowed.'],
    [`${"a".repeat(64)}.example.org`, { isHostname: true }, 'Part 1 ("' + "a".repeat(64) + '") is 64 characters long; a DNS label may have at most 63.'],
  ])("%j is refused", (name, options, message) => {
    expect(dns1123SubdomainProblem(name, options)).toBe(message);
  });

  test("a long label is a valid Kubernetes subdomain but not a hostname", () => {
    const name = `${"a".repeat(64)}.example.org`;
    expect(dns1123SubdomainProblem(name)).toBeNull();
    expect(dns1123SubdomainProblem(name, { isHostname: true })).not.toBeNull();
  });
});
