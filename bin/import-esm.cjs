// Imports an ES module for the bundle. dist/cli.cjs runs as a classic script (bin/load-bundle.cjs),
// where import() is not available; Vega and Vega-Lite are ES modules with top-level await, which
// require() cannot load. A plain CommonJS file can import() them.
'use strict';
module.exports = (specifier) => import(specifier);
