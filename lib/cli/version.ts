import packageJson from "@/package.json" with { type: "json" };

/** The planner's version, from package.json (the SARIF driver names it). */
export const PLANNER_VERSION: string = packageJson.version;
