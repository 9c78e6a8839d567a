// Types for the deep imports we use from `natural` (its root import pulls in everything).
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  /** Jaro-Winkler similarity in [0, 1] (1 = identical), despite the name. */
  const jaroWinklerDistance: (s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }) => number;
  export default jaroWinklerDistance;
}
