'use strict';
// Node's `node:net`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:net');
