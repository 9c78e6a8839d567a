export declare const BUILD_INPUTS: readonly string[];
export declare function inputsTime(root: string): number;
export declare function isBuilt(root: string): boolean;
export declare function beginBuild(root: string): void;
export declare function endBuild(root: string): void;
export declare function buildIfStale(root: string): boolean;
export declare function warnIfStale(dist: string, who: string): boolean;
