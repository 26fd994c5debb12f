'use strict';
// Node's `node:http`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:http');
