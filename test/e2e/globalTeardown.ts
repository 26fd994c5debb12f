/** After the end-to-end test files: the run's package, lane templates and description removed. */
import { readRun, removeRun } from './run';

export default function globalTeardown(): void {
	removeRun(readRun());
}
