import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client";

/**
 * The app's one QueryClient factory. Data stays fresh for 30 s so tab switches and remounts do
 * not refetch; client errors (4xx) are not retried because retrying cannot fix them.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
