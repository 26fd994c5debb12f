import { readFileSync } from 'node:fs';

import { OUTSIDE_THE_WMS_API } from './omissions';
import { OPENAPI_PATH } from '../../support/openapi';

const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
	paths: Record<string, Record<string, unknown>>;
};
const paths = Object.keys(document.paths);

/** The WMS API and the connection behind the credential: what the Trackstar node covers. */
const COVERED = ['/wms/', '/connections'];

describe("Every endpoint of Trackstar's OpenAPI document", () => {
	it('belongs to the WMS API the node covers, or is listed as outside it with a reason', () => {
		const unaccounted = paths.filter(
			(path) =>
				!COVERED.some((prefix) => path.startsWith(prefix)) &&
				!Object.keys(OUTSIDE_THE_WMS_API).some((prefix) => path.startsWith(prefix)),
		);
		expect(unaccounted).toEqual([]);
	});

	it.each(Object.keys(OUTSIDE_THE_WMS_API))('lists %s only while the document has it', (prefix) => {
		expect(paths.filter((path) => path.startsWith(prefix)).length).toBeGreaterThan(0);
		expect(OUTSIDE_THE_WMS_API[prefix].length).toBeGreaterThan(20);
	});
});
