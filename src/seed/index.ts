// The public face of seed (the shipped reference data, demo data and first account).
// For the composition root: what a server loads into its database at start.
export { bootstrapAdmin, loadDemoData, loadReferenceData } from './load.ts';
export { demoData } from './data.ts';
export { loadShippedCatalogue } from './catalogue.ts';
// Demo mode: two years of generated contacts, completions and complaints, after the rest of the demo.
export { loadActivityDemo } from './activity.ts';
// For tests that search the demo catalogue as start-up loads it in demo mode (the demo centres first).
export { loadDemoDirectory } from './directory.ts';
