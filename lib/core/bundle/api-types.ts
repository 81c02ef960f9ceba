/**
 * The file-list response of GET /api/projects/:id/revisions/:number/bundle/files, shared by the
 * route handler and the preview UI. `size` is the file's length in UTF-8 bytes, as in the zip.
 */
export type BundleFileEntry = { path: string; mediaType: string; size: number; content: string };
export type BundleFilesResponse = { files: BundleFileEntry[] };
