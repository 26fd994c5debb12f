import { existsSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { Endpoint } from '../../../nodes/shared/model';
import { CARRIER_RESOURCES } from '../../../nodes/shared/carrierResources';
import { CART_RESOURCES } from '../../../nodes/shared/cartResources';
import { FREIGHT_RESOURCES } from '../../../nodes/shared/freightResources';
import { RESOURCES } from '../../../nodes/shared/resources';
import { REPO_ROOT } from '../../../scripts/support/repoRoot';
import { OPENAPI_PATH } from '../../support/openapi';
import { OMITTED_OPERATIONS, OUTSIDE_THE_WMS_API } from './omissions';

const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
	paths: Record<string, Record<string, unknown>>;
};
const paths = Object.keys(document.paths);

/**
 * The WMS API and the connection behind the credential (its schedules too): what the Trackstar
 * node covers, with Trackstar's integration catalog (and the connected integration's write-info,
 * which the writes' WMS Fields read) and magic links; the Cart, Freight and Carrier APIs, which
 * Trackstar Cart, Trackstar Freight and Trackstar Carrier cover.
 */
const COVERED = [
	'/wms/',
	'/connections',
	'/integrations/',
	'/magic-links',
	'/schedules/',
	'/cart/',
	'/freight/',
	'/carrier/',
];

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Where Trackstar's newer docs pages are (docs/trackstar-api/README.md). */
const PAGES = join(REPO_ROOT, 'docs', 'trackstar-api', 'pages');

/** `PUT /wms/orders/{order_id}/cancel`: an endpoint as OMITTED_OPERATIONS and the document name it. */
const call = ({ method, path }: Pick<Endpoint, 'method' | 'path'>) => `${method} ${path}`;

/** Every method and path of the document. */
const documented = new Set(
	Object.entries(document.paths).flatMap(([path, methods]) =>
		Object.keys(methods)
			.filter((method) => HTTP_METHODS.includes(method))
			.map((method) => `${method.toUpperCase()} ${path}`),
	),
);
const isCovered = (path: string) => COVERED.some((prefix) => path.startsWith(prefix));

/**
 * Every operation of the Trackstar node (Trackstar Orders' are its Order resource's) and of
 * the nodes per connection type, with each endpoint it calls.
 */
const NODES = [
	{ node: 'Trackstar', resources: RESOURCES },
	{ node: 'Trackstar Cart', resources: CART_RESOURCES },
	{ node: 'Trackstar Freight', resources: FREIGHT_RESOURCES },
	{ node: 'Trackstar Carrier', resources: CARRIER_RESOURCES },
];
const operations = NODES.flatMap(({ node, resources }) =>
	resources.flatMap((resource) =>
		resource.operations.flatMap((operation) =>
			operation.endpoints.map((endpoint) => ({
				operation: `${node}: ${resource.displayName} → ${operation.name}`,
				endpoint,
			})),
		),
	),
);
const called = new Set(operations.map(({ endpoint }) => call(endpoint)));

describe("Every endpoint of Trackstar's OpenAPI document", () => {
	it('belongs to the WMS API the node covers, or is listed as outside it with a reason', () => {
		const unaccounted = paths.filter(
			(path) =>
				!isCovered(path) &&
				!Object.keys(OUTSIDE_THE_WMS_API).some((prefix) => path.startsWith(prefix)),
		);
		expect(unaccounted).toEqual([]);
	});

	it.each(Object.keys(OUTSIDE_THE_WMS_API))('lists %s only while the document has it', (prefix) => {
		expect(paths.filter((path) => path.startsWith(prefix)).length).toBeGreaterThan(0);
		expect(OUTSIDE_THE_WMS_API[prefix].length).toBeGreaterThan(20);
	});

	it("of the WMS API, the connection, the catalog, magic links and the Cart API is some operation's endpoint, or omitted with a reason", () => {
		const uncovered = [...documented].filter(
			(each) => isCovered(each.split(' ')[1]) && !called.has(each) && !(each in OMITTED_OPERATIONS),
		);
		expect(uncovered).toEqual([]);
	});

	it.each(Object.keys(OMITTED_OPERATIONS))(
		'omits %s only while the document has it and no operation calls it',
		(omitted) => {
			expect(documented.has(omitted)).toBe(true);
			expect(called.has(omitted)).toBe(false);
			expect(OMITTED_OPERATIONS[omitted].length).toBeGreaterThan(20);
		},
	);
});

describe("Every operation's endpoint", () => {
	it('is listed for every operation of every resource', () => {
		expect(operations.length).toBeGreaterThanOrEqual(
			NODES.flatMap(({ resources }) => resources).reduce(
				(count, resource) => count + resource.operations.length,
				0,
			),
		);
	});

	it.each(operations.map(({ operation, endpoint }) => [operation, call(endpoint), endpoint]))(
		"%s: %s is one the nodes cover, in the OpenAPI document or with a note naming Trackstar's page for it",
		(_operation, each, value) => {
			const endpoint = value as Endpoint;
			expect(isCovered(endpoint.path)).toBe(true);
			if (documented.has(each as string)) {
				// A note says where an endpoint newer than the document is documented: once the
				// document has it, the note is out of date.
				expect(endpoint.note).toBeUndefined();
				return;
			}
			const page = /(api-reference|how-to-guides)\/[\w./-]+\.mdx/.exec(endpoint.note ?? '')?.[0];
			expect(page).toBeDefined();
			expect(existsSync(join(PAGES, page!))).toBe(true);
			const text = readFileSync(join(PAGES, page!), 'utf8');
			if (page!.startsWith('how-to-guides/')) {
				// A guide documents an endpoint no reference page has (passthrough): it names the path.
				expect(text).toContain(endpoint.path);
				return;
			}
			// Each page of Trackstar's API reference opens with the endpoint it documents.
			expect(text).toContain(`openapi: ${endpoint.method.toLowerCase()} ${endpoint.path}\n`);
		},
	);
});
