// Builds qemu-opts: type-checks and compiles TypeScript to dist/, then bundles the CLI
// (so that its cold start does not load chevrotain's ~640 ESM files one by one) and the
// browser build. Steps that generate code run first (see scripts/build-steps/).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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

const esbuild = await import('esbuild');
const bundles = [
  { entry: 'src/cli/main.ts', out: 'dist/cli.bundle.mjs', platform: 'node' },
  { entry: 'src/index.ts', out: 'dist/browser/qemu-opts.js', platform: 'browser' },
];
for (const b of bundles) {
  if (!existsSync(join(root, b.entry))) continue;
  await esbuild.build({
    entryPoints: [join(root, b.entry)],
    outfile: join(root, b.out),
    bundle: true,
    format: 'esm',
    platform: b.platform,
    target: 'node20',
    minify: false,
    sourcemap: true,
    logLevel: 'warning',
  });
}
