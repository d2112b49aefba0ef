import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// One version for the server and the client build. Kit's default (Date.now() when the config is
// read) differed between the two builds once pages hydrate (the map pages, ADR 045): the client then
// looked for the server's data under another global name and never started. The commit (or, without
// git, the package version) is the same for both.
function buildVersion() {
  if (process.env.APP_VERSION) return process.env.APP_VERSION;
  try {
    return execSync('git rev-parse --short=12 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
  }
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    version: { name: buildVersion() },
    // Kit's own origin check answers in English before hooks run; hooks.server.ts does the same
    // check with a Dutch answer (src/lib/server/transport.ts). Never drop one without the other.
    csrf: { trustedOrigins: ['*'] },
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'object-src': ['none'],
        'base-uri': ['none'],
        'frame-ancestors': ['none'],
        'form-action': ['self']
      }
    }
  }
};
export default config;
