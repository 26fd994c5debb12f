import runtimeModule = require('node:http');
export = runtimeModule;
