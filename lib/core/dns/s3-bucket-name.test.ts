import { expect, test } from "vitest";
import { s3BucketNameProblem } from "./s3-bucket-name";

test.each(["teleport-sessions", "abc", "a.b-c", "teleport-sessions-us-east-1", "a".repeat(63)])("%s is a valid bucket name", (name) => {
  expect(s3BucketNameProblem(name)).toBeNull();
});

test.each([
  ["ab", "It is 2 characters long; S3 bucket names have 3 to 63."],
  ["a".repeat(64), "It is 64 characters long; S3 bucket names have 3 to 63."],
  ["Teleport", 'It contains "T"; S3 bucket names allow only lower-case letters, digits, "." and "-".'],
  ["tele_port", 'It contains "_"; S3 bucket names allow only lower-case letters, digits, "." and "-".'],
  ["-teleport", "S3 bucket names must start and end with a lower-case letter or digit."],
  ["teleport.", "S3 bucket names must start and end with a lower-case letter or digit."],
  ["tele..port", "S3 bucket names must not contain two dots in a row."],
  ["192.168.5.4", "S3 bucket names must not look like an IP address."],
  ["xn--teleport", 'S3 reserves names starting with "xn--".'],
  ["sthree-teleport", 'S3 reserves names starting with "sthree-".'],
  ["teleport-s3alias", 'S3 reserves names ending with "-s3alias".'],
  ["teleport.mrap", 'S3 reserves names ending with ".mrap".'],
])("%j is refused", (name, message) => {
  expect(s3BucketNameProblem(name)).toBe(message);
});
