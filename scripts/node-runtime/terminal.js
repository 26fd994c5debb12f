'use strict';
// What a development script prints to its terminal: lines on stdout, errors on stderr, tables.
// Each calls the console when called, so a test that spies on or silences the console sees it.
exports.print = (...values) => console.log(...values);
exports.printError = (...values) => console.error(...values);
exports.printTable = (...values) => console.table(...values);
