import { isRegionId, type RegionId } from "@/lib/core/catalog";
import { latencyMatrix } from "@/lib/core/latency";
import { LATENCY_MAX_REGIONS, LATENCY_MIN_REGIONS } from "@/lib/schemas/api";
import { CliError, EXIT, type CliIo } from "../cli-io";
import { oneOf, parseCommandArgs } from "../parse-command-args";

export const LATENCY_HELP = `Usage: planner latency REGION REGION... [--format text|json]

Round-trip times between regions (ids such as aws:us-east-1, gcp:europe-west1, azure:westeurope),
for every ordered pair: measured medians where the planner ships them, else its calibrated
estimate, as GET /api/latency answers.

Options:
  --format FORMAT   text (default) or json ({ "pairs": [...] }, as the API)
  -h, --help        show this help

Exit status: 0 printed, 2 unknown region or misuse.
`;

export async function latencyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("latency", args, { format: { type: "string" } });
  if (values.help) return io.stdout(LATENCY_HELP), EXIT.ok;
  const format = oneOf("latency", "format", values.format, ["text", "json"] as const, "text");
  const unknown = positionals.filter((id) => !isRegionId(id));
  if (unknown.length > 0)
    throw new CliError(`planner latency: unknown region ${unknown.join(", ")}: not in the catalog of AWS, Google Cloud and Azure regions (list them with "planner regions").`);
  const ids = [...new Set(positionals)] as RegionId[];
  if (ids.length < LATENCY_MIN_REGIONS || ids.length > LATENCY_MAX_REGIONS)
    throw new CliError(`planner latency: give ${LATENCY_MIN_REGIONS} to ${LATENCY_MAX_REGIONS} different regions.\nRun "planner latency --help" for usage.`);
  const pairs = latencyMatrix(ids);
  if (format === "json") io.stdout(`${JSON.stringify({ pairs }, null, 2)}\n`);
  else {
    const width = Math.max(...ids.map((id) => id.length));
    const lines = pairs.map((p) => `${p.from.padEnd(width)}  ${p.to.padEnd(width)}  ${String(p.rttMs).padStart(6)} ms  ${p.kind}${p.source ? ` (${p.source})` : ""}`);
    io.stdout(`${["from".padEnd(width), "to".padEnd(width), "   rtt   ", " kind"].join("  ")}\n${lines.join("\n")}\n`);
  }
  return EXIT.ok;
}
