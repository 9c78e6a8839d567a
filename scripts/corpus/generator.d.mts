// Types for the generators' command line (scripts/corpus/generator.mjs), so tests can import it.
export function generatorArgs(moduleUrl: string, n: number, more?: string[]): { HERE: string; ROOT: string; OUT: string; CHECK: boolean; ONLY: string[] | undefined };
export function runModes(out: string, n: number, docs: unknown[], options: Record<string, unknown>): void;
export function flagValue(name: string, argv?: string[]): string | undefined;
export function drawId(n: number, i: number): string;
export function splitDrawId(split: string, i: number): string;
export type ValidationDraw = { seed: number; split: string; id: (i: number) => string };
export function parseValidationDraw(n: number, options?: { seed?: number | undefined; argv?: string[] }): ValidationDraw | null;
export function validationDraw(n: number, options?: { seed?: number | undefined }): ValidationDraw | null;
export class DrawFlagError extends Error {}
