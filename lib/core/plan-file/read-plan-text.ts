import { LineCounter, parseDocument } from "yaml";

export type PlanFileFormat = "json" | "yaml";

/** Where in a file: 1-based line and column, as editors and SARIF count them. */
export type TextPosition = { line: number; column: number };

export type PlanTextResult =
  | { ok: true; value: unknown; format: PlanFileFormat }
  | { ok: false; format: PlanFileFormat; message: string; position?: TextPosition };

/** Aliases a hand-written plan could need are few; a bound keeps an alias bomb from expanding. */
const MAX_ALIASES = 100;

/**
 * The format of a plan file: by its name's extension, else by its first character (a JSON
 * plan is an object, so it starts with "{"; anything else is read as YAML).
 */
export function planFileFormat(fileName: string, text: string): PlanFileFormat {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.ya?ml$/i.test(fileName)) return "yaml";
  return text.trimStart().startsWith("{") ? "json" : "yaml";
}

/**
 * The value a plan file holds, not yet checked against the plan schema. JSON is read with
 * JSON.parse (RFC 8259). YAML is read as YAML 1.2 (https://yaml.org/spec/1.2.2/), whose core
 * schema keeps `no`, `on` and dates as strings, with duplicate keys refused: a plan written by
 * hand in YAML gives the same object as the same plan in JSON. Syntax errors come back with
 * their line and column, never as an exception.
 */
export function readPlanText(text: string, format: PlanFileFormat): PlanTextResult {
  const source = text.startsWith("\ufeff") ? text.slice(1) : text;
  if (format === "json") {
    try {
      return { ok: true, value: JSON.parse(source) as unknown, format };
    } catch (error) {
      // V8 quotes the whole text in some messages ('Unexpected token..., "{…}" is not valid JSON'): keep the reason only.
      const message = (error instanceof Error ? error.message : "unreadable").replace(/, ".*" is not valid JSON$/s, "");
      return { ok: false, format, message: `Not valid JSON: ${message}`, position: jsonErrorPosition(source, message) ?? yamlErrorPosition(source) };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { version: "1.2", uniqueKeys: true, prettyErrors: false, lineCounter });
  const [first] = doc.errors;
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    return { ok: false, format, message: `Not valid YAML: ${first.message.split("\n")[0]}`, position: { line, column: col } };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown, format };
  } catch (error) {
    return { ok: false, format, message: `Not valid YAML: ${error instanceof Error ? error.message : "unreadable document"}` };
  }
}

/** Where a YAML 1.2 reader (JSON is its flow style) stops, for JSON errors whose message names no position. */
function yamlErrorPosition(text: string): TextPosition | undefined {
  const lineCounter = new LineCounter();
  const [first] = parseDocument(text, { version: "1.2", lineCounter, logLevel: "silent" }).errors;
  if (!first) return undefined;
  const { line, col } = lineCounter.linePos(first.pos[0]);
  return { line, column: col };
}

/** V8 words JSON errors as "... at position N" (Node 20) or "(line L column C)" (Node 22). */
function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(message);
  if (!offset) return undefined;
  const before = text.slice(0, Number(offset[1])).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
