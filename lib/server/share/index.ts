import "server-only";

export { createShareToken, hashShareToken, isWellFormedShareToken, safeEqualHash, SHARE_TOKEN_LENGTH } from "./tokens";
