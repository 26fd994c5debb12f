'use strict';
// The running process (argv, env, exit, signals, memory...), for development code; see README.md.
// Under jest this is the test environment's process object, as the global would be.
module.exports = process;
