import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { QuantityError, formatCpu, formatMemoryGiB, parseCpu, parseMemoryGiB } from "./index";

describe("parseCpu", () => {
  test.each([
    ["2", 2],
    ["1.5", 1.5],
    ["500m", 0.5],
    ["250m", 0.25],
    ["0", 0],
    ["16", 16],
    ["2000m", 2],
    [" 4 ", 4],
  ])("%j is %d CPUs", (quantity, cpus) => {
    expect(parseCpu(quantity)).toBe(cpus);
  });

  test.each(["", "2 cores", "-1", "1e3", "m", "2M", "0.5Gi"])("%j is refused", (quantity) => {
    expect(() => parseCpu(quantity)).toThrow(QuantityError);
  });
});

describe("parseMemoryGiB", () => {
  test.each([
    ["8Gi", 8],
    ["512Mi", 0.5],
    ["1Ti", 1024],
    ["1048576Ki", 1],
    ["1073741824", 1],
    ["16Gi", 16],
    ["0.5Gi", 0.5],
    ["1G", 1e9 / 2 ** 30],
    ["1000M", 1e9 / 2 ** 30],
  ])("%j is %d GiB", (quantity, gib) => {
    expect(parseMemoryGiB(quantity)).toBeCloseTo(gib, 12);
  });

  test.each(["", "8GB", "8gi", "-1Gi", "Gi", "8 Gi x"])("%j is refused", (quantity) => {
    expect(() => parseMemoryGiB(quantity)).toThrow(QuantityError);
  });
});

describe("formatCpu and formatMemoryGiB", () => {
  test.each([
    [2, "2"],
    [16, "16"],
    [0.5, "500m"],
    [1.5, "1500m"],
    [0.0005, "1m"],
  ])("formatCpu(%d) is %j", (cpus, text) => {
    expect(formatCpu(cpus)).toBe(text);
  });

  test.each([
    [8, "8Gi"],
    [64, "64Gi"],
    [0.5, "512Mi"],
    [1.25, "1280Mi"],
  ])("formatMemoryGiB(%d) is %j", (gib, text) => {
    expect(formatMemoryGiB(gib)).toBe(text);
  });

  test("formatted values parse back to at least the number formatted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 256_000 }), (milli) => {
        const cpus = milli / 1000;
        expect(parseCpu(formatCpu(cpus))).toBeGreaterThanOrEqual(cpus);
        expect(parseMemoryGiB(formatMemoryGiB(cpus))).toBeGreaterThanOrEqual(cpus);
      }),
    );
  });

  test("negative numbers are refused", () => {
    expect(() => formatCpu(-1)).toThrow(RangeError);
    expect(() => formatMemoryGiB(Number.NaN)).toThrow(RangeError);
  });
});
