import fc from "fast-check";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * Strings that break naive YAML, SQL, shell, Markdown, Terraform and Helm templating: quotes,
 * line breaks, `: `, `#`, `${}`, `%{}`, SQL comment tricks, `{{ }}`, unicode, YAML 1.1 booleans,
 * and leading `-`, `*`, `&`, `!`, `|`, `>`, `?`.
 */
const PIECES = [
  '"', "'", "\n", "\r\n", "\u2028", ": ", "#", " #", "${x}", "$${y}", "%{ if a }", "'); DROP TABLE t; --", '"; DROP DATABASE x; --',
  "{{ .Values.x }}", "{{- include \"a\" . -}}", "ü", "日本語", "🙂", "\u200b", "-", "--", "*", "&", "!", "|", ">", "?", "@", "`id`", "$(id)",
  "\\", "\t", " ", "---", "...", "<!-- x -->", "[l](http://e)", "*a*", "_b_", "on", "no", "yes", "~", "null", "0o12", "1e3", "0x1F",
  ".inf", "=", ",", ";", "&&", "||", "%", "/", "?a=b&c=d", "@host:1", "%2F",
  // YAML 1.1 line breaks, a byte order mark, C1 controls and a tab between words (issue 12).
  "\u0085", "\u2029", "\ufeff", "\u0090", "\u007f", "team\tprod",
] as const;

const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) });

/** A hostile free-text value (never empty, never NUL: no reader can carry NUL in an argument or SQL). */
export const hostileString = fc
  .oneof(fc.constantFrom(...PIECES), fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")))
  .map((s) => s.replace(/\u0000/g, ""))
  .filter((s) => s.length > 0);


/** The blueprint with every free-text field replaced by a hostile string, and the switches that pick which files exist. */
export const hostilePlan: fc.Arbitrary<Plan> = fc
  .record({
    clusterName: hostileString,
    tlsName: hostileString,
    tlsMode: fc.constantFrom("existing-secret", "cert-manager"),
    regions: fc.array(
      fc.record({ cluster: hostileString, teleportNs: hostileString, cockroachNs: hostileString, storageClass: hostileString, isOverlay: fc.boolean() }),
      { minLength: 3, maxLength: 3 },
    ),
    bucketPrefix: hostileString,
    uploaderRole: hostileString,
    healthPath: hostileString,
    waiverReasons: fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    waiverIds: fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    storageKind: fc.constantFrom("s3", "gcs", "azure-blob", "minio"),
    dnsProvider: fc.constantFrom("route53", "cloudflare", "other"),
    licence: fc.constantFrom("enterprise", "core"),
  })
  .map((h) => {
    const plan = structuredClone(BLUEPRINT_TEMPLATE);
    plan.teleport.clusterName = h.clusterName;
    plan.teleport.tls =
      h.tlsMode === "existing-secret" ? { mode: "existing-secret", secretName: h.tlsName } : { mode: "cert-manager", issuerName: h.tlsName, issuerKind: "Issuer" };
    plan.cockroachdb.licence = h.licence as Plan["cockroachdb"]["licence"];
    plan.regions = plan.regions.map((region, i) => {
      const r = h.regions[i] ?? h.regions[0];
      if (!r) return region;
      return {
        ...region,
        kubernetes: {
          ...region.kubernetes,
          clusterName: r.cluster,
          teleportNamespace: r.teleportNs,
          cockroachNamespace: r.cockroachNs,
          podNetworking: r.isOverlay ? "overlay" : "native",
        },
        storageClass: { ...region.storageClass, name: r.storageClass },
      };
    });
    plan.objectStorage = { ...plan.objectStorage, kind: h.storageKind as Plan["objectStorage"]["kind"], bucketPrefix: h.bucketPrefix, uploaderRole: h.uploaderRole };
    plan.geoDns = { ...plan.geoDns, provider: h.dnsProvider as Plan["geoDns"]["provider"], healthCheck: { enabled: true, path: h.healthPath } };
    plan.waivers = h.waiverReasons.map((reason, i) => ({ findingId: h.waiverIds[i] ?? "x", reason, waivedAt: "2026-01-01T00:00:00.000Z" }));
    return plan;
  });
