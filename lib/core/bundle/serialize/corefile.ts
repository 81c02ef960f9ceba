/**
 * CoreDNS Corefiles built as objects (STYLE.md: "Rendering manifests"). A Corefile is server
 * blocks (`zone:port { … }`) of directives, each a plugin name with arguments and an optional
 * block (CoreDNS docs: Corefile syntax, https://coredns.io/manual/toc/#configuration). Every
 * token must match a fixed pattern, so no plan value can open or close a block, start a comment
 * or add a directive; `${NAME}` placeholders pass for values the runbook fills in with envsubst.
 */
export type CorefileDirective = { name: string; args?: readonly string[]; block?: readonly CorefileDirective[] };
export type CorefileServer = { zones: readonly string[]; directives: readonly CorefileDirective[] };

const TOKEN = /^(?:[A-Za-z0-9._:/-]+|\$\{[A-Z_][A-Z0-9_]*\})$/;

function token(value: string): string {
  if (!TOKEN.test(value)) throw new Error(`Not a safe Corefile token: ${JSON.stringify(value)}`);
  return value;
}

function directiveLines(d: CorefileDirective, indent: string): string[] {
  const head = [token(d.name), ...(d.args ?? []).map(token)].join(" ");
  if (!d.block || d.block.length === 0) return [`${indent}${head}`];
  return [`${indent}${head} {`, ...d.block.flatMap((inner) => directiveLines(inner, `${indent}    `)), `${indent}}`];
}

export function renderCorefile(servers: readonly CorefileServer[]): string {
  return servers
    .map((s) => [`${s.zones.map(token).join(" ")} {`, ...s.directives.flatMap((d) => directiveLines(d, "    ")), "}"].join("\n"))
    .join("\n")
    .concat("\n");
}
