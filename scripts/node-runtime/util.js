'use strict';
// Node's `node:util`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:util');
