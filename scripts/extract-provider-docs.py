#!/usr/bin/env python3
"""Extracts argument and block names (and which are required) of Terraform resources from a
provider's own documentation, website/docs/r/<name>.html.markdown, read with `git show` from a
local mirror of the provider repository at a release tag. Writes the fixture the bundle tests
compare the generated *.tf.json with (tests/bundle/fixtures/terraform-providers/*.json).

Usage: extract-provider-docs.py <git-dir> <tag> <repo> <provider> <resource>=<doc file> ...
Only names and the Required/Optional flag are taken from the docs, no text.
"""
import json
import re
import subprocess
import sys

BULLET = re.compile(r"^\*\s+`([a-z0-9_/]+)`\s*-?\s*(\(([^)]*)\))?")
BLOCK = re.compile(r"^(?:<a name=\"[^\"]*\"></a>)?(?:An?\s+|The\s+)?`([a-z0-9_]+)`\s+(?:block\s+)?supports")


def parse(text):
    start = re.search(r"^## Arguments? Reference", text, re.M)
    end = re.search(r"^## Attributes? Reference", text, re.M)
    body = text[start.end() : end.start() if end else len(text)]
    blocks = {"": {"arguments": [], "required": []}}
    current = ""
    lines = body.splitlines()
    for index, raw in enumerate(lines):
        line = raw.strip()
        block = BLOCK.match(line)
        if block:
            current = block.group(1)
            blocks.setdefault(current, {"arguments": [], "required": []})
            continue
        # Only bullets at the start of a line name arguments; indented ones are lists inside a
        # description (e.g. the keywords an attribute_condition may use).
        bullet = BULLET.match(line) if raw == raw.lstrip() else None
        if bullet:
            flags = bullet.group(3) or ""
            # Newer pages put the flag on the line after the name: "* `name` -" then "(Required)".
            following = next((l.strip() for l in lines[index + 1 :] if l.strip()), "")
            if not flags and following.startswith("("):
                flags = following[1 : following.find(")")] if ")" in following else ""
            target = blocks[current]
            # `member/members` documents one argument of each of the IAM resources on one page.
            for name in bullet.group(1).split("/"):
                if name not in target["arguments"]:
                    target["arguments"].append(name)
                is_required = flags.startswith("Required") and not re.match(r"Required (if|only)", flags)
                if is_required and name not in target["required"]:
                    target["required"].append(name)
    top = blocks.pop("")
    return {"arguments": top["arguments"], "required": top["required"], "blocks": blocks}


def main():
    git_dir, tag, repo, provider, *resources = sys.argv[1:]
    commit = subprocess.check_output(["git", f"--git-dir={git_dir}", "rev-parse", f"{tag}^{{commit}}"], text=True).strip()
    out = {"SOURCE": f"{repo} {tag} (commit {commit}), website/docs/r/*.html.markdown, sections 'Argument(s) Reference'; names and Required flags only, extracted by scripts/extract-provider-docs.py", "provider": provider, "version": tag.lstrip("v"), "resources": {}}
    for spec in resources:
        resource, doc = spec.split("=", 1)
        text = subprocess.check_output(["git", f"--git-dir={git_dir}", "show", f"{tag}:website/docs/r/{doc}"], text=True)
        parsed = parse(text)
        if resource.endswith("_iam_member"):
            # The IAM page documents _iam_policy, _iam_binding and _iam_member together; keep the
            # arguments of the _member resource (policy_data and members belong to the others).
            for key in ("arguments", "required"):
                parsed[key] = [a for a in parsed[key] if a not in ("members", "policy_data")]
        out["resources"][resource] = {"doc": f"website/docs/r/{doc}", **parsed}
    json.dump(out, sys.stdout, indent=1)
    print()


main()
