import type { Rule, Source } from "../analysis/types";
import { BLUEPRINT, COCKROACH_DOC } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";
import { compareVersions } from "./version";

const ID = "cockroach-licence";
const LICENSING = COCKROACH_DOC("Licensing FAQs", "licensing-faqs");
/** The last licensing page from before the CockroachDB Software License, where multi-region SQL is Enterprise-only. */
const LICENSING_V24_2: Source = {
  title: "CockroachDB docs: Licensing FAQs (v24.2)",
  url: "https://www.cockroachlabs.com/docs/v24.2/licensing-faqs",
};

/** CockroachDB docs (Licensing FAQs): 24.3.0 and later ship under the CockroachDB Software License. */
export const CSL_FROM_VERSION = "24.3.0";
/** CockroachDB docs (Licensing FAQs): a throttled cluster allows at most 5 concurrent open SQL transactions. */
export const THROTTLED_TRANSACTIONS = 5;

/**
 * CockroachDB licence risks. Sources: CockroachDB Licensing FAQs (Core retired in late 2024;
 * throttling; Trial 30 days; Enterprise Free under US$10M revenue with telemetry) and the
 * blueprint ("CockroachDB core is not recommended for production in multi-region setups";
 * multi-region SQL was Enterprise-only before 24.3).
 */
export const cockroachLicenceRule: Rule = {
  id: ID,
  title: "CockroachDB licence",
  source: LICENSING,
  check: ({ plan }) => {
    const { licence, version, survivalGoal } = plan.cockroachdb;
    const regions = cockroachRegions(plan).map((r) => r.id);
    const isCsl = compareVersions(version, CSL_FROM_VERSION) >= 0;
    if (licence === "core") {
      if (isCsl)
        return [
          finding(ID, {
            subject: "core-retired",
            severity: "critical",
            title: `There is no Core licence for CockroachDB ${version}`,
            explanation:
              `CockroachDB ${CSL_FROM_VERSION} and later ship under the CockroachDB Software License; the Core offering was retired in late 2024. ` +
              `Without an Enterprise licence key (paid, Free or Trial) the cluster is throttled 7 days after it starts to ${THROTTLED_TRANSACTIONS} concurrent open SQL transactions. ` +
              "Every Teleport Auth instance keeps a pool of up to 20 connections plus a change feed, so the Teleport backend would stall.",
            fix: "Plan for a CockroachDB Enterprise licence (paid, or Enterprise Free if your organisation qualifies).",
            fields: ["cockroachdb.licence", "cockroachdb.version"],
            regions,
            source: LICENSING,
          }),
        ];
      const isRegionSurvival = survivalGoal === "region";
      return [
        finding(ID, {
          subject: "core-multi-region",
          severity: isRegionSurvival ? "critical" : "warning",
          title: isRegionSurvival ? "Region survival needs CockroachDB Enterprise" : "CockroachDB core is not recommended for multi-region production",
          explanation: isRegionSurvival
            ? `Before ${CSL_FROM_VERSION}, multi-region SQL (SET PRIMARY REGION, ADD REGION, SURVIVE REGION FAILURE) was an Enterprise feature, so CockroachDB ${version} core cannot run the blueprint's regional configuration.`
            : "With CockroachDB core the blueprint declares the physical regions as CockroachDB zones and configures zonal fault tolerance. Core lacks the regional features, performance may suffer, and the blueprint says core is not recommended for production in multi-region setups.",
          fix: isRegionSurvival
            ? "Use a CockroachDB Enterprise licence, or switch the survival goal to zone and declare the regions as zones (testing only)."
            : "Use a CockroachDB Enterprise licence for production.",
          fields: isRegionSurvival ? ["cockroachdb.licence", "cockroachdb.survivalGoal"] : ["cockroachdb.licence"],
          regions,
          source: isRegionSurvival ? LICENSING_V24_2 : BLUEPRINT("Teleport backend configuration"),
        }),
      ];
    }
    if (licence === "trial")
      return [
        finding(ID, {
          subject: "trial",
          severity: "warning",
          title: "CockroachDB Enterprise Trial licence expires after 30 days",
          explanation:
            `An Enterprise Trial licence lasts 30 days and requires telemetry. Seven days after it expires the cluster is throttled to ${THROTTLED_TRANSACTIONS} concurrent open SQL transactions, which stalls the Teleport backend.`,
          fix: "Plan for a paid Enterprise or an Enterprise Free licence before the trial ends.",
          fields: ["cockroachdb.licence"],
          regions,
          source: LICENSING,
        }),
      ];
    if (licence === "enterprise-free")
      return [
        finding(ID, {
          subject: "enterprise-free",
          severity: "info",
          title: "CockroachDB Enterprise Free has eligibility conditions",
          explanation:
            "Enterprise Free is only for businesses with less than US$10M annual revenue (parents and affiliates included), is renewed yearly, comes with community support, " +
            "and requires telemetry: without it the cluster is throttled after 7 days.",
          fix: "Confirm your organisation qualifies and that the clusters can send telemetry, or plan for a paid Enterprise licence.",
          fields: ["cockroachdb.licence"],
          regions,
          source: LICENSING,
        }),
      ];
    return [];
  },
};
