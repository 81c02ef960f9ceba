import { expect, test } from "vitest";
import { bundleFileName, projectSlug } from "./file-name";

test.each([
  ["Acme multi-region", "acme-multi-region"],
  ["  Équipe Zürich / prod #2  ", "equipe-zurich-prod-2"],
  ['a"b\r\nContent-Type: x', "a-b-content-type-x"],
  ["日本語", "project"],
  ["", "project"],
  ["x".repeat(80), "x".repeat(60)],
  [`${"a".repeat(59)}-b`, "a".repeat(59)],
])("projectSlug(%j) = %j", (name, expected) => {
  expect(projectSlug(name)).toBe(expected);
});

test("bundleFileName", () => {
  expect(bundleFileName("Acme Prod", 12)).toBe("acme-prod-r12.zip");
});
