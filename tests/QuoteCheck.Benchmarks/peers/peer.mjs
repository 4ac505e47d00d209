// Runs one peer over every article text in a folder of .txt files and prints one JSON line:
// {"peer", "articles", "bytes", "seconds", "found"}. The time covers the work only; the whole-process
// time (startup and loading included) is taken by run.sh around this script.
//   node peer.mjs chrono|wink|compromise FOLDER
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [peer, folder] = process.argv.slice(2);
const texts = readdirSync(folder).filter(f => f.endsWith(".txt")).sort().map(f => readFileSync(join(folder, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

let run;
if (peer === "chrono") {
  const chrono = await import("chrono-node");
  run = t => chrono.parse(t, new Date(2016, 5, 1)).length;
} else if (peer === "wink") {
  const winkNLP = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  run = t => nlp.readDoc(t).entities().out(its.span).length;
} else if (peer === "compromise") {
  const nlp = (await import("compromise")).default;
  const dates = (await import("compromise-dates")).default;
  nlp.plugin(dates);
  run = t => {
    const doc = nlp(t);
    return doc.quotations().length + doc.numbers().length + doc.dates().length;
  };
} else {
  console.error("usage: node peer.mjs chrono|wink|compromise FOLDER");
  process.exit(2);
}

const start = process.hrtime.bigint();
let found = 0;
for (const t of texts) found += run(t);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ peer, articles: texts.length, bytes, seconds, found }));
