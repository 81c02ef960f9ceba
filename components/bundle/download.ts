import { ApiError } from "@/lib/client/api-client";

export type DownloadProgress = { received: number; total: number | null };

/**
 * Fetches the zip while counting bytes against its length (Content-Length, or X-Bundle-Size), so the page can show real
 * progress; returns the bytes and the file name from Content-Disposition. Errors carry the
 * API's message (404 unknown revision, 503 database down).
 */
export async function fetchWithProgress(url: string, onProgress: (progress: DownloadProgress) => void, signal?: AbortSignal): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(response.status, body?.error ?? { code: `http_${response.status}`, message: `The server answered ${response.status}. Retry in a moment.` });
  }
  // Content-Length when the server could send it; Next's route handlers drop it, so the route repeats it as X-Bundle-Size.
  const length = Number(response.headers.get("content-length") ?? response.headers.get("x-bundle-size"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  return { blob: new Blob(chunks, { type: "application/zip" }), fileName: fileNameFrom(response.headers.get("content-disposition")) };
}

/** `attachment; filename="acme-r3.zip"` → "acme-r3.zip" (the server writes plain ASCII names). */
export function fileNameFrom(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? "bundle.zip";
}

/** Hands a downloaded Blob to the browser's save mechanism. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(href), 1_000);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
