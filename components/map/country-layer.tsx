import { memo } from "react";
import { getCountryPaths } from "./projection";
import styles from "./map.module.css";

/** Every country outline; memoised without props, so zooming and edits never re-render it. */
export const CountryLayer = memo(function CountryLayer() {
  return (
    <g className={styles.countries} aria-hidden="true">
      {getCountryPaths().map((c) => (
        <path key={c.id} d={c.d} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
});
