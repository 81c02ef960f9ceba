// The OpenID provider for the AUTH_MODE=oidc end-to-end run (playwright.oidc.config.ts):
// oidc-provider on loopback with its development sign-in pages (tests/auth/oidc-fixture.ts).
import { startOidcProvider } from "../../tests/auth/oidc-fixture";

const port = Number(process.env.OIDC_PORT ?? 3410);
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:3401";
const provider = await startOidcProvider({ appUrl, port });
console.log(`[oidc-provider] ${provider.issuer} ready for ${appUrl}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void provider.close().then(() => process.exit(0)));
