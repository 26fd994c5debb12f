'use strict';
// Node's `node:module`, for development code (tests, the sandbox, scripts); see README.md.
module.exports = require('node:module');
