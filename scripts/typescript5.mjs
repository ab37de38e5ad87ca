// TypeScript 7 (the native compiler the project type-checks with) ships no JavaScript compiler API. The tools that
// parse or print TypeScript through that API (dependency-cruiser, openapi-typescript) get TypeScript 5's, installed
// under the alias `typescript5`, through this hook: `node --import ./scripts/typescript5.mjs …`.
import Module, { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, n) { return n(s.replace(/^typescript(?=$|\\/)/, 'typescript5'), c); }",
  )}`,
  import.meta.url,
);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request.replace(/^typescript(?=$|\/)/, 'typescript5'), ...rest);
};
