/** Types of slots.mjs (the corpus16 generator's layout slots), for the tests. */
export type LayoutSlot = { era: number; rules: number; font: number; page: number; keep: number; designs: number };
export declare const SLOT_CHOICES: readonly (keyof LayoutSlot)[];
export declare const INDEX_SLOT_SPLITS: ReadonlySet<string>;
export declare function layoutSlots(n: number, seed: number | null): LayoutSlot[];
export declare function slotSeed(draw: { seed: number; split: string } | null): number | null;
export declare function designsOf<T>(designs: readonly T[], k: number): T[];
