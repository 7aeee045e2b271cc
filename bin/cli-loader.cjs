'use strict';
// Loads the bundled CLI (dist/cli.bundle.cjs, built by `npm run build`, which `npm ci`
// runs through `prepare`) with V8's code cache for it (dist/cli.bundle.cache, written by
// scripts/build-code-cache.mjs), so that start-up neither parses nor compiles the functions
// a lint run needs. A cache from another Node version is rejected by V8 and the bundle is
// compiled as usual. The cache holds compiled code only, never results. CommonJS, so that
// starting the command does not start Node's ES module loader.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.bundle.cjs');
const cacheFile = join(__dirname, '..', 'dist', 'cli.bundle.cache');

/** Compiles the bundle (with the code cache unless `useCache` is false); its exports. */
function loadCli(useCache = true) {
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
  script.runInThisContext()(module.exports, require, module);
  return { cli: module.exports, script };
}

module.exports = { loadCli };
