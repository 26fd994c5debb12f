import runtimeModule = require('node:net');
export = runtimeModule;
