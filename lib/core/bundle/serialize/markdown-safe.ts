import type { Handle, SafeConfig, State, Unsafe } from "mdast-util-to-markdown";
import { defaultHandlers } from "mdast-util-to-markdown";

/**
 * The library's own `root` handler, with three shortcuts that leave every byte of the output as
 * the library writes it (tests/bundle/markdown-safe.property.test.ts compares with the
 * unmodified library on hostile trees). They exist for the 12-region runbook (~530 KB, 151
 * steps), where Markdown serialization was ~45% of a bundle's time (bench/bundle-case.ts).
 *
 * 1. Fewer patterns. mdast-util-to-markdown 2.2.3 escapes text, link destinations and titles
 *    in `safe()` (lib/util/safe.js), which runs every unsafe pattern's regular expression (91
 *    with GFM) over `before + input + after`. Each pattern is compiled around one literal
 *    `character` (lib/util/compile-pattern.js), so every match contains that character: a
 *    pattern whose character occurs nowhere in that string records no position and changes
 *    nothing. `safe()` runs with those left out. Only `safe()` sees the shorter list: the
 *    inline-code handler reads `state.unsafe` itself and keeps reading the whole list.
 * 2. Remembered escapes. The runbook asks `safe()` ~3,000 times but only ~700 distinct
 *    questions ("Not done", " (", "Sources", the same source titles and URLs in every region's
 *    steps). The key holds everything `safe()` reads: the input, the characters and node types
 *    around it (only their `type` is compared), the characters to encode, and the construct
 *    stack; the pattern list is fixed for one `toMarkdown` call, which owns the map.
 * 3. Remembered paragraphs and top-level lists (rememberParagraphs, rememberTopLevelLists).
 * 4. No position tracking (UNTRACKED).
 */
export const rootWithShortcuts: Handle = (node, parent, state, info) => {
  const safe = state.safe;
  const answers = new Map<string, string>();
  state.safe = (input: string | null | undefined, config: SafeConfig) => {
    const before = config.before ?? "";
    const after = config.after ?? "";
    // Names and types hold no "|"; the encode list is JSON; the characters around are length-prefixed; the input is the rest.
    const key = `${state.stack.join(" ")}|${config.beforeNode?.type ?? "-"}|${config.afterNode?.type ?? "-"}|${JSON.stringify(config.encode ?? null)}|${before.length}:${before}${after.length}:${after}${input ?? ""}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    const all = state.unsafe;
    state.unsafe = patternsFor(all, before, input ?? "", after);
    try {
      const answer = safe.call(state, input, config);
      answers.set(key, answer);
      return answer;
    } finally {
      state.unsafe = all;
    }
  };
  state.createTracker = () => UNTRACKED;
  rememberParagraphs(state);
  rememberTopLevelLists(state);
  return defaultHandlers.root(node as never, parent, state, info);
};

/**
 * A tracker that tracks nothing. The library's tracker (lib/util/track.js) splits every piece
 * of output at its line breaks to keep a line and column that handlers pass on in `info.now`
 * and `info.lineShift`; in mdast-util-to-markdown 2.2.3 and the GFM extensions nothing else
 * reads them (they are for extensions that map output positions), so the output is the same.
 * Splitting the 12-region runbook (~530 KB) at every nesting level cost ~10% of its
 * serialization, most of it in garbage. `move` returns its input as the library's does.
 */
const UNTRACKED: ReturnType<State["createTracker"]> = {
  move: (input) => input || "",
  current: () => ({ now: { line: 1, column: 1 }, lineShift: 0 }),
  shift: () => undefined,
};

/**
 * Paragraphs outside list items, remembered for the rest of the document: the runbook repeats
 * "**Commands**", "**Verify**", "**Files**" and "**Sources**" in every step (~500 times for 12
 * regions), and each costs the library's attention (strong/emphasis) pairing anew. A paragraph's
 * Markdown depends on its own subtree, the construct stack and the characters around it (the
 * position fields of `info` are not read by any handler in use); in a list item GFM may prefix
 * a task-list checkbox that depends on the item, so those are not remembered. The first
 * occurrence is serialized by the library; repeats reuse its exact text.
 */
function rememberParagraphs(state: State): void {
  const paragraph = state.handlers.paragraph;
  if (!paragraph) return;
  const texts = new Map<string, string>();
  state.handlers.paragraph = (node, parent, st, info) => {
    if (parent?.type === "listItem") return paragraph(node, parent, st, info);
    const before = info.before ?? "";
    const after = info.after ?? "";
    const key = `${st.stack.join(" ")}|${before.length}:${before}${after.length}:${after}${JSON.stringify(node)}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = paragraph(node, parent, st, info);
      texts.set(key, text);
    }
    return text;
  };
}

/**
 * Per pattern list (one per `toMarkdown` call): a bit per ASCII pattern character, the bits of
 * each pattern, and the pattern subsets already built per set of bits. A pattern whose character
 * is not one ASCII character, or that does not get a bit of its own, is always kept: keeping a
 * pattern that cannot match is as exact as leaving it out.
 */
type Index = { bitOfCode: Int32Array; bitsOfPattern: number[]; subsets: Map<number, Unsafe[]> };
const ALWAYS = 1 << 30;
const INDEXES = new WeakMap<readonly Unsafe[], Index>();

function patternsFor(all: Unsafe[], before: string, input: string, after: string): Unsafe[] {
  const index = indexOf(all);
  const mask = ALWAYS | bitsIn(index.bitOfCode, before) | bitsIn(index.bitOfCode, input) | bitsIn(index.bitOfCode, after);
  let subset = index.subsets.get(mask);
  if (!subset) {
    subset = all.filter((_, i) => ((index.bitsOfPattern[i] as number) & mask) !== 0);
    index.subsets.set(mask, subset);
  }
  return subset;
}

function bitsIn(bitOfCode: Int32Array, text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bits |= bitOfCode[code] as number;
  }
  return bits;
}

function indexOf(all: Unsafe[]): Index {
  const known = INDEXES.get(all);
  if (known) return known;
  const bitOfCode = new Int32Array(128);
  let nextBit = 0;
  // C0 controls other than tab and line endings share one bit: they are rare in a plan, and 29 of them would use up the bits.
  let controlBit = 0;
  const bitsOfPattern = all.map((pattern) => {
    const code = pattern.character.length === 1 ? pattern.character.charCodeAt(0) : 128;
    if (code >= 128) return ALWAYS;
    if (bitOfCode[code] === 0) {
      const isControl = code < 32 && code !== 9 && code !== 10 && code !== 13;
      if (isControl && controlBit === 0 && nextBit < 30) controlBit = 1 << nextBit++;
      bitOfCode[code] = isControl && controlBit !== 0 ? controlBit : nextBit < 30 ? 1 << nextBit++ : ALWAYS;
    }
    return bitOfCode[code] as number;
  });
  const index: Index = { bitOfCode, bitsOfPattern, subsets: new Map() };
  INDEXES.set(all, index);
  return index;
}

/**
 * Lists directly under the root, remembered likewise: every step ends with its sources, and
 * the steps of one kind (one per region) cite the same ones. The list handler (lib/handle/list.js)
 * reads, besides its subtree and the stack, the bullet of the list just before it
 * (`bulletLastUsed`, to alternate markers between adjacent lists) and the current bullet, and
 * leaves `bulletLastUsed` set to its own bullet: all three are in the key or replayed. Its rule
 * for nested empty items needs a list inside a list item, which a top-level list is not.
 */
function rememberTopLevelLists(state: State): void {
  const list = state.handlers.list;
  if (!list) return;
  const texts = new Map<string, { text: string; bullet: State["bulletLastUsed"] }>();
  state.handlers.list = (node, parent, st, info) => {
    if (parent?.type !== "root") return list(node, parent, st, info);
    const before = info.before ?? "";
    const after = info.after ?? "";
    // Bullets are JSON: "-" is a bullet, so it cannot also stand for none.
    const key = `${st.stack.join(" ")}|${JSON.stringify([st.bulletLastUsed ?? null, st.bulletCurrent ?? null])}|${before.length}:${before}${after.length}:${after}${JSON.stringify(node)}`;
    const known = texts.get(key);
    if (known) {
      st.bulletLastUsed = known.bullet;
      return known.text;
    }
    const text = list(node, parent, st, info);
    texts.set(key, { text, bullet: st.bulletLastUsed });
    return text;
  };
}
