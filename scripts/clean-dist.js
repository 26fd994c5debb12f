// Removes dist/ so a renamed or deleted source file never ships as a stale build.
const { rmSync } = require('node:fs');
const { join } = require('node:path');

rmSync(join(__dirname, '..', 'dist'), { recursive: true, force: true });
