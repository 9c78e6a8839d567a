export interface FieldResult { field: string; ok: boolean; got: unknown; want: unknown }
export interface CountResult { count: string; ok: boolean; got: number; want: number }
export interface DocResult { name: string; expectedKind: string; kind: string; fields: FieldResult[]; counts: CountResult[] }
export interface Tally { right: number; total: number }
export interface ScoreResult {
  docs: DocResult[];
  kinds: Tally;
  fields: Tally;
  perField: Record<string, Tally>;
  paragraphCounts: Tally;
  allCounts: Tally;
}
export const DEFAULT_DIR: string;
export const FIELDS: string[];
export const EXTRA_FIELDS: string[];
export const COUNTS: string[];
export const MIN_FIELD_ACCURACY: number;
export function scoreFixtures(dir?: string): Promise<ScoreResult>;
