#!/usr/bin/env python3
"""Checks every bundled file against the schemas in this folder with Python's jsonschema.

The build does not need Python: this is the other-language check of the schemas, run by hand:

    python3 schema/check.py          # from the repository's root; needs jsonschema and PyYAML

Each file is checked twice, its numbers read as binary floats (json's default) and as decimals
(parse_float=Decimal), and both readings must give the expected verdict: the files under
examples/invalid/ and those named *-is-invalid.* are refused, every other one is accepted.
YAML is read as the library reads it (YAML 1.2 core schema: dates and times stay text, yes/no
are text). Exit status 0 when every verdict is as expected, 1 otherwise.
"""

import json
import pathlib
import re
import sys
from decimal import Decimal

import yaml
from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = ["examples", "candidacies", "selections"]


def yaml_loader(parse_float):
    """A PyYAML loader with YAML 1.2's core schema, as the library's reader has it."""

    class Core12Loader(yaml.SafeLoader):
        pass

    Core12Loader.yaml_implicit_resolvers = {}
    resolvers = [
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
        ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
         list("-+.0123456789")),
    ]
    for tag, pattern, first in resolvers:
        Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)
    Core12Loader.add_constructor("tag:yaml.org,2002:int",
                                 lambda loader, node: int(loader.construct_scalar(node)))
    Core12Loader.add_constructor("tag:yaml.org,2002:float",
                                 lambda loader, node: parse_float(loader.construct_scalar(node)))
    return Core12Loader


def read(path, parse_float):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text, parse_float=parse_float)
    return yaml.load(text, Loader=yaml_loader(parse_float))


def kind_of(document):
    """As the library tells them: a kind makes a candidacy; grids or applications a selection."""
    if isinstance(document, dict) and "kind" in document:
        return "candidacy"
    if isinstance(document, dict) and ("grids" in document or "applications" in document):
        return "selection"
    return "application"


def meant_to_be_invalid(path):
    relative = path.relative_to(ROOT).as_posix()
    return relative.startswith("examples/invalid/") or path.stem.endswith("-is-invalid")


def files():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".json", ".yaml", ".yml") and path.name != "scenarios.yaml":
                yield path


def main():
    surprises = 0
    for label, parse_float in (("float", float), ("decimal", Decimal)):
        validators = {}
        for kind in ("application", "candidacy", "selection"):
            schema_file = ROOT / "schema" / f"{kind}.schema.json"
            schema = json.loads(schema_file.read_text(encoding="utf-8"), parse_float=parse_float)
            Draft202012Validator.check_schema(schema)
            validators[kind] = Draft202012Validator(schema)
        counts = {}
        for path in files():
            document = read(path, parse_float)
            kind = kind_of(document)
            errors = sorted(validators[kind].iter_errors(document), key=lambda e: list(e.absolute_path))
            expected_valid = not meant_to_be_invalid(path)
            verdict = "accepted" if not errors else "refused"
            key = (kind, verdict)
            counts[key] = counts.get(key, 0) + 1
            if expected_valid == bool(errors):
                surprises += 1
                print(f"[{label}] UNEXPECTED: {path.relative_to(ROOT)} ({kind}) {verdict}")
                for error in errors[:5]:
                    where = ".".join(str(p) for p in error.absolute_path) or "(root)"
                    print(f"    {where}: {error.message[:160]}")
        summary = ", ".join(f"{kind} {verdict}: {n}" for (kind, verdict), n in sorted(counts.items()))
        print(f"[{label}] {sum(counts.values())} files; {summary}")
    print("every verdict as expected" if surprises == 0 else f"{surprises} unexpected verdict(s)")
    return 0 if surprises == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
