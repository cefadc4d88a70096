#!/usr/bin/python3
"""Checks a Mermaid gantt block against the grammar Mermaid's gantt parser reads.

    mermaid_gantt_check.py FILE [TITLE...]

Beside the test that runs Mermaid's own parser (mermaid_parse.mjs), this
states what the block relies on, following Mermaid's lexer (gantt.jison): a statement per line, `#` and `%%` start comments,
`;` ends a statement, a task is `text : data` where neither side holds `#`,
`:` or `;`, and a line that starts with a keyword is that keyword. Data is
tags, an id, a start (a date or `after ID...`) and an end (a date or a
duration). Every TITLE given must appear, once Mermaid's entity codes are
turned back into characters, as a task's text. Prints "ok N" (N tasks).
"""

import datetime as dt
import re
import sys

KEYWORDS = ("gantt", "dateformat", "axisformat", "tickinterval", "includes", "excludes",
            "todaymarker", "title", "section", "click", "call", "weekday",
            "inclusiveenddates", "topaxis", "accTitle", "accDescr")
TAGS = {"done", "active", "crit", "milestone"}


def fail(number, line, why):
    print(f"line {number}: {why}: {line!r}")
    sys.exit(1)


def decode(text):
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), text)


def is_date(text):
    try:
        dt.date.fromisoformat(text)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
    except ValueError:
        return False


lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines[0] != "gantt" or lines[-1] != "":
    fail(1, lines[0], "a block starts with `gantt` and ends with a line break")
ids = set()
titles = []
after_refs = []
for number, line in enumerate(lines[1:-1], start=2):
    body = line.strip()
    if body.startswith("%%"):
        continue
    if re.search(r"[;#]", re.sub(r"#\d+;", "", body)):
        fail(number, line, "a raw `;` or `#` ends the statement or starts a comment")
    lower = body.lower()
    if lower.startswith(("title ", "section ")):
        if ":" in body:
            fail(number, line, "a colon in a title or a section")
        continue
    if re.fullmatch(r"(dateFormat YYYY-MM-DD|axisFormat [%a-zA-Z -]+|todayMarker off)", body):
        continue
    if lower.startswith(KEYWORDS):
        fail(number, line, "a task whose text starts like a keyword")
    if body.count(":") != 1:
        fail(number, line, "a task is `text : data`, with one colon")
    text, data = (part.strip() for part in body.split(":"))
    if not text:
        fail(number, line, "a task without text")
    fields = [f.strip() for f in data.split(",")]
    while fields and fields[0] in TAGS:
        fields.pop(0)
    if len(fields) != 3:
        fail(number, line, "data is tags, then id, start and end")
    task_id, start, end = fields
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", task_id) or task_id in ids:
        fail(number, line, f"a bad or repeated id {task_id!r}")
    ids.add(task_id)
    if start.startswith("after "):
        after_refs += [(number, line, ref) for ref in start.split()[1:]]
    elif not is_date(start):
        fail(number, line, f"a start that is no date: {start!r}")
    if not (is_date(end) or re.fullmatch(r"\d+d", end)):
        fail(number, line, f"an end that is no date nor duration: {end!r}")
    titles.append(decode(text))
for number, line, ref in after_refs:
    if ref not in ids:
        fail(number, line, f"`after {ref}` names no task of the block")
for wanted in sys.argv[2:]:
    if wanted not in titles:
        print(f"title {wanted!r} not among {titles}")
        sys.exit(1)
print(f"ok {len(titles)}")
