import type { Component } from "../analysis/types";

/** The key of a component's override under `regions.<i>.resources` in the plan. */
export const RESOURCE_KEY = {
  cockroachdb: "cockroach",
  "teleport-auth": "teleportAuth",
  "teleport-proxy": "teleportProxy",
} as const satisfies Record<Component, string>;

export const COMPONENT_NAME: Record<Component, string> = {
  cockroachdb: "CockroachDB",
  "teleport-auth": "Teleport Auth",
  "teleport-proxy": "Teleport Proxy",
};
