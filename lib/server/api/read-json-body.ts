import { AppError } from "@/lib/server/api/app-error";

/** Largest request body accepted: 1 MiB. A 12-region plan with 200 waivers is well under 100 KiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

function tooLarge(): AppError {
  return new AppError("payload_too_large", 413, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
}

/** 415 unless the body is declared as JSON (`application/json` or `application/*+json`, UTF-8). */
export function assertJsonContentType(request: Request): void {
  const header = request.headers.get("content-type") ?? "";
  const [mediaType = "", ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  if (!JSON_MEDIA_TYPE.test(mediaType) || (charset !== undefined && charset !== "utf-8" && charset !== "utf8"))
    throw new AppError("unsupported_media_type", 415, "Send the request body as JSON with the header Content-Type: application/json.");
}

/**
 * The body's bytes, refusing more than MAX_BODY_BYTES: first by the declared Content-Length,
 * then by counting what actually arrives (the header can be absent or wrong with chunked bodies).
 */
async function readLimited(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The parsed JSON body (not yet validated): 415, 413 or 400 with a message a person can act on. */
export async function readJsonBody(request: Request): Promise<unknown> {
  assertJsonContentType(request);
  const bytes = await readLimited(request);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_json", 400, "The request body is not valid UTF-8 text.");
  }
  if (text.trim() === "") throw new AppError("invalid_json", 400, "The request body is empty: send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("invalid_json", 400, `The request body is not valid JSON${whereJsonBroke(text, error)}.`);
  }
}

/** ": syntax error at line L, column C" from V8's "... at position N", when it gives one. */
function whereJsonBroke(text: string, error: unknown): string {
  const position = error instanceof SyntaxError ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return "";
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `: syntax error at line ${line}, column ${column}`;
}
