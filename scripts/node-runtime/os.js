'use strict';
// Node's `node:os`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:os');
