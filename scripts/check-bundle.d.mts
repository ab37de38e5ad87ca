// Types of check-bundle.mjs (plain JavaScript, so that run.mjs can call it before anything is installed).
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface Budget {
  route: string;
  module: string;
  kb: number;
}
export interface RouteRow {
  module: string;
  route: string;
  bytes: number;
  budgetKb: number | null;
  onDemand: { module: string; bytes: number }[];
}
export interface Measured {
  entry: { module: string; bytes: number } | null;
  rows: RouteRow[];
  problems: string[];
}
export const BUDGETS: Budget[];
export function measure(manifest: Manifest, sizeOf: (file: string) => number, budgets?: Budget[]): Measured;
export function report(measured: Measured): string;
export function checkBuild(outDir: string): Measured;
