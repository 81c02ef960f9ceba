import { Document, Scalar, parse, visit } from "yaml";

/**
 * YAML for Helm values and Kubernetes manifests. Helm and Kubernetes read YAML with go-yaml,
 * which still treats YAML 1.1 plain scalars such as `on`, `no`, `yes` and `0755` as booleans
 * and numbers, while other tools read YAML 1.2. The document is written in YAML 1.1 mode (so
 * the `yaml` library quotes the 1.1 ambiguities) and every string that a YAML 1.2 reader would
 * take for something else (`0o12`, `.NaN`) is double-quoted as well, so both readers get the
 * same object back (STYLE.md: "Rendering manifests").
 */
export function toYaml(value: unknown, comment: readonly string[] = []): string {
  const doc = new Document(value, { version: "1.1" });
  // The library writes each comment line with its own "#", so prose cannot end the comment early.
  if (comment.length > 0) doc.commentBefore = comment.map((line) => ` ${line}`).join("\n");
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && !isPlainSafe(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // lineWidth 0: long URLs and commands stay on one line instead of being folded.
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** Answers for strings already seen: bundles repeat the same keys and values many times. */
const SAFETY = new Map<string, boolean>();
const SAFETY_MAX = 5_000;

/**
 * True when the string, written the way the library picks (plain, or a block scalar for text
 * with line breaks), reads back as the same string in YAML 1.1 and 1.2. Block scalars need the
 * probe too: text whose lines are all blank (" \n") is written as `|+` with a line of spaces,
 * which readers take for an empty line, dropping the space (found by the hostile-plan property).
 */
function isPlainSafe(value: string): boolean {
  const known = SAFETY.get(value);
  if (known !== undefined) return known;
  let isSafe: boolean;
  try {
    // Probing parses may meet tags or directives in hostile text; they only make the answer "quote it".
    isSafe = value.includes("\n") ? blockReadsBack(value) : readsBack(value, value);
  } catch {
    isSafe = false;
  }
  if (SAFETY.size >= SAFETY_MAX) SAFETY.clear();
  SAFETY.set(value, isSafe);
  return isSafe;
}

/** True when both readers get `value` back from `text`, found at `path` (keys) when given. */
function readsBack(text: string, value: string, path: readonly string[] = []): boolean {
  const at = (parsed: unknown) => path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), parsed);
  return at(parse(text, { version: "1.2", logLevel: "silent" })) === value && at(parse(text, { version: "1.1", logLevel: "silent" })) === value;
}

/** The library's own rendering of a multi-line string, as a value nested in a mapping like the bundle's. */
function blockReadsBack(value: string): boolean {
  const text = new Document({ key: { nested: value } }, { version: "1.1" }).toString({ lineWidth: 0, minContentWidth: 0 });
  return readsBack(text, value, ["key", "nested"]);
}

/** Parses YAML the way the bundle's readers do (1.1), for tests and previews. */
export function fromYaml(text: string): unknown {
  return parse(text, { version: "1.1" });
}
