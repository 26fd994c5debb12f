'use strict';
// Node's `node:path`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:path');
