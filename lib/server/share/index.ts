import "server-only";

export { createShareToken, hashShareToken, isWellFormedShareToken, safeEqualHash, SHARE_TOKEN_LENGTH } from "./tokens";
export { SHARE_HEADERS, withShareHeaders } from "./headers";
export { bearerToken, isReadMethod } from "./bearer";
export { assertShareScope } from "./scope";
