import { describe, expect, test } from "vitest";
import { errorId, fieldId, groupIssues } from "./form-context";

describe("groupIssues", () => {
  test("groups messages by exact path and drops repeated messages", () => {
    const grouped = groupIssues([
      { path: "regions.0.kubernetes.podCidr", message: "A" },
      { path: "regions.0.kubernetes.podCidr", message: "A" },
      { path: "regions.0.kubernetes.podCidr", message: "B" },
      { path: "regions.1.kubernetes.podCidr", message: "A" },
    ]);
    expect([...grouped.entries()]).toEqual([
      ["regions.0.kubernetes.podCidr", ["A", "B"]],
      ["regions.1.kubernetes.podCidr", ["A"]],
    ]);
  });

  test("ids follow the shell's convention", () => {
    expect(fieldId("teleport.workload.sshNodes")).toBe("field-teleport.workload.sshNodes");
    expect(errorId("teleport.workload.sshNodes")).toBe("field-teleport.workload.sshNodes-error");
  });
});
