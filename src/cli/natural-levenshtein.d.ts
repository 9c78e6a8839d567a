// Types for the one deep import the CLI takes from `natural` (its root import loads every module).
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  const levenshtein: {
    /** Edit distance where swapping two neighbouring letters ("yaer" → "year") counts as one edit. */
    DamerauLevenshteinDistance(source: string, target: string, options?: { transposition_cost?: number; restricted?: boolean }): number;
  };
  export default levenshtein;
}
