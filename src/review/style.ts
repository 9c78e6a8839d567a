/**
 * The review site's one stylesheet (written to assets/review.css). Colours are chosen for WCAG AA
 * contrast on white (text ≥ 4.5:1): #1a1a1a text, #0b57d0 links, #8a4500 warning text on #fff4e5.
 */
export const REVIEW_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;background:#fff}
body{margin:0}
a{color:#0b57d0}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em;z-index:10}
.skip:focus{left:.5em}
header.bar{padding:.6em 1em;border-bottom:1px solid #c8c8c8;background:#f6f7f9}
header.bar h1{font-size:1.25em;margin:.1em 0}
.meta,.keys{margin:.1em 0;color:#444}
.keys kbd{border:1px solid #999;border-radius:3px;padding:0 .3em;background:#fff;font-size:.9em}
main.index{padding:1em}
.filters{display:flex;flex-wrap:wrap;gap:.8em 1.4em;align-items:end;margin-bottom:1em}
.filters label{display:flex;flex-direction:column;font-weight:600;font-size:.9em}
.filters label.check{flex-direction:row;align-items:center;gap:.4em}
.filters input[type=search]{min-width:18em}
.filters input,.filters select{font:inherit;padding:.25em .4em;border:1px solid #767676;border-radius:3px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #ddd;vertical-align:top}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:#1a1a1a}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
td.num,th.num{text-align:right}
.sub{color:#555;font-size:.9em}
.status{display:inline-block;padding:0 .45em;border-radius:3px;font-size:.9em}
.s-success{background:#e6f4ea;color:#14532d}
.s-partial{background:#fff4e5;color:#8a4500}
.s-failure{background:#fde8e8;color:#8b1a1a}
tr.has-warnings td.warn{color:#8a4500;font-weight:700}
body[data-page=doc]{display:flex;flex-direction:column;height:100vh}
main.split{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);flex:1;min-height:0}
.source,.extracted{overflow:auto;padding:1em}
.source{background:#e9ebee;border-right:1px solid #c8c8c8}
.page{position:relative;margin:0 auto 1em;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25);max-width:100%}
.page{aspect-ratio:210/297}
.page canvas{display:block;width:100%;height:100%}
.page .turned{color:#8a4500}
.drawerror{position:absolute;top:2em;left:1em;right:1em;color:#8b1a1a;background:#fff}
.page figcaption{position:absolute;right:.4em;top:.2em;font-size:.8em;color:#444;background:rgba(255,255,255,.85);padding:0 .3em}
.marks{position:absolute;inset:0;pointer-events:none}
.mark{position:absolute;border:2px solid #c5221f;background:rgba(255,196,0,.22);border-radius:2px}
.mark-item{border-color:#0b57d0;background:rgba(11,87,208,.14)}
.mark-warning{border-color:#8a4500;border-style:dashed;background:rgba(255,140,0,.18)}
.textsrc{font:13px/1.5 "DejaVu Sans Mono",ui-monospace,monospace;background:#fff;padding:.5em 0;box-shadow:0 1px 4px rgba(0,0,0,.25);min-width:max-content}
.ln{display:flex;white-space:pre;padding-right:1em}
.ln .no{display:inline-block;min-width:4.5em;padding-right:1em;text-align:right;color:#595959;user-select:none}
.ln.pagebreak{border-top:2px dashed #767676}
.ln.hl{background:rgba(255,196,0,.3)}
.ln.hl-item{background:rgba(11,87,208,.16)}
.ln.hl-warning{background:rgba(255,140,0,.25)}
.extracted h2{font-size:1.1em;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
.row{border:1px solid #c8c8c8;border-left:5px solid #c8c8c8;border-radius:4px;padding:.4em .7em;margin:.6em 0;background:#fff}
.row.warn{border-left-color:#d97706;background:#fffaf2}
.row.selected{outline:3px solid #c5221f;outline-offset:1px}
.row h3{font-size:1em;margin:.1em 0 .3em}
.row h3 .sec,.row h3 .pages{font-weight:400;color:#555;font-size:.9em;margin-left:.6em}
.cell h4{font-size:.8em;text-transform:uppercase;letter-spacing:.03em;color:#555;margin:.5em 0 .1em}
.cell ol,.cell ul{margin:.1em 0;padding-left:1.4em}
.item{cursor:pointer;border-radius:2px}
.item:hover,.item.selected{background:rgba(11,87,208,.12)}
.item.unlocated{text-decoration:underline dotted #8b1a1a}
.targets{color:#14532d;font-size:.9em;margin-left:.4em}
.warnings ul,.row-warnings{list-style:none;padding:0;margin:.2em 0}
button.warning{font:inherit;text-align:left;width:100%;background:#fff4e5;color:#8a4500;border:1px solid #e8c48f;border-radius:3px;padding:.2em .5em;margin:.15em 0;cursor:pointer}
button.warning.selected{outline:3px solid #8a4500}
button.warning code{font-weight:700}
.missions td,.missions th{font-size:.95em}
button.mention{font:inherit;font-size:.85em;background:#eef3fd;color:#0b57d0;border:1px solid #b6c9f0;border-radius:3px;padding:0 .35em;margin:.1em 0;cursor:pointer}
button.mention.selected{outline:3px solid #0b57d0}
.none{color:#555;font-style:italic}
.nosource{padding:1em;background:#fff;border:1px dashed #767676}
@media (max-width:900px){body[data-page=doc]{display:block;height:auto}main.split{grid-template-columns:1fr}.source{max-height:60vh}}
`;
