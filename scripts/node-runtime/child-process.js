'use strict';
// Node's `node:child_process`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:child_process');
