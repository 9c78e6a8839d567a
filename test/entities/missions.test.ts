import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadDomainData } from "../../src/data/index.js";
import { buildGazetteer, findMissionLists, findMissions } from "../../src/entities/missions.js";
import { cellMissions, ROW_SEPARATOR } from "../../src/entities/index.js";
import type { Objective } from "../../src/model/output.js";

const gaz = buildGazetteer(loadDomainData().missions);

/** [text, gazetteer keys found in order]. Includes the prefix pairs that need longest match. */
const MENTIONS: Array<[string, string[]]> = [
  ["UNMIS", ["UNMIS"]],
  ["UNMISS", ["UNMISS"]],
  ["UNMISET", ["UNMISET"]],
  ["UNAMI", ["UNAMI"]],
  ["UNAMID", ["UNAMID"]],
  ["UNAMIR", ["UNAMIR"]],
  ["UNOWA and UNOWAS", ["UNOWA", "UNOWAS"]],
  ["UNSCO, UNSCOL", ["UNSCO", "UNSCOL"]],
  ["MINURCA then MINURCAT", ["MINURCA", "MINURCAT"]],
  ["UNEF II after UNEF I", ["UNEF II", "UNEF I"]],
  ["United Nations Mission in South Sudan", ["UNMISS"]],
  ["United Nations Mission in Sudan", ["UNMIS"]],
  ["United Nations Mission in the Sudan", ["UNMIS"]],
  ["UN Peace-Building Office in Guinea-Bissau", ["UNOGBIS"]],
  ["united nations peacebuilding support office in guinea-bissau", ["UNOGBIS"]],
  ["United Nations Office for West Africa and the Sahel", ["UNOWAS"]],
  ["United Nations Office for West Africa", ["UNOWA"]],
  ["United Nations Mission in the Central African Republic and Chad (MINURCAT)", ["MINURCAT", "MINURCAT"]],
  ["the UNIIC report", ["UNIIIC"]],
  ["the LRA rebels", []],
  ["Office of the Special Envoy of the Secretary-General for the LRA-affected Areas (LRA)", ["LRA", "LRA"]],
  ["the Lord's Resistance Army (LRA) issue", []],
  // Coordinated with other missions' acronyms, LRA is the mission; beside other words it is not.
  ["the needs of UNDOF, LRA and UNOWA, where", ["UNDOF", "LRA", "UNOWA"]],
  ["plans agreed with UNDOF and LRA by June", ["UNDOF", "LRA"]],
  ["attacks by the LRA and ADF in the region", []],
  ["Uganda, LRA and other armed groups", []],
  ["UNMISSION and XUNMIS are words", []],
  ["African Union/United Nations Hybrid operation in Darfur", ["UNAMID"]],
  // Names sharing a long lead ("United Nations …"), ending at punctuation, inside parentheses, after "é".
  ["(United Nations Mission in Liberia), United Nations Mission in Sudan; and UNAMID.", ["UNMIL", "UNMIS", "UNAMID"]],
  ["Résumé: United Nations Office for West Africa and the Sahel/UNOWAS", ["UNOWAS", "UNOWAS"]],
  ["United Nations Missions in Sudan", []],
];

describe("findMissions", () => {
  it.each(MENTIONS)("%j", (text, expected) => {
    const spans = findMissions(text, gaz);
    expect(spans.map((s) => s.normalized)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

const lines = (text: string) => {
  let start = 0;
  return text.split("\n").map((t) => {
    const l = { text: t, start };
    start += t.length + 1;
    return l;
  });
};

describe("findMissionLists", () => {
  it("reads kind from the heading, keeps printed acronym and name, reports unknown acronyms", () => {
    const text = [
      "• Mandates for 2 peacekeeping operations:",
      "",
      "United Nations Mission in Sudan (UNMIS)",
      "United Nations Imaginary Mission in Atlantis (UNIMA)",
      "• Mandates for 2 special political missions:",
      "United Nations Independent Inquiry Committee (UNIIC)",
      "Liaison Office of the Special Envoy for the LRA-affected Areas (LRA)",
      "United Nations Mission in Sudan (UNMIS)",
      "- General Assembly resolution on something (A/RES/61/276, 20 July 2007)",
      "United Nations Mission in Nepal (UNMIN)",
    ].join("\n");
    const { missions } = findMissionLists(lines(text), gaz);
    expect(missions.map(({ start: _s, end: _e, ...m }) => m)).toEqual([
      { acronym: "UNMIS", canonical: "UNMIS", name: "United Nations Mission in Sudan", kind: "peacekeeping", known: true },
      { acronym: "UNIMA", canonical: null, name: "United Nations Imaginary Mission in Atlantis", kind: "peacekeeping", known: false },
      { acronym: "UNIIC", canonical: "UNIIIC", name: "United Nations Independent Inquiry Committee", kind: "political", known: true },
      { acronym: "LRA", canonical: "LRA", name: "Liaison Office of the Special Envoy for the LRA-affected Areas", kind: "political", known: true },
    ]);
  });
  it("takes the gazetteer kind and name for bare acronyms and names without heading kind", () => {
    const text = "The following missions:\nUNAMA, UNMISS and UNDOF\nUnited Nations Mision in Liberia\nEnd of list.";
    const { missions } = findMissionLists(lines(text), gaz);
    expect(missions.map((m) => [m.acronym, m.canonical, m.kind])).toEqual([
      ["UNAMA", "UNAMA", "political"],
      ["UNMISS", "UNMISS", "peacekeeping"],
      ["UNDOF", "UNDOF", "peacekeeping"],
      ["UNMIL", "UNMIL", "peacekeeping"], // fuzzy: "Mision" typo
    ]);
  });
});

describe("wrapped list items and line-break hyphens (PDF text)", () => {
  it("joins an item wrapped over two lines", () => {
    const text = "Mandates for 2 peacekeeping operations:\nUnited Nations Organization Mission in the Democratic\nRepublic of the Congo (MONUC)\nUnited Nations Mission in Liberia (UNMIL)\n\nOther text.";
    const { missions } = findMissionLists(lines(text), gaz);
    expect(missions.map((m) => [m.acronym, m.name])).toEqual([
      ["MONUC", "United Nations Organization Mission in the Democratic Republic of the Congo"],
      ["UNMIL", "United Nations Mission in Liberia"],
    ]);
    const monuc = missions[0]!;
    expect(text.slice(monuc.start, monuc.end)).toBe("MONUC");
  });
  it("matches a name hyphenated across a line break", () => {
    expect(findMissions("United Nations Peace-\nbuilding Support Office in Guinea-Bissau", gaz).map((s) => s.normalized)).toEqual(["UNOGBIS"]);
  });
});

describe("list heading naming both kinds", () => {
  it("leaves the kind to the gazetteer", () => {
    const text = "Mandates for peacekeeping operations and special political missions:\nUNMIS, UNAMA";
    expect(findMissionLists(lines(text), gaz).missions.map((m) => [m.acronym, m.kind])).toEqual([
      ["UNMIS", "peacekeeping"],
      ["UNAMA", "political"],
    ]);
  });
});

describe("several pairs on one line", () => {
  it("splits them, with offsets of each acronym", () => {
    const text = "Mandates: United Nations Mission in Sudan (UNMIS), United Nations Mission in Liberia (UNMIL), and United Nations Assistance Mission in Iraq (UNAMI).";
    const { missions } = findMissionLists(lines(text), gaz);
    expect(missions.map((m) => [m.acronym, m.name, m.kind])).toEqual([
      ["UNMIS", "United Nations Mission in Sudan", "peacekeeping"],
      ["UNMIL", "United Nations Mission in Liberia", "peacekeeping"],
      ["UNAMI", "United Nations Assistance Mission in Iraq", "political"],
    ]);
    for (const m of missions) expect(text.slice(m.start, m.end)).toBe(m.acronym);
  });
});

describe("list items with trailing separators", () => {
  it("reads 'Name (ACR);' lines", () => {
    const text = "Peacekeeping operations:\nUnited Nations Mission in Sudan (UNMIS);\nUnited Nations Mission in Liberia (UNMIL), and\nUNDOF.";
    expect(findMissionLists(lines(text), gaz).missions.map((m) => m.acronym)).toEqual(["UNMIS", "UNMIL", "UNDOF"]);
  });
});

describe("numbered and Markdown list items", () => {
  it("strips numbers, letters and Markdown bullets", () => {
    const text = "Peacekeeping operations:\n1. United Nations Mission in Sudan (UNMIS)\n(b) UN Mission in Liberia (UNMIL)\n- UNDOF\n* United Nations Interim Force in Lebanon (UNIFIL)";
    expect(findMissionLists(lines(text), gaz).missions.map((m) => [m.acronym, m.name])).toEqual([
      ["UNMIS", "United Nations Mission in Sudan"],
      ["UNMIL", "UN Mission in Liberia"],
      ["UNDOF", "United Nations Disengagement Observer Force"],
      ["UNIFIL", "United Nations Interim Force in Lebanon"],
    ]);
  });
});

describe("cellMissions: missions in table cells as the table reader joined them", () => {
  const objective = (line: number, measures: string[], extra: Record<string, string[]> = {}) => ({
    id: `o${line}`,
    section: null,
    objective: "To support field operations.",
    accomplishments: ["Timely support."],
    measures: measures.map((text) => ({ text, targets: [], accomplishment: null, target: null, baseline: null })),
    extra,
    provenance: { page: 1, lines: [line, line + 3] as [number, number], pages: [1] },
  });
  const lines = [10, 20].map((line) => ({ page: 1, line, y: line * 12, text: "", start: line * 100, end: line * 100, segments: [] }));

  it("finds an acronym a cell wrapped at its hyphen and a name wrapped in a cell, placed at the row's first line", () => {
    const found = cellMissions(
      [objective(10, ["Support plans agreed with OSESG-HoA and UNDOF by April 2022."]), objective(20, ["Reports shared with the United Nations Mission in Liberia."], { risks: ["Delays at UNMISS."] })],
      gaz,
      lines,
    );
    expect(found.map((m) => [m.normalized, m.start])).toEqual([
      ["OSESG-HoA", 1000],
      ["UNDOF", 1000],
      ["UNMIL", 2000],
      ["UNMISS", 2000],
    ]);
  });
  it("finds nothing in a table without missions", () => {
    expect(cellMissions([objective(10, ["Clean audit opinion."])], gaz, lines)).toEqual([]);
  });

  // Rows are scanned joined by ROW_SEPARATOR: each row must read as it reads alone, whatever its
  // edges hold (an acronym or name cut at the row's end, a hyphen, a pair-only acronym after a
  // list, a comma or "and" left open, a capital sigma that folds in context).
  const rowByRow = (objectives: readonly Objective[]) =>
    objectives.flatMap((o, r) => {
      const cells = [o.objective, ...o.accomplishments, ...o.measures.map((m) => m.text), ...Object.values(o.extra).flat()];
      const at = lines[r]!.start;
      return findMissions(cells.join("\n"), gaz).map((m) => ({ ...m, start: at, end: at }));
    });
  const EDGE_PIECES = [
    "UNMIL", "UNMIS", "UNEF", " II", "LRA", "(LRA)", "United Nations Mission in", "Liberia", "Liberia (UNMIL)", "the Sudan", "OSESG-", "HoA",
    "Peace-", "building", ",", " and", ", and ", " ", "\n", "-", "UNDOF, ", "Lord's Resistance Army", "ΣΑΣ", "İ", "x", "Office of the Special Envoy",
  ];
  it("finds in rows joined what it finds row by row (generated rows)", () => {
    const rowText = fc.array(fc.constantFrom(...EDGE_PIECES), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.tuple(rowText, rowText), ([a, b]) => {
        const objectives = [
          { ...objective(10, []), objective: a, accomplishments: [] },
          { ...objective(20, []), objective: b, accomplishments: [] },
        ];
        expect(cellMissions(objectives, gaz, lines)).toEqual(rowByRow(objectives));
      }),
      { numRuns: 400 },
    );
  });
  it("keeps each row's own edges: nothing runs from one row into the next", () => {
    const objectives = [
      { ...objective(10, []), objective: "Plans with UNDOF,", accomplishments: ["United Nations Mission in"] },
      { ...objective(20, []), objective: "LRA support", accomplishments: ["Liberia", "Peace-"] },
    ];
    expect(ROW_SEPARATOR).toMatch(/^\s.*\s$/);
    // "LRA" after "UNDOF," of the row above is no coordinated list, "Liberia" no name's end.
    expect(cellMissions(objectives, gaz, lines).map((m) => m.normalized)).toEqual(["UNDOF"]);
    expect(cellMissions(objectives, gaz, lines)).toEqual(rowByRow(objectives));
  });
});

describe("findMissionLists: a run-on list wrapped after its heading line", () => {
  it("goes on with the next lines while the list is left open", () => {
    const text = "The Department will support the following operations in 2006: UNOMIG, UNMIT, MONUC,\nUNDOF, UNOTIL, BONUCA, LRA, UNOGBIS and UNTOP.\nUNMIL staff will be trained.\n";
    let at = 0;
    const lines = text.split("\n").map((t) => {
      const l = { text: t, start: at };
      at += t.length + 1;
      return l;
    });
    expect(findMissionLists(lines, gaz).missions.map((m) => m.canonical)).toEqual(["UNOMIG", "UNMIT", "MONUC", "UNDOF", "UNOTIL", "BONUCA", "LRA", "UNOGBIS", "UNTOP"]);
  });
  it("joins an acronym cut at its own hyphen at the line end", () => {
    const text = "The Department will support the following operations in 2015: UNRGID, UNSCO, OSE-\nSyria, UNRCCA and OSESG-GL.\n";
    let at = 0;
    const lines = text.split("\n").map((t) => {
      const l = { text: t, start: at };
      at += t.length + 1;
      return l;
    });
    expect(findMissionLists(lines, gaz).missions.map((m) => m.canonical)).toEqual(["UNRGID", "UNSCO", "OSE-Syria", "UNRCCA", "OSESG-GL"]);
  });
});

describe("a mission name cut at a line's end (a column layout)", () => {
  it("a list item that stops where a name's word ends is no fuzzy match of another mission", () => {
    // The right column's item goes on two lines below, after a line of the left column's prose:
    // Jaro-Winkler's prefix bonus rated the head 0.95+ against "… Mission for Iraq" (UNAMI).
    const text = ["The Department directs the following special political missions:", "• United Nations Assistance Mission in", "", "Afghanistan (UNAMA)"].join("\n");
    expect(findMissionLists(lines(text), gaz).missions.map((m) => m.canonical)).not.toContain("UNAMI");
    // A typo still matches, and a whole name that a longer one opens with is still that mission.
    expect(findMissionLists(lines("Special political missions:\nUnited Nations Asistance Mission for Iraq\nEnd."), gaz).missions.map((m) => m.canonical)).toEqual(["UNAMI"]);
  });

  it("a name that opens a longer name, the line going on with that name's words, is the longer one cut", () => {
    const cut = "I commit myself to using the authorities delegated to    •  United Nations Office for West Africa and the\nme by the Secretary-General to lead the Department       Sahel (UNOWAS)\n";
    expect(findMissions(cut, gaz).map((s) => s.normalized)).toEqual(["UNOWAS"]);
    // The shorter name stays itself when its line goes on otherwise or the longer name follows whole.
    expect(findMissions("the United Nations Office for West Africa and the\nGovernment of Senegal", gaz).map((s) => s.normalized)).toEqual(["UNOWA"]);
    expect(findMissions("the United Nations Office for West Africa and\nthe Sahel", gaz).map((s) => s.normalized)).toEqual(["UNOWAS"]);
    expect(findMissions("the United Nations Office for West Africa in Dakar\nand", gaz).map((s) => s.normalized)).toEqual(["UNOWA"]);
  });
});
