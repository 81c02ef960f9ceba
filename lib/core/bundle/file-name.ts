/**
 * The zip's download name, `<project-slug>-r<revision>.zip`: lower-case ASCII letters, digits
 * and single hyphens only, so it is safe in a Content-Disposition header and on every file
 * system. Accents are dropped (é → e); a name with nothing usable left becomes "project".
 */
const SLUG_MAX = 60;

export function projectSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
  return slug === "" ? "project" : slug;
}

export const bundleFileName = (projectName: string, revision: number): string => `${projectSlug(projectName)}-r${revision}.zip`;
