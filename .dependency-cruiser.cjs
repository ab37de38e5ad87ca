// The dependency rule, checked by `npm run check:deps` (dependency-cruiser, run under TypeScript 5's compiler API:
// see scripts/typescript5.mjs). Each capability (src/<capability>/) shows one public face, its index.ts, which also
// re-exports the face's light part, lookups.ts (reads and SQL fragments other capabilities embed in their queries:
// names, references, the rule registry's terms). The platform (src/platform/: mechanisms every capability uses) knows
// no capability; the composition root (the files directly in src/: app, routes, jobs, server, main, openapi, db) wires
// capabilities together through their faces.
//
// Why lookups.ts may be imported directly: index.ts also re-exports the capability's routes and jobs for the
// composition root, so importing it loads the whole capability. Capabilities name each other's records both ways
// (a centre shows its head user, a user's grant its centre), and through index.ts every such pair would be a module
// cycle; lookups.ts depends on no capability's index.ts, so it can be used from anywhere.
//
// Test code (src/**/*.test.ts and helper modules such as test-fixtures.ts) may also use another capability's
// test-fixtures.ts. test/ and scripts/ (integration tests, benchmarks, generators) stand outside the application and
// are not limited.

/** The capability folders: every folder of src/ but the platform. */
const CAPABILITIES =
  'audit|basket|calendar|catalogue|centres|contacts|eservices|feedback|mail|obligations|organisations|people|scope|seed';
const CAPABILITY = `^src/(${CAPABILITIES})/`;
/** The composition root: the files directly in src/ (app, routes, jobs, server, main, openapi, db). */
const ROOT_FILE = '^src/[^/]+\\.ts$';
/** Test code: test files and test helper modules (test-fixtures.ts, test-support.ts, test-*.ts). */
const TEST_CODE = '(\\.test\\.tsx?|/test-[^/]*\\.ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes modules load half-initialised (an import is undefined at the time it is used) and ties ' +
        'folders together so that neither can change alone. Break it by moving the shared piece (a type, a ' +
        'constant) to a module both use, or by passing a function in from the composition root.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-capability-internals',
      severity: 'error',
      comment:
        "A capability uses another only through that capability's public face, src/<capability>/index.ts (or its " +
        'light part lookups.ts, which index.ts re-exports), so that the owner can change its files (and tables) ' +
        'freely and everything others depend on is listed in one place. If you need something not exported yet, ' +
        "add an export line to the owner's index.ts (to lookups.ts if it is a read that imports no capability's " +
        "index.ts). Tests may also use another capability's test-fixtures.ts (see test-fixtures-only-from-tests).",
      from: { path: CAPABILITY },
      to: {
        path: CAPABILITY,
        pathNot: ['^src/$1/', `^src/(${CAPABILITIES})/(index|lookups|test-fixtures)\\.ts$`],
      },
    },
    {
      name: 'lookups-stay-light',
      severity: 'error',
      comment:
        "A capability's lookups.ts is the part of its face any other capability may import without a cycle: " +
        "nothing it loads may load a capability's index.ts (which loads routes and services). Import other " +
        "capabilities' lookups.ts there, never their index.ts.",
      from: { path: `^src/(${CAPABILITIES})/lookups\\.ts$` },
      to: { path: `^src/(${CAPABILITIES})/index\\.ts$`, reachable: true },
    },
    {
      name: 'test-fixtures-only-from-tests',
      severity: 'error',
      comment:
        'test-fixtures.ts builds data for tests (and may import test/support): application code must never load ' +
        'it. Only test files, test helper modules (test-*.ts) and the test/ folder use it.',
      from: { path: '^(src|web/src|scripts)/', pathNot: TEST_CODE },
      to: { path: '/test-fixtures\\.ts$' },
    },
    {
      name: 'root-imports-capability-index',
      severity: 'error',
      comment:
        "The composition root registers each capability's routes and jobs through its public face (index.ts) " +
        "like any other user. src/db.ts is the exception: it only adds up the owners' generated table types " +
        '(<capability>/tables.generated.ts), which the capabilities themselves import from src/db.ts, so going ' +
        'through index.ts (which loads the routes) would be a cycle.',
      from: { path: ROOT_FILE, pathNot: ['\\.test\\.ts$', '^src/db\\.ts$'] },
      to: { path: CAPABILITY, pathNot: `^src/(${CAPABILITIES})/index\\.ts$` },
    },
    {
      name: 'db-types-only-tables',
      severity: 'error',
      comment:
        'src/db.ts is type-only glue of the generated table types; anything else of a capability goes via index.ts.',
      from: { path: '^src/db\\.ts$' },
      to: {
        path: CAPABILITY,
        pathNot: `^src/(${CAPABILITIES})/(index|tables|tables\\.generated|db)\\.ts$`,
      },
    },
    {
      name: 'platform-imports-no-capability',
      severity: 'error',
      comment:
        'The platform holds the mechanisms every capability uses (database, HTTP, access, audit trail, jobs, mail, ' +
        'calendar arithmetic, configuration). It knows no capability and not the composition root, so that a ' +
        'capability can be added or removed without touching it: what it needs of them is passed in by the ' +
        'composition root (the list of jobs, message tables, migration folders). Its tests too: a test that needs ' +
        'the whole application lives in test/platform/ or test/api/.',
      from: { path: '^src/platform/' },
      to: { path: [CAPABILITY, ROOT_FILE] },
    },
    {
      name: 'web-imports-no-server',
      severity: 'error',
      comment:
        'The web UI is a separate program built for the browser; it knows the server only through the HTTP API ' +
        '(the client generated from docs/openapi.json), never by importing server code, which would drag Node ' +
        'modules and server-side types into the bundle.',
      from: { path: '^web/src/' },
      to: { path: '^src/' },
    },
    {
      name: 'common-imports-neither-program',
      severity: 'error',
      comment:
        'common/ holds the code both programs run, the server and the browser (search text: the counter’s offline ' +
        'search must fold and stem exactly as the server does). It is pure and self-contained: importing the ' +
        'server, the web UI or a Node module would break the other program.',
      from: { path: '^common/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^src/', '^web/src/', '^node:'] },
    },
  ],
  options: {
    // Type-only imports count too: a type shared across a boundary is a dependency like any other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
  },
};
