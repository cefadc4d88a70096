#!/usr/bin/python3
"""Reads an HTML page of `plan` as a browser-grade parser and a browser would.

    html_page_check.py parse FILE TEXT...
        html5lib parses FILE with no parse error; no element or style refers
        to anything outside the file (src, href, url(), @import); no script;
        the page's text holds every TEXT. Prints "ok".
    html_page_check.py browse FILE TEXT...
        headless Chromium (offline: every host unresolvable, a proxy that
        refuses) loads FILE: its DOM dump holds every TEXT, its network log
        holds no request made by the page, and its screenshot is not blank.
        Prints "ok".
"""

import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib


def fail(message):
    print(message)
    sys.exit(1)


def parse(path, texts):
    import html5lib

    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    with open(path, "rb") as f:
        document = parser.parse(f)
    if parser.errors:
        fail(f"parse errors: {parser.errors[:5]}")
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.split("}")[-1] in ("script", "iframe", "object", "embed", "link", "img"):
            fail(f"element <{tag}> in the page")
        for name, value in element.attrib.items():
            local = name.split("}")[-1]
            if local in ("src", "href", "srcset", "action", "data", "poster") or local.startswith("on"):
                fail(f"attribute {local}={value!r}")
            if re.search(r"url\(|https?:|//", value) and local != "xmlns":
                fail(f"external reference in {local}={value!r}")
    for style in document.iter("style"):
        if re.search(r"url\(|@import", style.text or ""):
            fail("the style sheet refers outside the page")
    text = " ".join(document.itertext())
    for wanted in texts:
        if wanted not in text:
            fail(f"{wanted!r} is not in the page's text")
    print("ok")


def not_blank(png):
    """Whether a PNG shows more than one colour (its rows decompressed)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        return False
    at, idat = 8, b""
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        if kind == b"IDAT":
            idat += png[at + 8:at + 8 + length]
        at += 12 + length
    pixels = zlib.decompress(idat)
    return len(set(pixels)) > 8


def browse(path, texts):
    chromium = "/usr/bin/chromium"
    if not os.path.exists(chromium):
        fail("chromium is missing: run scripts/install-deps (Debian package chromium)")
    url = "file://" + os.path.abspath(path)
    with tempfile.TemporaryDirectory() as tmp:
        common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                  "--no-first-run", "--disable-background-networking", "--disable-sync",
                  "--disable-component-update", "--disable-default-apps",
                  "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                  f"--user-data-dir={tmp}/profile"]
        log = os.path.join(tmp, "net.json")
        dom = subprocess.run(common + [f"--log-net-log={log}", "--dump-dom", url],
                             capture_output=True, timeout=120, check=False)
        if dom.returncode != 0:
            fail(f"chromium --dump-dom failed: {dom.stderr.decode()[-500:]}")
        text = re.sub(r"<[^>]*>", " ", dom.stdout.decode())
        for wanted in texts:
            if wanted not in text:
                fail(f"{wanted!r} is not in the DOM chromium built")
        with open(log, encoding="utf-8") as f:
            events = json.load(f)["events"]
        # Requests the browser makes for itself have no origin; the page's have its own.
        for event in events:
            params = event.get("params", {})
            if "initiator" in params and params["initiator"] != "not an origin":
                if not params.get("url", "").startswith("file:"):
                    fail(f"the page made a request: {params['url']}")
        shot = os.path.join(tmp, "page.png")
        run = subprocess.run(common + ["--window-size=1200,1600", f"--screenshot={shot}", url],
                             capture_output=True, timeout=120, check=False)
        if run.returncode != 0 or not os.path.exists(shot):
            fail(f"chromium --screenshot failed: {run.stderr.decode()[-500:]}")
        with open(shot, "rb") as f:
            if not not_blank(f.read()):
                fail("the screenshot is blank")
    print("ok")


if __name__ == "__main__":
    {"parse": parse, "browse": browse}[sys.argv[1]](sys.argv[2], sys.argv[3:])
