"use client";

import { FieldError } from "./fields";
import { errorId, fieldId, useFormContext } from "./form-context";
import styles from "./plan-form.module.css";
import { zoneChoices } from "./zone-choices";

export function ZonesField(props: { path: string; regionId: string; value: string[]; onChange: (next: string[]) => void }) {
  const { issuesByPath, isReadOnly } = useFormContext();
  // Issues on one zone ("regions.0.zones.2") belong to the whole group.
  const messages = [...issuesByPath.entries()]
    .filter(([path]) => path === props.path || path.startsWith(`${props.path}.`))
    .flatMap(([, list]) => list);
  if (isReadOnly) {
    return (
      <div className={styles.readOnlyField}>
        <span className={styles.label}>Zones</span>
        <span className={styles.value}>{props.value.join(", ")}</span>
      </div>
    );
  }
  const choices = zoneChoices(props.regionId, props.value);
  const hasError = messages.length > 0;
  const toggle = (zone: string, isOn: boolean) => {
    const next = isOn ? [...props.value, zone] : props.value.filter((z) => z !== zone);
    props.onChange(choices.filter((z) => next.includes(z)));
  };
  return (
    <fieldset
      id={fieldId(props.path)}
      tabIndex={-1}
      className={styles.zones}
      aria-invalid={hasError || undefined}
      aria-describedby={hasError ? errorId(props.path) : undefined}
    >
      <legend className={styles.label}>Zones</legend>
      <div className={styles.zoneList}>
        {choices.map((zone) => (
          <label key={zone} className={styles.checkbox}>
            <input
              type="checkbox"
              id={fieldId(`${props.path}-${zone}`)}
              checked={props.value.includes(zone)}
              onChange={(e) => toggle(zone, e.currentTarget.checked)}
            />
            <span>{zone}</span>
          </label>
        ))}
      </div>
      {hasError ? <FieldError path={props.path} messages={messages} /> : null}
    </fieldset>
  );
}
