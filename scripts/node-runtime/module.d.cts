import runtimeModule = require('node:module');
export = runtimeModule;
