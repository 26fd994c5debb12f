import runtimeModule = require('node:fs');
export = runtimeModule;
