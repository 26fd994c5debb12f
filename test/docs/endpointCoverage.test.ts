import { readdirSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join, relative } from '@n8n-nodes-trackstar/node-runtime/path';

import { CARRIER_RESOURCES } from '../../nodes/shared/carrierResources';
import { CART_RESOURCES } from '../../nodes/shared/cartResources';
import { FREIGHT_RESOURCES } from '../../nodes/shared/freightResources';
import type { TrackstarResource } from '../../nodes/shared/model';
import { RESOURCES } from '../../nodes/shared/resources';
import { REPO_ROOT } from '../../scripts/support/repoRoot';
import {
	OMITTED_OPERATIONS,
	OMITTED_PAGES,
	OUTSIDE_THE_WMS_API,
} from '../nodes/trackstar/omissions';

const API_DOCS = join(REPO_ROOT, 'docs', 'trackstar-api');
const REFERENCE = join(API_DOCS, 'pages', 'api-reference');

/** The action nodes' resources: what a workflow (or an agent) can call. */
const NODES: Array<{ node: string; resources: TrackstarResource[] }> = [
	{ node: 'Trackstar', resources: RESOURCES },
	{ node: 'Trackstar Cart', resources: CART_RESOURCES },
	{ node: 'Trackstar Freight', resources: FREIGHT_RESOURCES },
	{ node: 'Trackstar Carrier', resources: CARRIER_RESOURCES },
];

/** `GET /wms/orders/{}`: path parameters named alike, as pages and operations may name them apart. */
const normalized = (endpoint: string) => endpoint.replace(/\{[^}]+\}/g, '{}');

function pageFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? pageFiles(join(folder, entry.name))
			: entry.name.endsWith('.mdx')
				? [join(folder, entry.name)]
				: [],
	);
}

/** Each copied reference page that documents an endpoint, by the `openapi:` line it opens with. */
const pages = new Map(
	pageFiles(REFERENCE).flatMap((file) => {
		const line = /^openapi:\s*"?(get|put|post|patch|delete) (\S+?)"?\s*$/m.exec(
			readFileSync(file, 'utf8'),
		);
		const page = relative(join(API_DOCS, 'pages'), file);
		return line === null ? [] : [[page, `${line[1].toUpperCase()} ${line[2]}`] as const];
	}),
);

/** The list kept in docs/trackstar-api/endpoints.md: `| page | endpoint |` rows. */
const listed = new Map(
	[
		...readFileSync(join(API_DOCS, 'endpoints.md'), 'utf8').matchAll(
			/^\| `([^`]+)` +\| `([^`]+)` +\|$/gm,
		),
	].map((row) => [row[1], row[2]] as const),
);

const operations = NODES.flatMap(({ node, resources }) =>
	resources.flatMap((resource) =>
		resource.operations.flatMap((operation) =>
			operation.endpoints.map((endpoint) => ({
				operation: `${node}: ${resource.displayName} → ${operation.name}`,
				endpoint: normalized(`${endpoint.method} ${endpoint.path}`),
			})),
		),
	),
);

const omitted = new Set(
	[...Object.keys(OMITTED_OPERATIONS), ...Object.keys(OMITTED_PAGES)].map(normalized),
);
const outside = (endpoint: string) =>
	Object.keys(OUTSIDE_THE_WMS_API).some((prefix) => endpoint.split(' ')[1].startsWith(prefix));

describe("Trackstar's documented endpoints (docs/trackstar-api/endpoints.md)", () => {
	it('are the list of the copied reference pages, page for page', () => {
		expect([...listed].sort()).toEqual([...pages].sort());
	});

	it('number the 87 endpoint pages of the April 2026 docs, or more', () => {
		expect(listed.size).toBeGreaterThanOrEqual(87);
	});

	it.each([...listed])(
		"%s (%s) is some node operation's endpoint, or left out with a reason",
		(_page, endpoint) => {
			const covered = operations.some((operation) => operation.endpoint === normalized(endpoint));
			expect({
				endpoint,
				accounted: covered || omitted.has(normalized(endpoint)) || outside(endpoint),
			}).toEqual({ endpoint, accounted: true });
		},
	);

	it.each(Object.entries(OMITTED_PAGES))(
		'leaves %s out only while a page documents it and no operation calls it',
		(endpoint, reason) => {
			expect([...listed.values()].map(normalized)).toContain(normalized(endpoint));
			expect(operations.map((operation) => operation.endpoint)).not.toContain(normalized(endpoint));
			expect(reason.length).toBeGreaterThan(20);
		},
	);
});
