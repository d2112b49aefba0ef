// The app's form actions, read from the routes' own action definitions (not from their source
// text): the authorisation matrix needs a case for each, and the fuzz suite posts to each. Works
// under Vitest and Playwright alike (both resolve $lib: Vite by its alias, Playwright by the tsconfig paths).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDefinedAction, type ActionDefinition } from '../src/lib/server/actions';

export const routesDir = join(process.cwd(), 'src/routes');

export interface RegisteredAction {
  /** '/school/[school]': groups in parentheses are not in the URL. */
  routeId: string;
  /** 'default' for an unnamed action. */
  name: string;
  /** 'POST /account ?/profile', as the matrix names it. */
  endpoint: string;
  handler: (event: never) => Promise<unknown>;
  /** Absent when the action does not go through defineAction. */
  definition: ActionDefinition | undefined;
}

/** '/school/[school]' for src/routes/(app)/school/[school]. */
export function routeIdOf(dir: string): string {
  return '/' + relative(routesDir, dir).split(sep).filter((part) => part && !/^\(.*\)$/.test(part)).join('/');
}

/** Every folder of src/routes holding a file with the given name. */
export function routeFolders(fileName: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
      // A page that resets its layouts (`+page@.svelte`, e.g. a kit page whose guard answers 404 where the school layout would redirect) is a page too.
      else if (entry === fileName || (fileName === '+page.svelte' && /^\+page@[^.]*\.svelte$/.test(entry))) found.push(dir);
    }
  };
  visit(routesDir);
  return found.sort();
}

export async function loadActionRegistry(): Promise<RegisteredAction[]> {
  const registry: RegisteredAction[] = [];
  for (const dir of routeFolders('+page.server.ts')) {
    const module = (await import(pathToFileURL(join(dir, '+page.server.ts')).href)) as { actions?: Record<string, unknown> };
    const routeId = routeIdOf(dir);
    for (const [name, handler] of Object.entries(module.actions ?? {})) {
      registry.push({
        routeId, name,
        endpoint: name === 'default' ? `POST ${routeId}` : `POST ${routeId} ?/${name}`,
        handler: handler as RegisteredAction['handler'],
        definition: isDefinedAction(handler) ? handler.definition : undefined
      });
    }
  }
  return registry;
}
