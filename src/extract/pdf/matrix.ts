/** PDF affine matrices [a b c d e f], shared by the text (glyphs.ts) and path (rules.ts) readers. */
export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied after n (PDF: `cm` concatenates onto the CTM from the left). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * A 6-number matrix or null. pdf.js hands matrices out as plain arrays (`cm`) or typed arrays (a
 * form XObject's `/Matrix` is a Float32Array): both count, or a form's placement is lost.
 */
export function asMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== "object" || (v as ArrayLike<unknown>).length !== 6) return null;
  // Read by index (no Array.from copy and `every` callback: one per `cm` and text matrix of a page).
  const a = v as ArrayLike<unknown>;
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5];
  if (typeof a0 !== "number" || typeof a1 !== "number" || typeof a2 !== "number" || typeof a3 !== "number" || typeof a4 !== "number" || typeof a5 !== "number") return null;
  return [a0, a1, a2, a3, a4, a5];
}
