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

/** True when the string, written plain, reads back as the same string in YAML 1.1 and 1.2. */
function isPlainSafe(value: string): boolean {
  if (value.includes("\n")) return true; // block scalars are chosen by the library and are unambiguous
  const known = SAFETY.get(value);
  if (known !== undefined) return known;
  let isSafe: boolean;
  try {
    // Probing parses may meet tags or directives in hostile text; they only make the answer "quote it".
    isSafe = parse(value, { version: "1.2", logLevel: "silent" }) === value && parse(value, { version: "1.1", logLevel: "silent" }) === value;
  } catch {
    isSafe = false;
  }
  if (SAFETY.size >= SAFETY_MAX) SAFETY.clear();
  SAFETY.set(value, isSafe);
  return isSafe;
}

/** Parses YAML the way the bundle's readers do (1.1), for tests and previews. */
export function fromYaml(text: string): unknown {
  return parse(text, { version: "1.1" });
}
