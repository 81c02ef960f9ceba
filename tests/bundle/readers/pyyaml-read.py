"""Reads YAML texts with PyYAML and prints what it got, for tests/bundle/readers/pyyaml.ts.

Input (stdin): a JSON list of YAML texts. Output (stdout): a JSON list with, per text,
{"c": value-or-error, "py": value-or-error}: "c" is libyaml's loader (CSafeLoader; go-yaml is
a Go port of libyaml, https://github.com/go-yaml/yaml README "the yaml package was ported from
libyaml"), "py" is PyYAML's pure-Python SafeLoader. An error is {"error": message}. Values that
JSON cannot carry (dates, binary) come back as {"unjsonable": repr}, so they never compare equal.
"""
import json
import sys

import yaml


def read(text, loader):
    try:
        return {"value": yaml.load(text, Loader=loader)}
    except yaml.YAMLError as error:
        return {"error": str(error)}


def main():
    texts = json.load(sys.stdin)
    c_loader = getattr(yaml, "CSafeLoader", None)
    out = [
        {"c": read(t, c_loader) if c_loader else {"error": "libyaml is not available"}, "py": read(t, yaml.SafeLoader)}
        for t in texts
    ]
    json.dump(out, sys.stdout, default=lambda o: {"unjsonable": repr(o)})


main()
