import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle } from "@/lib/core/bundle";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

describe("zipBundle", () => {
  const files = buildBundle(BLUEPRINT_TEMPLATE, analyzePlan(BLUEPRINT_TEMPLATE));

  test("two zips of the same plan are byte-identical, even with the analysis recomputed", () => {
    const again = buildBundle(structuredClone(BLUEPRINT_TEMPLATE), analyzePlan(structuredClone(BLUEPRINT_TEMPLATE)));
    expect(Buffer.from(zipBundle(again)).equals(Buffer.from(zipBundle(files)))).toBe(true);
  });

  test("the order the files come in does not matter", () => {
    expect(Buffer.from(zipBundle([...files].reverse())).equals(Buffer.from(zipBundle(files)))).toBe(true);
  });

  test("unzipping gives back exactly the files, in path order", () => {
    const unzipped = unzipSync(zipBundle(files));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.path));
    expect(Object.entries(unzipped).map(([path, bytes]) => ({ path, content: strFromU8(bytes) }))).toEqual(files.map(({ path, content }) => ({ path, content })));
  });

  test("entries carry the fixed timestamp 1980-01-01 00:00 and Unix modes (scripts executable)", () => {
    const zip = zipBundle(files);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const entries: { name: string; dosDate: number; dosTime: number; mode: number }[] = [];
    // Walk the central directory (signature 0x02014b50), as unzip does.
    for (let at = 0; at + 46 <= zip.length; at += 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      entries.push({
        name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
        dosTime: view.getUint16(at + 12, true),
        dosDate: view.getUint16(at + 14, true),
        mode: view.getUint32(at + 38, true) >>> 16,
      });
      at += 45 + nameLength;
    }
    expect(entries).toHaveLength(files.length);
    // DOS date: (year - 1980) << 9 | month << 5 | day → 1980-01-01 is 0x21; midnight is 0.
    expect(new Set(entries.map((e) => `${e.dosDate}/${e.dosTime}`))).toEqual(new Set(["33/0"]));
    expect(entries.find((e) => e.name === "cockroachdb/certificates.sh")?.mode.toString(8)).toBe("100755");
    expect(entries.find((e) => e.name === "README.md")?.mode.toString(8)).toBe("100644");
  });

  test("an empty bundle is a valid empty zip", () => {
    expect(unzipSync(zipBundle([]))).toEqual({});
  });
});
