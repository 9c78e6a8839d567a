/**
 * The review site's one browser script (a classic script: module scripts do not load from file://).
 * Index page: filter, search and sort the documents table. Document page: hovering or selecting a
 * row, a cell item or a warning draws its boxes over the page image (PDF) or marks its lines (text)
 * and scrolls the source pane to them; j/k move between rows, w/W between warnings, Esc clears.
 */
(() => {
  type BoxTuple = [page: number, x0: number, y0: number, x1: number, y1: number, firstLine: number, lastLine: number];
  type MarkKind = "row" | "item" | "warning";

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
          if (!fig || !marks) continue;
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
