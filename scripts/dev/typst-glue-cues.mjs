// Session 49 (h-typst49) diagnostic, corpus20 typst.txt: per split, the missed and exact rows whose row block
// shows each of h-typst48's three cues (1 a one-run line whose glued capital starts where another line of its
// block opens a run; 2 a block's first line on another grid than its other lines; 3 a hyphen piece ending a run
// before a capital), by the text alone. Rough: row blocks are found from the truth objectives' first words.
//   npm run build && node scripts/dev/typst-glue-cues.mjs val20g,val20h,dev20  [--v]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { rowsExact } from "./row-exact.mjs";
const DIST = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);
const { extract } = await import(join(DIST, "index.js"));
const CORPUS = resolve(new URL("../../test/corpus20", import.meta.url).pathname);
const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
const splits = process.argv[2].split(",");
if (splits.some((s) => s.startsWith("holdout"))) throw new Error("held-out splits are scored by their totals only");
const norm = (s) => s.replace(/[\u00ad]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
const runs = (line) => { const r = []; const re = /\S+(?: \S+)*/g; let m; while ((m = re.exec(line))) r.push({ x: m.index, t: m[0] }); return r; };
const verbose = process.argv.includes("--v");
for (const split of splits) {
  const tally = { miss: [0, 0, 0, 0], ok: [0, 0, 0, 0] };
  for (const e of manifest.documents.filter((d) => d.split === split)) {
    if (!e.renderings?.["typst.txt"]) continue;
    const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
    const file = join(CORPUS, e.renderings["typst.txt"]);
    const out = await extract(file, { format: "text" });
    const { diffs } = rowsExact(out, truth);
    const missed = new Set(diffs.filter((d) => /^  (ROW|MISSING obj)/.test(d)).map((d) => d.match(/"(.*)"/)[1].slice(0, 40)));
    const lines = readFileSync(file, "utf8").split("\n");
    // locate each truth objective's start line
    const flat = lines.map((l) => norm(l));
    const starts = truth.rows.map((t) => {
      const key = norm(t.objective).slice(0, 18);
      return flat.findIndex((l) => l.replace(/^(objective \d+: |• )/, "").includes(key));
    });
    truth.rows.forEach((t, i) => {
      const s = starts[i]; if (s < 0) return;
      const later = starts.filter((x) => x > s); const end = later.length ? Math.min(...later) : Math.min(lines.length, s + 12);
      const block = lines.slice(s, end).filter((l) => l.trim() && !/Senior Manager’s Compact|^\s+\d+\s*$/.test(l));
      // sub-blocks
      const indent = Math.min(...block.map((l) => l.search(/\S/)));
      const subs = []; for (const l of block) { const c = l.search(/\S/); const ch = l[c];
        if (!subs.length || (c <= indent + 1 && /[A-Z•]|\d|[ivx]+\./.test(ch))) subs.push([l]); else subs[subs.length - 1].push(l); }
      const cue = [false, false, false];
      for (const sb of subs) {
        const R = sb.map(runs);
        // cue 1
        sb.forEach((L, li) => { if (R[li].length !== 1) return; const r = R[li][0];
          for (let mi = 0; mi < sb.length; mi++) { if (mi === li) continue; for (const q of R[mi].slice(1)) { const c = q.x;
            if (c > r.x && c < r.x + r.t.length && L[c - 1] === " " && L[c] !== " " && L[c - 2] !== " ") cue[0] = true; } } });
        // cue 2
        if (sb.length >= 2 && R[0].length >= 2) { const s1 = R[0].slice(1).map((q) => q.x); const s2 = R.slice(1).flatMap((rr) => rr.slice(1).map((q) => q.x));
          if (s2.length && s1.every((a) => !s2.some((b) => Math.abs(a - b) <= 1))) cue[1] = true; }
        // cue 3
        R.forEach((rr) => rr.slice(0, -1).forEach((q, k) => { if (/[a-z][\u00ad-]$/.test(q.t) && /^[A-Z]/.test(rr[k + 1].t)) cue[2] = true; }));
      }
      const m = missed.has(t.objective.slice(0, 40));
      const tt = m ? tally.miss : tally.ok; cue.forEach((c, k) => { if (c) tt[k]++; }); if (!cue.some(Boolean)) tt[3]++;
      if (verbose && m) console.log(e.id, cue.map(Number).join(""), t.objective.slice(0, 50));
    });
  }
  console.log(split, "missed c1/c2/c3/none", tally.miss.join("/"), " exact c1/c2/c3/none", tally.ok.join("/"));
}
