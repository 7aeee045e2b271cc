#!/usr/bin/env node
// The qemu-opts command: the bundled CLI, loaded with its code cache (see cli-loader.mjs).
import { loadCli } from './cli-loader.mjs';

process.exitCode = await loadCli().cli.main(process.argv.slice(2));
