import runtimeModule = require('node:path');
export = runtimeModule;
