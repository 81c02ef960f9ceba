import { NextResponse, type NextRequest } from "next/server";
import { malformedPathAnswer } from "@/lib/server/http/path-encoding";

/**
 * Runs before routing (Next 16's `proxy`, formerly middleware): a path Next's router cannot
 * decode gets a 400 (API) or the not-found page here instead of a plain-text 500 (issue 12).
 */
export function proxy(request: NextRequest): NextResponse {
  return malformedPathAnswer(request) ?? NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
