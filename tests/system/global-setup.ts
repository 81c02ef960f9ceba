import { execFileSync } from "node:child_process";
import path from "node:path";
import { hasBuild, REPO_ROOT, systemDistDir } from "@/tests/system/helpers/app-server";

/**
 * Builds the app once when SYSTEM_DIST_DIR holds no build yet (scripts/test.sh builds before it
 * runs the system suites, so this only happens when a developer runs them directly).
 */
export default function setup(): void {
  const distDir = systemDistDir();
  if (hasBuild(distDir)) return;
  console.info(`[system] no build in ${distDir}: running next build (a minute or two)`);
  execFileSync("bash", [path.join(REPO_ROOT, "scripts/build-into.sh"), distDir], { cwd: REPO_ROOT, stdio: "inherit" });
}
