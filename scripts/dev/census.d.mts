export interface MissRow { split: string; doc: string; kind: string; objective: string; detail: string }
export declare const LAYOUT_TEXT: readonly (readonly [string, string])[];
export declare function splitsOf(corpus: string, sets?: Record<string, readonly string[]>): { split: string; set: string }[];
export declare function parseRows(text: string): MissRow[];
export declare function movedWords(detail: string): string[] | null;
export declare function shiftedPairs(rows: readonly MissRow[], share?: number): MissRow[];
export declare function strayTokens(rows: readonly MissRow[]): MissRow[];
