import { describe, expect, test } from "vitest";
import { zoneChoices } from "./zone-choices";

describe("zoneChoices", () => {
  test.each([
    ["aws:us-east-1 lists the catalog's zones", "aws:us-east-1", ["us-east-1a"], ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]],
    ["an unknown zone in the plan stays listed after the catalog's", "aws:eu-west-1", ["eu-west-1z"], ["eu-west-1a", "eu-west-1b", "eu-west-1c", "eu-west-1z"]],
    ["an Azure region without zones offers the region itself", "azure:canadaeast", [], ["canadaeast"]],
  ])("%s", (_name, regionId, planZones, expected) => {
    expect(zoneChoices(regionId, planZones)).toEqual(expected);
  });
});
