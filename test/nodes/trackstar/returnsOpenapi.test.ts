import { readFileSync } from 'node:fs';

import { BILL } from '../../../nodes/shared/resources/bill.resource';
import {
	LABOR_ACTIVITY_LIST_FILTERS,
	LABOR_ACTIVITY_TYPES,
	LABOR_OBJECT_TYPES,
} from '../../../nodes/shared/resources/laborActivity.resource';
import {
	RETURN_LIST_FILTERS,
	RETURN_STATUSES,
} from '../../../nodes/shared/resources/return.resource';
import type { ListFilters } from '../../../nodes/shared/wire/listFilters';
import { buildKitBody } from '../../../nodes/shared/wire/kitBody';
import { buildReturnBody } from '../../../nodes/shared/wire/returnBody';
import { OPENAPI_PATH } from '../../support/openapi';

interface Parameter {
	in: string;
	name: string;
	schema?: { enum?: string[]; items?: { enum?: string[] } };
}
interface Document {
	paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
	components: { schemas: Record<string, { properties: Record<string, unknown> }> };
}
const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Document;
const schemas = document.components.schemas;

const LISTS: Record<string, ListFilters> = {
	'/wms/returns': RETURN_LIST_FILTERS,
	'/wms/billing': BILL.filters,
	'/wms/labor-activities': LABOR_ACTIVITY_LIST_FILTERS,
};

/** Offered differently, with the reason: the other spellings of a filter the node sends. */
const OTHER_SPELLINGS: Record<string, string> = {
	'status[eq]': 'Statuses (status[in]) with one value is the same filter',
	'status[neq]': 'Exclude Statuses (status[nin]) with one value is the same filter',
	'status[contains]': 'Statuses are an enum: a multi-select of the values says it better',
	'status[not_contains]': 'Statuses are an enum: a multi-select of the values says it better',
	'ids[in]': 'The node sends ids, the same filter',
	page_token: 'The node pages itself',
	limit: 'Set from Limit, page by page',
};

function sentBy(list: ListFilters): string[] {
	return [
		...list.conditions.flatMap((filter) =>
			filter.operators.map((operator) => `${filter.field}[${operator}]`),
		),
		...(list.selections ?? []).map((selection) => `${selection.field}[${selection.operator}]`),
		...(list.equals ?? []).map((filter) => filter.field),
		'ids',
	];
}

const query = (path: string) =>
	(document.paths[path].get.parameters ?? []).filter((parameter) => parameter.in === 'query');

describe("Returns, kits, bills and labor activities against Trackstar's OpenAPI document", () => {
	it.each(Object.keys(LISTS))(
		'GET %s: sends only documented filters and offers every one (bare only where documented bare only)',
		(path) => {
			const documented = query(path).map(({ name }) => name);
			const sent = sentBy(LISTS[path]);
			expect(sent.filter((name) => name !== 'ids' && !documented.includes(name))).toEqual([]);
			const missing = documented.filter(
				(name) =>
					!sent.includes(name) &&
					!(name in OTHER_SPELLINGS) &&
					// A bare field with [eq] beside it is the same filter.
					!documented.includes(`${name}[eq]`),
			);
			expect(missing).toEqual([]);
		},
	);

	it('offers exactly the enum values the document lists', () => {
		const statuses = query('/wms/returns').find(({ name }) => name === 'status[in]');
		expect([...RETURN_STATUSES].sort()).toEqual([...statuses!.schema!.items!.enum!].sort());
		const labor = query('/wms/labor-activities');
		expect([...LABOR_ACTIVITY_TYPES]).toEqual(
			labor.find(({ name }) => name === 'activity_type')!.schema!.enum,
		);
		expect([...LABOR_OBJECT_TYPES]).toEqual(
			labor.find(({ name }) => name === 'associated_object_type')!.schema!.enum,
		);
	});

	it("writes returns and kits with their base schemas' fields only", () => {
		const returnBody = buildReturnBody({
			orderId: 'o',
			warehouseId: 'w',
			lineItems: { lineItem: [{ sku: 'A', quantity: 1 }] },
			trackstarTags: { tag: [{ name: 't' }] },
		});
		for (const name of ['CreateReturnSchema--Base_Schema--', 'UpdateReturnSchema--Base_Schema--'])
			expect(Object.keys(returnBody).sort()).toEqual(Object.keys(schemas[name].properties).sort());

		const kitBody = buildKitBody({
			sku: 'K',
			name: 'Kit',
			gtin: '1',
			measurements: {
				values: { length: 1, width: 2, height: 3, unit: 'in', weight: 4, weightUnit: 'lb' },
			},
			components: { component: [{ sku: 'A', unitQuantity: 2 }] },
			trackstarTags: { tag: [{ name: 't' }] },
		});
		for (const name of ['CreateKitSchema--Base_Schema--', 'UpdateKitSchema--Base_Schema--'])
			expect(Object.keys(kitBody).sort()).toEqual(Object.keys(schemas[name].properties).sort());
	});

	it('covers every operation of these paths, return cancel beside them (newer than the document)', () => {
		const offered = [
			'GET /wms/returns',
			'POST /wms/returns',
			'GET /wms/returns/meta',
			'GET /wms/returns/{return_id}',
			'PUT /wms/returns/{return_id}',
			'PUT /wms/returns/{return_id}/trackstar-tags',
			'POST /wms/kits',
			'GET /wms/kits/meta',
			'PUT /wms/kits/{kit_id}',
			'GET /wms/billing',
			'GET /wms/billing/{bill_id}',
			'GET /wms/labor-activities',
			'GET /wms/labor-activities/{labor_activity_id}',
		];
		const documented = Object.entries(document.paths)
			.filter(([path]) => /^\/wms\/(returns|kits|billing|labor-activities)(\/|$)/.test(path))
			// Per-integration meta: Get Writable Fields asks about the connected WMS (…/meta).
			.filter(([path]) => !path.includes('/meta/{integration_name}'))
			.flatMap(([path, methods]) =>
				Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
			);
		expect(documented.sort()).toEqual([...offered].sort());
		expect(documented).not.toContain('PUT /wms/returns/{return_id}/cancel');
	});
});
