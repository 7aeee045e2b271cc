#!/usr/bin/env node
'use strict';
// The qemu-opts command: the bundled CLI, loaded with its code cache (see cli-loader.cjs).
const { loadCli } = require('./cli-loader.cjs');

loadCli()
  .cli.main(process.argv.slice(2))
  .then((status) => {
    process.exitCode = status;
  });
