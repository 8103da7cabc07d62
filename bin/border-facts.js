#!/usr/bin/env node
// Runs the compiled bundle; `npm install` builds it (the `prepare` script).
import { main } from '../dist/cli.js';

main(process.argv.slice(2));
