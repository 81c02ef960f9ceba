import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real, certified OpenID provider (oidc-provider, https://github.com/panva/node-oidc-provider)
 * on loopback, with its development sign-in pages: any login name and password sign in as that
 * name. Accounts carry `preferred_username` and `groups` ("ann" is in planner-admin). Test-only:
 * the development keys and pages are not for real use (the library warns so at start-up).
 */

export const OIDC_CLIENT_ID = "planner";
export const OIDC_CLIENT_SECRET = "planner-test-secret";
export const OIDC_ADMIN_GROUP = "planner-admin";

export type OidcProvider = { issuer: string; close: () => Promise<void> };

export async function startOidcProvider(options: { appUrl: string; port?: number }): Promise<OidcProvider> {
  let handle: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => handle?.(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [new URL("/api/auth/callback", options.appUrl).href],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["preferred_username", "name"], groups: ["groups"] },
    scopes: ["openid", "profile", "groups"],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, preferred_username: id, name: id, groups: id === "ann" ? [OIDC_ADMIN_GROUP, "staff"] : ["staff"] };
        },
      };
    },
  });
  // The provider is reached over plain http on loopback only.
  provider.proxy = false;
  handle = provider.callback();
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A minimal cookie jar for walking the provider's pages with fetch. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === "" || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs `login` in at the provider, starting from the authorization URL, and returns the
 * redirect back to the app (its callback URL with code and state), as a browser would follow it.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let hop = 0; hop < 12; hop += 1) {
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.store(response);
    init = {};
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url).href;
      if (next.includes("/api/auth/callback")) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`The provider answered ${response.status} without a form or redirect: ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? "";
    const body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
    url = new URL(action.replaceAll("&amp;", "&"), url).href;
    init = { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } };
  }
  throw new Error("Sign-in at the provider did not come back to the app.");
}
