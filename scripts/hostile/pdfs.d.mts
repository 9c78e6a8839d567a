// Types for the plain-JS PDF generators (scripts/hostile/pdfs.mjs), so tests can import them.
export function textContent(lines: string[], layout?: { x?: number; top?: number; leading?: number }): string;
export function stream(dict: string, data: Buffer | string): Buffer;
export function assemble(objects: Array<Buffer | string>): Buffer;
export function pagesPdf(contents: Array<Buffer | string>, options?: { extraObjects?: Array<Buffer | string>; resources?: string }): Buffer;
export function deflateRepeated(totalBytes: number, fill?: string, head?: string): Promise<Buffer>;
export function contentBombPdf(decodedBytes: number): Promise<Buffer>;
export function nestedArraysPdf(depth: number): Buffer;
export function pageTreeCyclePdf(): Buffer;
export function manyPagesPdf(pages: number): Buffer;
export function imageBombPdf(width: number, height: number): Promise<Buffer>;
export function densePagesPdf(pages: number): Promise<Buffer>;
