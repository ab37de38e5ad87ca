// Writes the OpenAPI 3.1 document generated from the route schemas to docs/openapi.json (committed; a test
// fails when the committed copy differs from what the code generates).
import { writeFileSync } from 'node:fs';
import { generateOpenApi } from '../src/openapi.ts';

const target = new URL('../docs/openapi.json', import.meta.url);
writeFileSync(target, await generateOpenApi());
process.stdout.write(`wrote ${target.pathname}\n`);
