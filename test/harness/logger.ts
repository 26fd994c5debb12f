import { LoggerProxy } from 'n8n-workflow';

const print = (level: string) => (message: string, meta?: object) => {
	if (process.env.HARNESS_DEBUG === '1') console.error(`[${level}] ${message}`, meta ?? '');
};

/** n8n's engine logs through LoggerProxy; silent unless HARNESS_DEBUG=1. */
export function initHarnessLogger() {
	LoggerProxy.init({
		error: print('error'),
		warn: print('warn'),
		info: print('info'),
		debug: print('debug'),
		scoped: () => LoggerProxy,
	} as never);
}
