import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';

/**
 * Trackstar Orders as released: its description (parameters, defaults, display options) and
 * its pickers, written down before the Trackstar node came to share its code. Saved workflows
 * depend on every value here; a difference is a breaking change, not a fixture to refresh.
 */
const RELEASED = join(__dirname, '..', 'fixtures', 'trackstarOrders.description.json');

describe('Trackstar Orders stays as released', () => {
	it('has the same description, parameter for parameter, as before the Trackstar node', () => {
		const node = new TrackstarOrders();
		const now = JSON.parse(
			JSON.stringify({
				description: node.description,
				listSearch: Object.keys(node.methods.listSearch).sort(),
			}),
		);
		expect(now).toEqual(JSON.parse(readFileSync(RELEASED, 'utf8')));
	});
});
