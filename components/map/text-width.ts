/**
 * Width of the map's 11 px bold label text. In the browser it is measured with a canvas in the
 * page's own font (labels are placed from these widths, so an estimate narrower than the real
 * glyphs let neighbouring labels overlap: DejaVu Sans Bold, Debian's default sans, runs about
 * 0.7 em per digit). Without a DOM (unit tests, the server) a per-character estimate stands in.
 */
const ESTIMATE_EM = 0.62;
/** Room for the white halo (stroke-width 3 px) around the glyphs, both sides together. */
const HALO = 4;

let context: CanvasRenderingContext2D | null | undefined;
let family = "";
const cache = new Map<string, number>();

function measure(text: string, px: number): number | null {
  if (typeof document === "undefined") return null;
  if (context === undefined) {
    context = document.createElement("canvas").getContext("2d");
    family = getComputedStyle(document.body).fontFamily || "sans-serif";
  }
  if (!context) return null;
  const key = `${px}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  context.font = `700 ${px}px ${family}`;
  const width = context.measureText(text).width;
  cache.set(key, width);
  return width;
}

export const textWidth = (text: string, px = 11): number => (measure(text, px) ?? text.length * px * ESTIMATE_EM) + HALO;
