#!/usr/bin/env python3
"""Lists every key path of a Helm chart's values.schema.json with its JSON Schema type, for the
key checks of tests/bundle/chart-keys.test.ts. Reads the packaged chart (.tgz) as published, so the
list is exactly the pinned release's. Only key names and types are taken, no text.

Usage: extract-chart-keys.py <chart.tgz> <source note> > tests/bundle/fixtures/<chart>-chart-keys.json
"""
import json
import sys
import tarfile


def walk(node, prefix, out):
    props = node.get("properties")
    if isinstance(props, dict) and props:
        for key, child in props.items():
            walk(child, prefix + [key], out)
        return
    kind = node.get("type")
    out.append({"path": ".".join(prefix), "type": kind if isinstance(kind, str) else "|".join(kind or ["any"])})


def main():
    chart, source = sys.argv[1], sys.argv[2]
    with tarfile.open(chart) as tar:
        name = next(m.name for m in tar.getmembers() if m.name.endswith("/values.schema.json") and m.name.count("/") == 1)
        schema = json.load(tar.extractfile(name))
        meta = tar.extractfile(name.replace("values.schema.json", "Chart.yaml")).read().decode()
    version = next(line.split(":", 1)[1].strip() for line in meta.splitlines() if line.startswith("version:"))
    keys = []
    walk(schema, [], keys)
    json.dump({"source": source, "chartVersion": version, "keys": keys}, sys.stdout, indent=1)
    print()


main()
