import { TELEPORT_DEFECTS } from "./teleport-defects";
import { compareVersions } from "./version";

/**
 * Releases the version field offers: every first-good release of the defect table plus the
 * release the blueprint template uses (teleport-cluster chart 18.10.0, the chart whose
 * values.schema.json the bundle's values are checked against). Newest first.
 */
export const TEMPLATE_TELEPORT_RELEASE = "18.10.0";

export const KNOWN_TELEPORT_RELEASES: readonly string[] = [
  ...new Set([TEMPLATE_TELEPORT_RELEASE, ...TELEPORT_DEFECTS.flatMap((d) => Object.values(d.fixedIn))]),
].sort((a, b) => compareVersions(b, a));
