"use client";

import type { Resources } from "@/lib/schemas/plan";
import { CheckboxField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import styles from "./plan-form.module.css";

/**
 * An optional per-component resources override. Ticking it starts from the sizing's block so
 * the user edits numbers rather than inventing them; an empty limit means "no limit", which is
 * how CPU should stay for Teleport and CockroachDB (see the CPU-limit rule's sources).
 */
export function ResourcesFields(props: {
  path: string;
  label: string;
  value: Resources | undefined;
  suggest: () => Resources;
  onChange: (next: Resources | undefined) => void;
}) {
  const { isReadOnly } = useFormContext();
  const { value, path } = props;
  if (isReadOnly && !value) return null;
  const setRequests = (part: Partial<Resources["requests"]>) => value && props.onChange({ ...value, requests: { ...value.requests, ...part } });
  const setLimit = (key: "cpu" | "memory", text: string) => {
    if (!value) return;
    const limits = { ...value.limits };
    if (text === "") delete limits[key];
    else limits[key] = text;
    const { limits: _dropped, ...rest } = value;
    props.onChange(limits.cpu === undefined && limits.memory === undefined ? rest : { ...rest, limits });
  };
  return (
    <div className={styles.override}>
      <CheckboxField
        path={path}
        label={`Override ${props.label} resources`}
        checked={value !== undefined}
        onChange={(isOn) => props.onChange(isOn ? props.suggest() : undefined)}
      />
      {value ? (
        <div className={styles.grid}>
          <TextField path={`${path}.requests.cpu`} label={`${props.label} CPU request`} value={value.requests.cpu} onChange={(v) => setRequests({ cpu: v })} />
          <TextField
            path={`${path}.requests.memory`}
            label={`${props.label} memory request`}
            value={value.requests.memory}
            onChange={(v) => setRequests({ memory: v })}
          />
          <TextField
            path={`${path}.limits.cpu`}
            label={`${props.label} CPU limit`}
            hint="Leave empty for no CPU limit."
            emptyText="no CPU limit"
            value={value.limits?.cpu ?? ""}
            onChange={(v) => setLimit("cpu", v)}
          />
          <TextField
            path={`${path}.limits.memory`}
            label={`${props.label} memory limit`}
            emptyText="no memory limit"
            value={value.limits?.memory ?? ""}
            onChange={(v) => setLimit("memory", v)}
          />
        </div>
      ) : null}
    </div>
  );
}
