import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Only data and mutation modules (and the db layer itself, boot and tests) may reach the database.
// Tables live with their feature (tables.server.ts); data, mutations and jobs import them from
// there, never from the aggregate src/lib/server/db/schema.ts (kept for the client and drizzle-kit).
// A type alone reaches nothing: job helpers name the transaction they are handed (ADR 022).
const dbClient = {
  allowTypeImports: true,
  group: ['$lib/server/db/client', '**/server/db/client'],
  message: 'Only data.server.ts and mutations.server.ts (and src/lib/server/db) may import the database client.'
};
const dbDrivers = {
  group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite'],
  message: 'Only data.server.ts, mutations.server.ts and tables.server.ts (and src/lib/server/db) may import drizzle or a driver.'
};
const schemaAggregate = {
  group: ['$lib/server/db/schema', '**/server/db/schema'],
  message: "Import a table from the owning feature's tables.server.ts; db/schema.ts only aggregates them for the client and drizzle-kit."
};
const featureTables = {
  group: ['$lib/features/*/tables.server', '**/tables.server'],
  message: 'Only data.server.ts, mutations.server.ts, jobs.server.ts and tables.server.ts (and src/lib/server/db) may import tables.'
};
// Tenant ids and resource handles are minted only in a feature's access module, after its policy
// agreed (ADR 020); everywhere else they can only be received.
const minting = {
  group: ['$lib/server/tenancy', '**/server/tenancy'],
  importNames: ['brandOrganisation', 'brandSchool', 'grant'],
  message: "Only a feature's access.server.ts mints tenant ids and handles (ADR 020)."
};
// The lookups the access modules decide with take plain ids; everything else takes the handle the
// guard minted from their answer (ADR 020), so only access.server.ts files (and tests) import them.
const accessLookups = {
  group: ['$lib/features/*/data.server', '**/data.server'],
  importNames: ['findActivity', 'holdsRegistration', 'findTravelStanding', 'isParticipant', 'listEligibleColleagues', 'findMapSubject', 'findTrajectoryFacts'],
  message: "Only a feature's access.server.ts decides with this lookup (ADR 020); use what its guard returns."
};
// Dates, times and numbers are written in the house formats of the kernel (ADR 024, 025), in Brussels
// time: a hand-picked Intl format or toLocale…String elsewhere is a second style and the host's zone.
const localeFormatRules = [
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
    message: 'Format dates and numbers with src/lib/kernel (formats.ts, money.ts): the house formats, in Brussels time (ADR 024).'
  },
  {
    selector: "MemberExpression[object.name='Intl']",
    message: 'Only src/lib/kernel chooses an Intl format (ADR 024); call one of its named formats.'
  }
];
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// In a one-table select drizzle renders ${table.id} as a bare "id", which a hand-written count
// subquery's own table captures: the count silently reads 0. db().$count qualifies it.
const countRule = {
  selector: "TaggedTemplateExpression[tag.name='sql'] TemplateElement[value.raw=/\\(\\s*select\\s+count/i]",
  message: 'Count with db().$count(table, where): a hand-written count subquery can capture the outer column.'
};

const literalKeyRule = {
  selector: "Property[key.name=/^(error|message)$/] > Literal",
  message: "Write a message key as errorKey('…'): a plain string is not checked against the catalogue."
};

export default ts.config(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'drizzle/', 'test-results/', 'playwright-report/', 'bench/out/',
    // Deliberately bad imports for the boundary check's own test (scripts/check-boundaries.test.ts).
    'tests/boundaries-fixture/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The app is served at the root (no paths.base), so plain absolute hrefs are correct.
      'svelte/no-navigation-without-resolve': 'off',
      'no-restricted-syntax': ['error', countRule]
    }
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/kernel/**'],
    rules: { 'no-restricted-syntax': ['error', countRule, ...localeFormatRules] }
  },
  {
    // Message keys in schemas go through errorKey('…'), so a key not in the catalogue fails the typecheck.
    files: ['src/lib/features/*/schema.ts'],
    rules: { 'no-restricted-syntax': ['error', countRule, literalKeyRule, ...localeFormatRules] }
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: [
      'src/lib/features/*/data.server.ts',
      'src/lib/features/*/mutations.server.ts',
      'src/lib/features/*/jobs.server.ts',
      'src/lib/features/*/tables.server.ts',
      'src/lib/server/db/**',
      'src/lib/server/boot.ts',
      'src/lib/server/jobs/queue.ts',
      'src/**/*.db.test.ts'
    ],
    rules: restrictImports(dbClient, dbDrivers, schemaAggregate, featureTables, minting, accessLookups)
  },
  {
    files: ['src/lib/features/*/access.server.ts'],
    rules: restrictImports(dbClient, dbDrivers, schemaAggregate, featureTables)
  },
  {
    files: ['src/lib/features/*/data.server.ts', 'src/lib/features/*/mutations.server.ts'],
    rules: restrictImports(schemaAggregate, minting, accessLookups)
  },
  {
    files: ['src/lib/features/*/jobs.server.ts'],
    rules: restrictImports(dbClient, dbDrivers, schemaAggregate, minting, accessLookups)
  },
  {
    files: ['src/lib/features/*/tables.server.ts'],
    rules: restrictImports(dbClient, schemaAggregate, minting)
  }
);
