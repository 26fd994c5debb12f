import runtimeModule = require('node:fs/promises');
export = runtimeModule;
