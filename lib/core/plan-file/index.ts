/**
 * Plans as files (JSON or YAML) kept in a repository: read, locate fields in, and write. Pure:
 * the command-line planner and the app's import and export both use it.
 */
export { planFileFormat, readPlanText } from "./read-plan-text";
export type { PlanFileFormat, PlanTextResult, TextPosition } from "./read-plan-text";
export { fieldPositions } from "./field-position";
export { withoutSchemaKey, writePlanFile } from "./write-plan-file";
