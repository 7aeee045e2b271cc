// Loads the bundled CLI (dist/cli.bundle.cjs, built by `npm run build`, which `npm ci`
// runs through `prepare`) with V8's code cache for it (dist/cli.bundle.cache, written by
// scripts/build-code-cache.mjs), so that start-up neither parses nor compiles the functions
// a lint run needs. A cache from another Node version is rejected by V8 and the bundle is
// compiled as usual. The cache holds compiled code only, never results.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli.bundle.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('../dist/cli.bundle.cache', import.meta.url));

/** Compiles the bundle (with the code cache when it exists) and returns its exports. */
export function loadCli(useCache = true) {
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module);
  return { cli: module.exports, script };
}
