#!/usr/bin/python3
"""Reads a timeline SVG as a consumer would and checks what it promises.

    timeline_svg_check.py FILE

Parsed by Python's XML parser; then: no script, no external reference; every
bar (an element with data-id and data-standing) has a <title> naming its
dates, a known standing, and an x position and width proportional to its
dates (one scale for every bar); every label of the label column ends before
the chart begins, so that no label overlaps a bar. Prints "ok N" (N bars).
"""

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
STANDINGS = {"done", "overdue", "blocked", "behind-pace", "on-track"}
CHAR_WIDTH = 6.7  # of the 11px monospace labels, as the renderer reckons


def fail(message):
    print(message)
    sys.exit(1)


root = ET.parse(sys.argv[1]).getroot()
if root.tag != SVG + "svg":
    fail(f"root is {root.tag}")
for element in root.iter():
    if element.tag in (SVG + "script", SVG + "image", SVG + "foreignObject", SVG + "style"):
        fail(f"forbidden element {element.tag}")
    for name, value in element.attrib.items():
        if "href" in name or re.search(r"url\(|https?:", value):
            fail(f"external reference {name}={value}")

bars = []
for element in root.iter():
    if "data-standing" not in element.attrib:
        continue
    if element.attrib["data-standing"] not in STANDINGS:
        fail(f"unknown standing {element.attrib['data-standing']}")
    title = element.find(SVG + "title")
    if title is None:
        fail(f"bar {element.attrib['data-id']} has no title")
    dates = re.findall(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", title.text)
    if not dates:
        fail(f"bar {element.attrib['data-id']}: no dates in its title")
    start, due = (dt.date.fromisoformat(d) for d in dates[0])
    if element.tag == SVG + "rect":
        x = float(element.attrib["x"])
        width = float(element.attrib["width"])
        bars.append((element.attrib["data-id"], start, due, x, width))

# Cut bars (drawn from an edge) are left out: the first bar that is not cut sets the scale.
cut_free = [b for b in bars if b[4] > 2.5]
if len(cut_free) < 2:
    fail("fewer than two bars to compare")
chart_left = min(b[3] for b in bars)
# The scale from the two bars that start furthest apart; every other bar must agree.
first = min(cut_free, key=lambda b: b[1])
last = max(cut_free, key=lambda b: b[1])
if first[1] == last[1]:
    fail("every bar starts on the same day")
_, start0, _, x0, _ = first
per_day = (last[3] - x0) / (last[1] - start0).days
checked = 0
for bar_id, start, due, x, width in cut_free:
    expected_x = x0 + per_day * (start - start0).days
    expected_width = per_day * ((due - start).days + 1)
    if abs(x - expected_x) > 0.25 and x > chart_left + 0.05:
        fail(f"bar {bar_id}: x {x}, expected {expected_x:.1f} from its start {start}")
    if abs(width - expected_width) > 0.35 and x > chart_left + 0.05 and x + width < 1012:
        fail(f"bar {bar_id}: width {width}, expected {expected_width:.1f} from {start} to {due}")
    checked += 1

for text in root.iter(SVG + "text"):
    if text.attrib.get("font-family") != "monospace":
        continue
    end = float(text.attrib["x"]) + CHAR_WIDTH * len(text.text or "")
    if end > chart_left:
        fail(f"label {text.text!r} ends at {end:.1f}, over the chart at {chart_left:.1f}")
print(f"ok {checked}")
