// Import boundaries, checked by scripts/check-boundaries.js as part of `npm run check` (ADR 023).
// Paths are relative to the checked root, so the same rules run on the fixture in
// tests/boundaries-fixture (which must fail) and on the real tree (which must pass).

// A feature's public surface: its top-level files (their names are the closed set in
// scripts/check-structure.js: schema, policy, rules, types, data/mutations/jobs/api/tables.server)
// and its components. Everything else in the folder (emails/, tests) is the feature's own.
const publicFeatureFile = [
  '^src/lib/features/[^/]+/[^/]+\\.ts$',
  '^src/lib/features/[^/]+/components/[^/]+\\.svelte$'
];
const testFile = '\\.(db\\.)?test\\.ts$';

// Code that can end up in the browser: components, and the universal page and layout modules.
const clientEntry = ['\\.svelte$', '^src/routes/.*[+](page|layout)[.]ts$'];
const serverOnly = ['\\.server\\.ts$', '^src/lib/server/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what: move the shared piece down.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'feature-public-surface',
      severity: 'error',
      comment: "A feature imports another feature only through its top-level files or components, never its emails/ or tests.",
      from: { path: '^src/lib/features/([^/]+)/' },
      to: { path: '^src/lib/features/[^/]+/', pathNot: ['^src/lib/features/$1/', ...publicFeatureFile] }
    },
    {
      name: 'no-test-imports',
      severity: 'error',
      comment: 'Test files are never imported by other modules (tests share helpers through tests/).',
      from: { path: '^src/' },
      to: { path: testFile }
    },
    {
      name: 'lib-not-routes',
      severity: 'error',
      comment: 'Features and infrastructure never import a route: routes depend on the library, not back.',
      from: { path: '^src/lib/' },
      to: { path: '^src/routes/' }
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'A component or universal load never reaches a server module (type-only imports are erased and allowed).',
      from: { path: clientEntry },
      to: { path: serverOnly, dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'lib-alias-resolves',
      severity: 'error',
      comment: 'A $lib import that does not resolve would be invisible to every rule above.',
      from: {},
      to: { couldNotResolve: true, path: '^[$]lib/' }
    }
  ],
  options: {
    // Type-only imports count for cycles too: they still tie the modules' designs together.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.svelte-kit|build)/' },
    extensions: ['.ts', '.js', '.svelte'],
    moduleSystems: ['es6']
  }
};
