import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { fromYaml, toYaml } from "@/lib/core/bundle/serialize/yaml";
import { readWithPyYaml, requirePyYaml } from "./readers/pyyaml";

/**
 * Issue 12: strings that YAML 1.1 readers (go-yaml in Helm, PyYAML) read differently from YAML
 * 1.2 readers, or refuse. Each is written in a values-like document and must read back as the
 * same object in the `yaml` library (1.1 and 1.2) and in PyYAML (libyaml and pure Python).
 */
const CASES: [string, string, string | null][] = [
  ["NEL", "a\u0085b", "\\N"],
  ["line separator", "a\u2028b", "\\L"],
  ["paragraph separator", "a\u2029b", "\\P"],
  ["all three alone", "\u0085\u2028\u2029", "\\N\\L\\P"],
  ["tab inside a namespace", "team\tprod", "\\t"],
  ["tab at the end", "prod\t", "\\t"],
  ["byte order mark inside", "a\ufeffb", "\\ufeff"],
  ["byte order mark first", "\ufeffteleport", "\\ufeff"],
  ["C1 control", "x\u0090y", "\\x90"],
  ["DEL", "x\u007fy", "\\x7f"],
  ["not a character", "x\uffffy", "\\uffff"],
  ["backslash before a separator", "\\\u2028", "\\\\\\L"],
  ["separator in a multi-line value", "line one\nline\u2028two\n", "\\L"],
  ["YAML 1.1 value key", "=", "\"=\""],
  ["emoji and NBSP stay as they are", "🙂\u00a0ü", null],
];

const documentOf = (value: string) => ({ clusterName: value, nested: { list: [value, "plain"], [value]: "as a key" } });

describe("YAML that every reader reads the same", () => {
  test.each(CASES)("%s", (_name, value, escape) => {
    const text = toYaml(documentOf(value), [`comment with ${value}`]);
    const expected = documentOf(value);
    expect(fromYaml(text)).toEqual(expected);
    expect(parse(text, { version: "1.2" })).toEqual(expected);
    if (escape !== null) expect(text).toContain(escape);
    expect(text).not.toMatch(/[\u0085\u2028\u2029\ufeff\u007f-\u009f\uffff]/);
  });

  test.runIf(requirePyYaml())("PyYAML (libyaml and pure Python) reads every case as written", () => {
    const readings = readWithPyYaml(CASES.map(([, value]) => toYaml(documentOf(value))));
    readings.forEach((reading, i) => {
      const expected = { value: documentOf(CASES[i]![1]) };
      expect(reading.c, `${CASES[i]![0]} (libyaml)`).toEqual(expected);
      expect(reading.py, `${CASES[i]![0]} (pure Python)`).toEqual(expected);
    });
  });
});
