import type { Sandbox, WarehouseLocation } from '../../sandbox';
import { SHIPPING_METHODS, WAREHOUSES, WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import { ids, listAll, operatorCases } from './catalogCases';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { get, put, qs, startTestSandbox } from './helpers';

const reno = WAREHOUSES[0].id;

/** A warehouse, shipping method or warehouse customer as the sandbox answers it. */
interface ReferenceRecord {
	id: string;
	created_date: string;
	updated_date: string;
	trackstar_tags: unknown[];
}

describe('sandbox warehouses, locations and the reference lists', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => new Date('2025-06-15T12:30:00Z') });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	describe('warehouses', () => {
		it('answers one warehouse, 404 for an unknown one', async () => {
			const answer = await get<RecordAnswer<ReferenceRecord>>(sandbox, `/wms/warehouses/${reno}`);
			expectValidAgainst('WmsWarehousesSingleItemEndpoint', answer.body);
			expect(answer.body.data).toMatchObject({ id: reno, code: 'RNO1', name: 'Reno, NV' });
			const missing = await get(sandbox, '/wms/warehouses/nope');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({
				error: 'Warehouse not found',
				id: 'nope',
				origin: 'trackstar',
			});
		});

		it('sets trackstar_tags, which the list and the item show until reset', async () => {
			const answer = await put(sandbox, `/wms/warehouses/${reno}/trackstar-tags`, {
				trackstar_tags: ['west', { region: 'us-west' }],
			});
			expectValidAgainst('wmsAddTrackstarTagWarehouseResponse', answer.body);
			expect(answer.body).toMatchObject({
				id: reno,
				unused_fields: [],
				data: { trackstar_tags: ['west', { region: 'us-west' }] },
			});
			expect(
				(await get<ListAnswer<ReferenceRecord>>(sandbox, `/wms/warehouses?ids[in]=${reno}`)).body
					.data[0].trackstar_tags,
			).toEqual(['west', { region: 'us-west' }]);
			sandbox.reset();
			expect(
				(await get<RecordAnswer<ReferenceRecord>>(sandbox, `/wms/warehouses/${reno}`)).body.data
					.trackstar_tags,
			).toEqual([]);
			expect(
				(await put(sandbox, '/wms/warehouses/nope/trackstar-tags', { trackstar_tags: [] })).status,
			).toBe(404);
			expect(
				(await put(sandbox, `/wms/warehouses/${reno}/trackstar-tags`, { trackstar_tags: [null] }))
					.status,
			).toBe(422);
		});
	});

	describe('locations', () => {
		it('lists the locations of one warehouse in the OpenAPI shape, page by page', async () => {
			const all = await get<ListAnswer<WarehouseLocation>>(
				sandbox,
				`/wms/warehouses/${reno}/locations`,
			);
			expect(all.status).toBe(200);
			expectValidAgainst('WmsWarehouseLocationsListEndpoint', all.body);
			const locations = all.body.data;
			expect(locations.map((entry) => entry.name)).toEqual([
				...['01', '02', '03'].flatMap((bay) =>
					['01', '02', '03', '04'].map((level) => `A-${bay}-${level}`),
				),
				'R-01',
				'R-02',
				'R-03',
				'R-04',
				'RCV-01',
				'QA-01',
			]);
			expect(locations.every((entry) => entry.warehouse_id === reno)).toBe(true);
			const paged = await listAll<WarehouseLocation>(sandbox, `/wms/warehouses/${reno}/locations`, {
				'type[neq]': 'bin',
				limit: 2,
			});
			expect(paged.map((entry) => entry.name)).toEqual([
				'R-01',
				'R-02',
				'R-03',
				'R-04',
				'RCV-01',
				'QA-01',
			]);
		});

		it('holds every location the inventory items name', async () => {
			const known = new Set<string>();
			for (const warehouse of WAREHOUSES)
				for (const entry of (
					await get<ListAnswer<WarehouseLocation>>(
						sandbox,
						`/wms/warehouses/${warehouse.id}/locations`,
					)
				).body.data)
					known.add(`${warehouse.id}|${entry.id}`);
			for (const item of sandbox.inventoryItems())
				for (const entry of item.locations)
					expect(known.has(`${entry.warehouse_id}|${entry.location_id}`)).toBe(true);
		});

		describe('filters', () => {
			let locations: WarehouseLocation[] = [];
			beforeAll(async () => {
				locations = (
					await get<ListAnswer<WarehouseLocation>>(sandbox, `/wms/warehouses/${reno}/locations`)
				).body.data;
			});
			const cases = () => [
				...operatorCases<WarehouseLocation>(
					'type',
					['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'],
					(r) => r.type,
					{
						pick: 'pallet',
						other: 'quarantine',
						fragment: 'ar',
					},
				),
				...operatorCases<WarehouseLocation>(
					'created_date',
					['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'],
					(r) => r.created_date,
					{
						pick: locations[5].created_date,
						other: locations[9].created_date,
					},
				),
				...operatorCases<WarehouseLocation>('updated_date', ['gt', 'lte'], (r) => r.updated_date, {
					pick: locations[3].updated_date,
				}),
			];
			it('applies each operator of type, created_date and updated_date, and ids', async () => {
				for (const [name, query, predicate] of cases()) {
					const answer = await get<ListAnswer<WarehouseLocation>>(
						sandbox,
						`/wms/warehouses/${reno}/locations?${qs(query)}`,
					);
					expect([name, ids(answer.body.data)]).toEqual([name, ids(locations.filter(predicate))]);
				}
				const chosen = [locations[1].id, locations[4].id];
				expect(
					ids(
						(
							await get<ListAnswer<WarehouseLocation>>(
								sandbox,
								`/wms/warehouses/${reno}/locations?${qs({ ids: chosen.join(','), type: 'none' })}`,
							)
						).body.data,
					),
				).toEqual(chosen);
				const bad = await get<ErrorAnswer>(
					sandbox,
					`/wms/warehouses/${reno}/locations?${qs({ 'type[gt]': 'bin', zone: 'Pick' })}`,
				);
				expect(Object.keys(bad.body.detail.query)).toEqual(['type[gt]', 'zone']);
			});
		});

		it('answers one location, and 404 for an unknown warehouse or a location of another', async () => {
			const [first] = (
				await get<ListAnswer<WarehouseLocation>>(
					sandbox,
					`/wms/warehouses/${reno}/locations?limit=1`,
				)
			).body.data;
			const answer = await get(sandbox, `/wms/warehouses/${reno}/locations/${first.id}`);
			expectValidAgainst('WmsWarehouseLocationsSingleItemEndpoint', answer.body);
			expect(answer.body).toEqual({ data: first });
			expect(
				(await get(sandbox, `/wms/warehouses/${WAREHOUSES[1].id}/locations/${first.id}`)).body,
			).toEqual({
				error: 'Location not found',
				id: first.id,
				origin: 'trackstar',
			});
			expect((await get(sandbox, '/wms/warehouses/nope/locations')).status).toBe(404);
			expect((await get(sandbox, `/wms/warehouses/nope/locations/${first.id}`)).status).toBe(404);
		});
	});

	describe.each([
		[
			'/wms/warehouses',
			'WmsWarehousesListEndpoint',
			'WmsWarehousesSingleItemEndpoint',
			WAREHOUSES.map((entry) => entry.id),
			'Warehouse',
		],
		[
			'/wms/shipping-methods',
			'WmsShippingMethodsListEndpoint',
			'WmsShippingMethodsSingleItemEndpoint',
			SHIPPING_METHODS.map((entry) => entry.id),
			'Shipping method',
		],
		[
			'/wms/warehouse-customers',
			'WmsWarehouseCustomersListEndpoint',
			'WmsWarehouseCustomersSingleItemEndpoint',
			WAREHOUSE_CUSTOMERS.map((entry) => entry.id),
			'Warehouse customer',
		],
	])('%s', (path, listSchema, itemSchema, all, what) => {
		it('takes ids, ids[in] and the date filters', async () => {
			const chosen = [all[2], all[0]];
			const byIds = await get<ListAnswer<ReferenceRecord>>(
				sandbox,
				`${path}?${qs({ 'ids[in]': chosen.join(',') })}`,
			);
			expectValidAgainst(listSchema, byIds.body);
			expect(ids(byIds.body.data)).toEqual([all[0], all[2]]);
			const created = byIds.body.data[0].created_date;
			expect(
				ids(
					(
						await get<ListAnswer<ReferenceRecord>>(
							sandbox,
							`${path}?${qs({ 'created_date[lte]': created })}`,
						)
					).body.data,
				),
			).toEqual(all);
			expect(
				(
					await get<ListAnswer<ReferenceRecord>>(
						sandbox,
						`${path}?${qs({ 'created_date[gt]': created })}`,
					)
				).body.data,
			).toEqual([]);
			expect(
				ids(
					(
						await get<ListAnswer<ReferenceRecord>>(
							sandbox,
							`${path}?${qs({ 'updated_date[in]': `${byIds.body.data[0].updated_date},2020-01-01T00:00:00Z` })}`,
						)
					).body.data,
				),
			).toEqual(all);
			expect((await get(sandbox, `${path}?${qs({ 'updated_date[eq]': 'today' })}`)).status).toBe(
				422,
			);
		});

		it('answers one record, 404 for an unknown one', async () => {
			const answer = await get<RecordAnswer<ReferenceRecord>>(
				sandbox,
				`${path}/${encodeURIComponent(all[1])}`,
			);
			expect(answer.status).toBe(200);
			expectValidAgainst(itemSchema, answer.body);
			expect(answer.body.data.id).toBe(all[1]);
			expect((await get(sandbox, `${path}/nope`)).body).toEqual({
				error: `${what} not found`,
				id: 'nope',
				origin: 'trackstar',
			});
		});
	});
});
