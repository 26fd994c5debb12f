/** Prints a line on stdout (console.log's formatting). */
export declare function print(...values: unknown[]): void;
/** Prints a line on stderr (console.error's formatting). */
export declare function printError(...values: unknown[]): void;
/** Prints rows as a table on stdout (console.table). */
export declare function printTable(rows: unknown, columns?: readonly string[]): void;
