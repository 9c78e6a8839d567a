/**
 * The review site's one browser script (a classic script: module scripts do not load from file://).
 * Index page: filter, search and sort the documents table. Document page: hovering or selecting a
 * row, a cell item or a warning draws its boxes over the PDF page (drawn here by pdf.js, loaded as
 * classic scripts: src/review/viewer.ts) or marks its lines (text) and scrolls the source pane to
 * them; j/k move between rows, w/W between warnings, Esc clears.
 */

// The little of pdf.js this script uses (pdfjs-dist 5's API), declared here: a classic script cannot import its types.
interface PdfViewport {
  width: number;
  height: number;
}
interface PdfPage {
  rotate: number;
  getViewport(o: { scale: number; rotation?: number }): PdfViewport;
  render(o: { canvasContext: CanvasRenderingContext2D; viewport: PdfViewport; canvas: HTMLCanvasElement }): { promise: Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfjsLib {
  getDocument(o: { data: Uint8Array; isEvalSupported: boolean; verbosity: number }): { promise: Promise<PdfDocument> };
}
/** What a test or a benchmark can wait for on a document page: the PDF read and sized, or every page drawn. */
interface ReviewHooks {
  ready: Promise<void>;
  renderAll(): Promise<void>;
}

(() => {
  type BoxTuple = [page: number, x0: number, y0: number, x1: number, y1: number, firstLine: number, lastLine: number];
  type MarkKind = "row" | "item" | "warning";
  const globals = window as unknown as { pdfjsLib?: PdfjsLib; compactsPdfData?: Record<string, string>; compactsReview?: ReviewHooks };

  /** A classic script added to the page (works from file://, where fetch and modules do not). */
  const loadScript = (src: string) =>
    new Promise<void>((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });

  /** Largest device pixels per PDF point a page is drawn at: sharp on a 2× screen, bounded memory. */
  const MAX_RENDER_SCALE = 4;

  /**
   * The PDF of a document page: loads pdf.js and the PDF's data, sizes every page figure (in the
   * orientation the page was read: its /Rotate plus the recorded turn), and draws a page when it
   * comes near the visible part of the source pane. `onReady` runs once the figures are sized.
   */
  function initPdf(pane: HTMLElement, onReady: () => void): ReviewHooks {
    const body = document.body.dataset;
    const figures = Array.from(document.querySelectorAll<HTMLElement>("figure.page"));
    const pages = new Map<HTMLElement, PdfPage>();
    const drawn = new Map<HTMLElement, Promise<void>>();
    const draw = (fig: HTMLElement): Promise<void> => {
      let p = drawn.get(fig);
      if (p) return p;
      const page = pages.get(fig);
      const canvas = fig.querySelector("canvas");
      const ctx = canvas?.getContext("2d");
      if (!page || !canvas || !ctx) return Promise.resolve();
      const rotation = (page.rotate + Number(fig.dataset["turn"] ?? 0)) % 360;
      const w = Number(fig.dataset["w"]);
      const scale = Math.min(MAX_RENDER_SCALE, Math.max(1, (fig.clientWidth * (window.devicePixelRatio || 1)) / w));
      const viewport = page.getViewport({ scale, rotation });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      p = page.render({ canvasContext: ctx, viewport, canvas }).promise.then(
        () => {
          fig.dataset["drawn"] = "1";
        },
        (e: unknown) => showError(fig, `This page could not be drawn here: ${e instanceof Error ? e.message : String(e)}`),
      );
      drawn.set(fig, p);
      return p;
    };
    const showError = (fig: HTMLElement, message: string) => {
      const p = document.createElement("p");
      p.className = "drawerror";
      p.textContent = message;
      fig.append(p);
    };
    const release = (fig: HTMLElement) => {
      const canvas = fig.querySelector("canvas");
      if (canvas) canvas.width = canvas.height = 0;
      drawn.delete(fig);
      delete fig.dataset["drawn"];
    };
    const ready = (async () => {
      const sources = (body["pdfjs"] ?? "").split(" ").filter(Boolean);
      for (const src of [...sources, body["pdf"] ?? ""]) await loadScript(src);
      const lib = globals.pdfjsLib;
      const b64 = globals.compactsPdfData?.[body["pdfKey"] ?? ""];
      if (!lib || b64 === undefined) throw new Error("pdf.js or the PDF's data did not load");
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const pdf = await lib.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
      for (const fig of figures) {
        const n = Number(fig.dataset["page"]);
        if (n > pdf.numPages) continue;
        const page = await pdf.getPage(n);
        const size = page.getViewport({ scale: 1, rotation: (page.rotate + Number(fig.dataset["turn"] ?? 0)) % 360 });
        fig.dataset["w"] = String(size.width);
        fig.dataset["h"] = String(size.height);
        fig.style.aspectRatio = `${size.width} / ${size.height}`;
        pages.set(fig, page);
      }
      body["pdfState"] = "ready";
      onReady();
      // Pages are drawn when within a pane's height of the visible part, and let go when they leave
      // it (a canvas is ~4 MB at 2 device pixels a point): a long PDF does not hold every page.
      const seen = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const fig = e.target as HTMLElement;
            if (e.isIntersecting) void draw(fig);
            else if (fig.dataset["drawn"] === "1") release(fig);
          }
        },
        { root: pane, rootMargin: "100% 0px" },
      );
      for (const fig of figures) seen.observe(fig);
    })();
    ready.catch((e: unknown) => {
      body["pdfState"] = "error";
      for (const fig of figures) showError(fig, `The PDF could not be drawn here: ${e instanceof Error ? e.message : String(e)}`);
    });
    const renderAll = async () => {
      await ready;
      await Promise.all(figures.map(draw));
    };
    return { ready, renderAll };
  }

  function boxesOf(el: Element): BoxTuple[] {
    const raw = el.getAttribute("data-boxes");
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as BoxTuple[]) : [];
    } catch {
      return [];
    }
  }

  // ── index page ──────────────────────────────────────────────────────────────────────────────
  function initIndex(): void {
    const table = document.getElementById("docs") as HTMLTableElement | null;
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const q = document.getElementById("q") as HTMLInputElement;
    const kind = document.getElementById("f-kind") as HTMLSelectElement;
    const status = document.getElementById("f-status") as HTMLSelectElement;
    const warn = document.getElementById("f-warn") as HTMLInputElement;
    const count = document.getElementById("count") as HTMLOutputElement;
    const rows = Array.from(body.rows);
    const apply = () => {
      const words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const r of rows) {
        const d = r.dataset;
        const ok =
          (!kind.value || d["kind"] === kind.value) &&
          (!status.value || d["status"] === status.value) &&
          (!warn.checked || Number(d["warnings"]) > 0) &&
          words.every((w) => (d["text"] ?? "").includes(w));
        r.hidden = !ok;
        if (ok) shown++;
      }
      count.value = `${shown} of ${rows.length} shown`;
    };
    for (const el of [q, kind, status, warn]) el.addEventListener("input", apply);
    for (const button of Array.from(table.querySelectorAll<HTMLButtonElement>("th button[data-sort]"))) {
      button.addEventListener("click", () => {
        const th = button.parentElement as HTMLTableCellElement;
        const key = button.dataset["sort"] ?? "file";
        const numeric = button.dataset["num"] === "1";
        const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        for (const other of Array.from(table.querySelectorAll("th"))) other.setAttribute("aria-sort", "none");
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        const value = (r: HTMLTableRowElement) => r.dataset[key] ?? "";
        const sorted = rows.slice().sort((a, b) => {
          const va = value(a);
          const vb = value(b);
          // Empty values (no year) sort last either way.
          if (!va || !vb) return va ? -1 : vb ? 1 : 0;
          const c = numeric ? Number(va) - Number(vb) : va.localeCompare(vb, undefined, { numeric: true });
          return c * dir;
        });
        body.append(...sorted);
      });
    }
    apply();
  }

  // ── document page ───────────────────────────────────────────────────────────────────────────
  function initDocument(): void {
    const pane = document.getElementById("source");
    const isPdf = document.body.dataset["format"] === "pdf";
    const rows = Array.from(document.querySelectorAll<HTMLElement>("article.row"));
    const warnings = Array.from(document.querySelectorAll<HTMLButtonElement>(".warnings button.warning"));
    let selected: { el: HTMLElement; kind: MarkKind } | null = null;

    const clearMarks = () => {
      for (const m of Array.from(document.querySelectorAll(".marks .mark"))) m.remove();
      for (const l of Array.from(document.querySelectorAll(".ln.hl, .ln.hl-item, .ln.hl-warning"))) l.classList.remove("hl", "hl-item", "hl-warning");
    };

    /** Draws the element's boxes; returns the first drawn mark or line (to scroll to). */
    const draw = (el: Element, kind: MarkKind): HTMLElement | null => {
      let first: HTMLElement | null = null;
      for (const [page, x0, y0, x1, y1, l0, l1] of boxesOf(el)) {
        if (isPdf) {
          const fig = document.getElementById(`page-${page}`);
          const marks = fig?.querySelector<HTMLElement>(".marks");
          // Until pdf.js has sized the page, its boxes cannot be placed (drawn again when it has).
          if (!fig || !marks || !fig.dataset["w"]) continue;
          const w = Number(fig.dataset["w"]);
          const h = Number(fig.dataset["h"]);
          const pad = 1.5; // points around the glyph boxes, so the frame does not touch the text
          const m = document.createElement("div");
          m.className = `mark mark-${kind}`;
          m.dataset["kind"] = kind;
          m.style.left = `${((x0 - pad) / w) * 100}%`;
          m.style.top = `${((y0 - pad) / h) * 100}%`;
          m.style.width = `${((x1 - x0 + 2 * pad) / w) * 100}%`;
          m.style.height = `${((y1 - y0 + 2 * pad) / h) * 100}%`;
          marks.append(m);
          first ??= m;
        } else {
          for (let n = l0; n <= l1; n++) {
            const line = document.getElementById(`L${n}`);
            if (!line) continue;
            line.classList.add(kind === "row" ? "hl" : kind === "item" ? "hl-item" : "hl-warning");
            first ??= line;
          }
        }
      }
      return first;
    };

    const scrollSourceTo = (target: HTMLElement | null) => {
      if (!pane || !target) return;
      const top = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 4), behavior: "auto" });
      const left = target.getBoundingClientRect().left - pane.getBoundingClientRect().left + pane.scrollLeft;
      if (left < pane.scrollLeft || left > pane.scrollLeft + pane.clientWidth) pane.scrollLeft = Math.max(0, left - 40);
    };

    const rowOf = (el: HTMLElement): HTMLElement | null => {
      const id = el.dataset["row"];
      return id ? document.getElementById(id) : el.closest<HTMLElement>("article.row");
    };

    const show = (el: HTMLElement, kind: MarkKind, scroll: boolean) => {
      clearMarks();
      // An item or warning is shown inside its row's boxes, for context.
      const row = kind === "row" ? null : rowOf(el);
      if (row) draw(row, "row");
      const first = draw(el, kind);
      if (scroll) scrollSourceTo(first ?? (row ? draw(row, "row") : null));
    };

    const select = (el: HTMLElement, kind: MarkKind) => {
      for (const s of Array.from(document.querySelectorAll(".selected"))) s.classList.remove("selected");
      el.classList.add("selected");
      const row = kind === "row" ? el : rowOf(el);
      row?.classList.add("selected");
      selected = { el, kind };
      show(el, kind, true);
    };

    const restore = () => {
      if (selected) show(selected.el, selected.kind, false);
      else clearMarks();
    };

    if (isPdf && pane) {
      // What was selected while the PDF loaded is drawn (and scrolled to) once its pages are sized.
      globals.compactsReview = initPdf(pane, () => {
        if (selected) show(selected.el, selected.kind, true);
      });
    }

    for (const row of rows) {
      row.addEventListener("mouseenter", () => show(row, "row", true));
      row.addEventListener("mouseleave", restore);
      row.addEventListener("focus", () => select(row, "row"));
      row.addEventListener("click", (e) => {
        if ((e.target as Element).closest(".item, button.warning")) return;
        select(row, "row");
      });
      for (const it of Array.from(row.querySelectorAll<HTMLElement>(".item"))) {
        it.addEventListener("mouseenter", () => show(it, "item", true));
        it.addEventListener("mouseleave", () => (row.matches(":hover") ? show(row, "row", false) : restore()));
        it.addEventListener("click", () => select(it, "item"));
      }
    }
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button.warning"))) {
      b.addEventListener("mouseenter", () => show(b, "warning", true));
      b.addEventListener("mouseleave", restore);
      b.addEventListener("click", () => select(b, "warning"));
      b.addEventListener("focus", () => select(b, "warning"));
    }
    // Mentions of a mission or a reference: the span's boxes, like an item outside any row.
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button.mention"))) {
      b.addEventListener("mouseenter", () => show(b, "item", true));
      b.addEventListener("mouseleave", restore);
      b.addEventListener("click", () => select(b, "item"));
    }

    const step = <T extends HTMLElement>(list: readonly T[], current: Element | null, delta: number): T | undefined => {
      if (!list.length) return undefined;
      const i = current ? list.indexOf(current as T) : -1;
      const next = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + delta));
      return list[next];
    };

    document.addEventListener("keydown", (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement;
      if (t.closest("input, select, textarea")) return;
      const current = selected ? (selected.kind === "row" ? selected.el : rowOf(selected.el)) : null;
      let next: HTMLElement | undefined;
      if (e.key === "j" || e.key === "k") next = step(rows, current, e.key === "j" ? 1 : -1);
      else if (e.key === "w" || e.key === "W") next = step(warnings, selected?.kind === "warning" ? selected.el : null, e.key === "w" ? 1 : -1);
      else if (e.key === "Escape") {
        for (const s of Array.from(document.querySelectorAll(".selected"))) s.classList.remove("selected");
        selected = null;
        clearMarks();
        return;
      } else return;
      if (!next) return;
      e.preventDefault();
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: "nearest" });
    });
  }

  if (document.body.dataset["page"] === "index") initIndex();
  else if (document.body.dataset["page"] === "doc") initDocument();
})();
