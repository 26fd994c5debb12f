'use strict';
// Node's `node:fs`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:fs');
