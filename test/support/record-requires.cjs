// Preloaded with `node --require`: appends every module request the process makes to the file
// named by BF_RECORD_REQUIRES, so a test can see what a command loaded.
'use strict';
const { appendFileSync } = require('node:fs');
const Module = require('node:module');

const log = process.env.BF_RECORD_REQUIRES;
const load = Module._load;
Module._load = function recordingLoad(request, ...rest) {
  if (log) appendFileSync(log, `${request}\n`);
  return load.call(this, request, ...rest);
};
