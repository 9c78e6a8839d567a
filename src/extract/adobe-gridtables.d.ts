// Types for the two grid-table packages (they ship JavaScript only): what src/extract/markdown.ts uses.
declare module "@adobe/micromark-extension-gridtables" {
  import type { Extension } from "micromark-util-types";
  export const gridTables: Extension;
}

declare module "@adobe/mdast-util-gridtables" {
  import type { Extension } from "mdast-util-from-markdown";
  import type { BlockContent, DefinitionContent } from "mdast";
  import type { Position } from "unist";
  export interface GridCell {
    type: "gtCell";
    colSpan?: number;
    rowSpan?: number;
    align?: string;
    valign?: string;
    children: Array<BlockContent | DefinitionContent>;
    position?: Position;
  }
  export interface GridRow {
    type: "gtRow";
    children: GridCell[];
    position?: Position;
  }
  export interface GridSection {
    type: "gtHeader" | "gtBody" | "gtFooter";
    children: GridRow[];
    position?: Position;
  }
  export interface GridTable {
    type: "gridTable";
    children: GridSection[];
    position?: Position;
  }
  export function gridTablesFromMarkdown(): Extension;
}
