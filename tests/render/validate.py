#!/usr/bin/python3
"""Validates documents against a JSON Schema, for the tests in tests/render/ and tests/cli/.

    validate.py SCHEMA FILE...   each FILE (JSON, or .yaml/.yml read as a
                                 YAML language server reads it) against SCHEMA

Prints one line per file: `ok FILE`, or `invalid FILE: <path>: <message>`
for each error; exits 0 when every file is valid, 1 otherwise, 3 when a
module is missing. The validator class follows the schema's `$schema`
(draft 2020-12 for `plan schema`, draft-04 for SARIF 2.1.0).
"""
import json
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:  # the caller fails, naming the package
    print(f"missing module: {e.name}")
    sys.exit(3)


class Core12Resolver(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema, as editors read YAML: dates and `off`/`yes`
    stay strings; only true/false are booleans."""


Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


class Core12Constructor(yaml.constructor.SafeConstructor):
    def construct_yaml_int(self, node):
        value = self.construct_scalar(node)
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value, 10)  # no YAML 1.1 octal: 010 is ten


Core12Constructor.add_constructor("tag:yaml.org,2002:int", Core12Constructor.construct_yaml_int)


class Core12Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,
                   yaml.composer.Composer, Core12Constructor, Core12Resolver):
    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        Core12Constructor.__init__(self)
        Core12Resolver.__init__(self)


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith((".yaml", ".yml")):
            return yaml.load(f, Loader=Core12Loader)
        return json.load(f)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    failed = False
    for path in sys.argv[2:]:
        try:
            document = load(path)
        except (OSError, ValueError, yaml.YAMLError) as e:
            failed = True
            print(f"unreadable {path}: {e}".replace("\n", " "))
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:
            print(f"ok {path}")
            continue
        failed = True
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"invalid {path}: /{where}: {e.message}")
    sys.exit(1 if failed else 0)


main()
