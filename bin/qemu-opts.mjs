#!/usr/bin/env node
// The qemu-opts command. It loads the bundled CLI (built by `npm run build`, which
// `npm ci` runs through `prepare`), so that start-up reads one file.
import { main } from '../dist/cli.bundle.mjs';

process.exitCode = await main(process.argv.slice(2));
