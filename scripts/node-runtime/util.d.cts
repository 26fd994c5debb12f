import runtimeModule = require('node:util');
export = runtimeModule;
