import { Document, Scalar, isCollection, isPair, isScalar, parse } from "yaml";

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
  quoteUnsafeScalars(doc.contents);
  // lineWidth 0: long URLs and commands stay on one line instead of being folded. directives
  // false: a document built here has no %YAML/%TAG directive or "---" to write (yaml 2.9
  // writes %YAML only when read from an explicit one, %TAG only for handles other than "!!",
  // "---" only with docStart), but by default the library walks every node to collect tag
  // names before concluding so (Directives#toString); the option skips that walk and gives the
  // same text (serialize.test.ts compares both on arbitrary JSON values).
  return escapeUnreadable(doc.toString({ lineWidth: 0, minContentWidth: 0, directives: false }));
}

/**
 * Double-quotes every string scalar that would not read back as itself. A plain recursion over
 * maps, sequences and pairs reaches the same scalars as the library's `visit` (which also visits
 * a pair's key and value and each collection item, and does not follow aliases), without the
 * frozen path array `visit` builds for every node: that copying was a fifth of toYaml's time in
 * the 12-region bundle (bench/bundle-case.ts).
 */
function quoteUnsafeScalars(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === "string" && (MUST_QUOTE.test(node.value) || !isPlainSafe(node.value))) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isPair(node)) {
    quoteUnsafeScalars(node.key);
    quoteUnsafeScalars(node.value);
  } else if (isCollection(node)) {
    for (const item of node.items) quoteUnsafeScalars(item);
  }
}

/**
 * Characters that YAML readers disagree on unless they are written as escapes inside double
 * quotes (issue 12):
 * - U+0085, U+2028, U+2029 are line breaks in YAML 1.1 (spec 1.1 §5.4 "Line Break Characters")
 *   but ordinary content in 1.2, so go-yaml and PyYAML fold them into spaces or new lines;
 * - a tab inside a plain scalar makes PyYAML fail ("found character '\t' that cannot start any
 *   token"), so a string with a tab is double-quoted, where JSON's `\t` escape is also YAML's;
 * - U+FEFF is a byte order mark to readers that look for one wherever their input buffer starts
 *   (go-yaml failed on one file depending on its byte offset);
 * - C1 controls, U+007F, U+FFFE and U+FFFF are not in YAML 1.1's printable set (§5.1
 *   "Character Set"): PyYAML refuses them even inside quotes.
 * - a lone "=" is YAML 1.1's value key (the `tag:yaml.org,2002:value` type), which PyYAML's safe
 *   loader cannot construct (found by the PyYAML cross-check of the hostile-plan property).
 * The `yaml` library writes these raw (its double-quoted writer starts from JSON.stringify, which
 * escapes only C0 controls), so strings holding them are double-quoted and the characters are
 * replaced by escapes afterwards. They can occur only in double-quoted scalars and comments, and
 * in both the escape is safe: scalars read it back as the same character, comments stay comments.
 */
const MUST_QUOTE = /[\t\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|^=$/;
const UNREADABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

function escapeUnreadable(text: string): string {
  return text.replace(UNREADABLE, (ch) => {
    const code = ch.charCodeAt(0);
    return NAMED_ESCAPES[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
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
