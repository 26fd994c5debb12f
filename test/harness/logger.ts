import process from '@n8n-nodes-trackstar/node-runtime/process';
import { printError } from '@n8n-nodes-trackstar/node-runtime/terminal';
import { LoggerProxy } from 'n8n-workflow';

export interface LoggedLine {
	level: string;
	message: string;
	meta?: object;
}

/** Every line n8n's engine and the nodes logged since the last clear, for tests to search. */
export const loggedLines: LoggedLine[] = [];

export function clearLoggedLines() {
	loggedLines.length = 0;
}

const record = (level: string) => (message: string, meta?: object) => {
	loggedLines.push({ level, message, meta });
	if (process.env.HARNESS_DEBUG === '1') printError(`[${level}] ${message}`, meta ?? '');
};

/** n8n's engine logs through LoggerProxy; captured in `loggedLines`, printed when HARNESS_DEBUG=1. */
export function initHarnessLogger() {
	LoggerProxy.init({
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		scoped: () => LoggerProxy,
	} as never);
}
