import { PROVIDERS, REGIONS } from "@/lib/core/catalog";
import { EXIT, type CliIo } from "../cli-io";
import { oneOf, parseCommandArgs } from "../parse-command-args";

export const REGIONS_HELP = `Usage: planner regions [--provider aws|gcp|azure] [--format text|json]

The catalog of cloud regions a plan may use, as GET /api/regions answers.

Options:
  --provider NAME   only this provider's regions
  --format FORMAT   text (default: id, name, city, zones) or json ({ "regions": [...] })
  -h, --help        show this help
`;

export async function regionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("regions", args, { provider: { type: "string" }, format: { type: "string" } });
  if (values.help) return io.stdout(REGIONS_HELP), EXIT.ok;
  const format = oneOf("regions", "format", values.format, ["text", "json"] as const, "text");
  const provider = values.provider === undefined ? undefined : oneOf("regions", "provider", values.provider, PROVIDERS, "aws");
  const regions = REGIONS.filter((region) => provider === undefined || region.provider === provider);
  if (format === "json") io.stdout(`${JSON.stringify({ regions }, null, 2)}\n`);
  else {
    const width = Math.max(...regions.map((r) => r.id.length));
    io.stdout(`${regions.map((r) => `${r.id.padEnd(width)}  ${r.name} (${r.city}, ${r.country})  zones: ${r.zones.join(" ") || "—"}`).join("\n")}\n`);
  }
  return EXIT.ok;
}
