import runtimeModule = require('node:os');
export = runtimeModule;
