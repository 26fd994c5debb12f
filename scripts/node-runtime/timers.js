'use strict';
// The timer functions, for development code that needs more than a plain wait (`sleep` from
// n8n-workflow is that): an unref'd timer, an interval, a timeout to clear; see README.md.
// Each looks up the global function when called, so jest's fake timers still apply.
exports.setTimeout = (...args) => globalThis.setTimeout(...args);
exports.clearTimeout = (...args) => globalThis.clearTimeout(...args);
exports.setInterval = (...args) => globalThis.setInterval(...args);
exports.clearInterval = (...args) => globalThis.clearInterval(...args);
exports.setImmediate = (...args) => globalThis.setImmediate(...args);
exports.clearImmediate = (...args) => globalThis.clearImmediate(...args);
