import { strToU8, zipSync } from "fflate";
import type { Zippable } from "fflate";
import type { BundleFile } from "./build-bundle";

/**
 * Zip timestamps are DOS local times and fflate reads the Date with local getters, so a Date
 * built from local fields gives 1980-01-01 00:00 in the archive on any machine's time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Unix file modes in the high 16 bits of the external attributes (Info-ZIP convention). */
const MODE_FILE = 0o100644 * 0x10000;
const MODE_SCRIPT = 0o100755 * 0x10000;
const OS_UNIX = 3;

/**
 * The bundle as a zip: entries in path order, fixed timestamps, fixed modes and a fixed
 * compression level, so zipping the same files twice gives the same bytes (a downloaded
 * bundle can be compared with a checksum).
 */
export function zipBundle(files: readonly BundleFile[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    entries[file.path] = [
      strToU8(file.content),
      { level: 6, mtime: FIXED_MTIME, os: OS_UNIX, attrs: file.path.endsWith(".sh") ? MODE_SCRIPT : MODE_FILE },
    ];
  }
  // A copy typed as ArrayBuffer-backed, which Response and Blob accept (fflate's own type is wider).
  return Uint8Array.from(zipSync(entries));
}
