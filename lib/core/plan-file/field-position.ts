import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { TextPosition } from "./read-plan-text";

/**
 * Finds plan fields in the text of a plan file, so a finding about "regions.1.kubernetes.podCidr"
 * can point at its line (SARIF locations, editor diagnostics). JSON is YAML 1.2's flow style,
 * so one YAML reader serves both formats with the source ranges it keeps. A path that is not in
 * the file (a default the core supplied, a field the file leaves out) points at the nearest
 * enclosing field that is, and the file's first line when nothing matches.
 */
export function fieldPositions(text: string): (path: string) => TextPosition {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", lineCounter, logLevel: "silent" });
  const at = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const segment of path === "" ? [] : path.split(".")) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (!item || !/^\d+$/.test(segment)) break;
        offset = (item as Node).range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return at(offset);
  };
}
