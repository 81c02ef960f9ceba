import { describe, expect, it } from "vitest";
import { regionKeys } from "./region-keys";

describe("regionKeys", () => {
  it("keeps the other regions' keys when one before them is removed", () => {
    const before = regionKeys([{ id: "aws:us-east-1" }, { id: "aws:us-west-2" }, { id: "gcp:europe-west1" }]);
    const after = regionKeys([{ id: "aws:us-east-1" }, { id: "gcp:europe-west1" }]);
    expect(before).toEqual(["aws:us-east-1:0", "aws:us-west-2:0", "gcp:europe-west1:0"]);
    expect(after).toEqual(["aws:us-east-1:0", "gcp:europe-west1:0"]);
  });

  it("gives a region listed twice two distinct keys", () => {
    expect(regionKeys([{ id: "aws:us-east-1" }, { id: "aws:us-east-1" }])).toEqual(["aws:us-east-1:0", "aws:us-east-1:1"]);
  });
});
