// Builds qemu-opts: type-checks and compiles TypeScript to dist/, then bundles the CLI
// (so that its cold start does not load chevrotain's ~640 ESM files one by one) and the
// browser build. Steps that generate code run first (see scripts/build-steps/).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

// Generators (precompiled schema validators, generated CST types …), in name order.
const steps = join(root, 'scripts', 'build-steps');
if (existsSync(steps)) {
  for (const file of readdirSync(steps).filter((f) => f.endsWith('.mjs')).sort()) {
    run(process.execPath, [join(steps, file)]);
  }
}
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root]);

/**
 * The built-in catalog as `JSON.parse` of one string literal: V8 reads JSON several times
 * faster than the same data written as a JavaScript object literal.
 */
const catalogAsJsonString = {
  name: 'catalog-as-json-string',
  setup(build) {
    const builtIn = /[\\/]catalog[\\/](qemu-options|qapi-types|build-facts[\\/][\w.-]+)\.json$/;
    build.onLoad({ filter: builtIn }, (args) => {
      const json = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

const esbuild = await import('esbuild');
// The CLI is a CommonJS function body that bin/cli-loader.cjs compiles with V8's code cache
// (scripts/build-code-cache.mjs); minified, so that there is less source to read.
const bundles = [
  { entry: 'src/cli/main.ts', out: 'dist/cli.bundle.cjs', platform: 'node', format: 'cjs' },
  { entry: 'src/index.ts', out: 'dist/browser/qemu-opts.js', platform: 'browser', format: 'esm' },
];
for (const b of bundles) {
  if (!existsSync(join(root, b.entry))) continue;
  await esbuild.build({
    entryPoints: [join(root, b.entry)],
    outfile: join(root, b.out),
    bundle: true,
    format: b.format,
    platform: b.platform,
    target: 'node20',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    plugins: [catalogAsJsonString],
  });
}
run(process.execPath, [join(root, 'scripts', 'build-code-cache.mjs')]);
