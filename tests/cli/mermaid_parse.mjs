// Parses a Mermaid gantt block with Mermaid's own gantt parser, as GitHub
// and GitLab do before they draw it, and prints each task it read.
//
//   node mermaid_parse.mjs NODE_MODULES FILE
//
// NODE_MODULES holds the npm packages `mermaid` (11) and `jsdom` (Mermaid's
// modules need a DOM to load; the parser itself draws nothing). Prints
// "ok N", then one JSON line per task: id, text, start, end, section, tags.
// A block Mermaid cannot parse throws: exit status 1 with its message.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, file] = process.argv.slice(2);
const { JSDOM } = await import(pathToFileURL(join(modules, "jsdom/lib/api.js")).href);
const dom = new JSDOM("<!DOCTYPE html><body></body>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const chunks = join(modules, "mermaid/dist/chunks/mermaid.core");
const gantt = readdirSync(chunks).find((name) => /^ganttDiagram-.*\.mjs$/.test(name));
const { diagram } = await import(pathToFileURL(join(chunks, gantt)).href);

diagram.db.clear();
diagram.parser.parser.yy = diagram.db;
diagram.parser.parse(readFileSync(file, "utf8"));
const day = (d) => d.toISOString().slice(0, 10);
const tasks = diagram.db.getTasks();
console.log(`ok ${tasks.length}`);
for (const t of tasks) {
  const tags = ["done", "crit", "active", "milestone"].filter((tag) => t[tag]);
  console.log(JSON.stringify({ id: t.id, text: t.task.trim(), start: day(t.startTime),
                               end: day(t.endTime), section: t.section, tags }));
}
