/**
 * The order jest starts the end-to-end files in: those that mostly wait for n8n's minute poll
 * ticks first, so the other files run beside them on the other workers; then jest's own order
 * (failed first, then slowest by the last run's times, else largest).
 */
const Sequencer = require('@jest/test-sequencer').default;

const WAITING_FILES = ['thresholdTrigger.e2e.test.ts', 'triggers.e2e.test.ts'];

const rank = (test) => {
	const index = WAITING_FILES.findIndex((name) => test.path.endsWith(`/${name}`));
	return index === -1 ? WAITING_FILES.length : index;
};

class E2eSequencer extends Sequencer {
	async sort(tests) {
		const sorted = await super.sort(tests);
		return [...sorted].sort((a, b) => rank(a) - rank(b));
	}
}

module.exports = E2eSequencer;
