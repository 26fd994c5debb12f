import runtimeModule = require('node:child_process');
export = runtimeModule;
