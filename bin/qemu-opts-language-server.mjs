#!/usr/bin/env node
// The qemu-opts language server over stdio (built into dist/ by `npm run build`).
import { main } from '../dist/src/server/main.js';

main();
