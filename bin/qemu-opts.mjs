#!/usr/bin/env node
// The qemu-opts command as an ES module, for callers that start this path; the package's
// bin is qemu-opts.cjs, which starts faster (no ES module loader).
import loader from './cli-loader.cjs';

process.exitCode = await loader.loadCli().cli.main(process.argv.slice(2));
