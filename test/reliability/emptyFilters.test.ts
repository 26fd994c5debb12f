import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { manualPollingPoll } from '../support/pollingTrigger';
import { fromList, startTestSandbox, wmsRequests } from '../support/trackstar';
import { runTrackstar } from '../support/trackstarNode';
import { manualOrdersPoll } from '../support/triggers';

const condition = (operator: string, value: unknown) => ({ conditions: [{ operator, value }] });
const getMany = (resource: string, filters: IDataObject, requestOptions: IDataObject = {}) => ({
	resource,
	operation: 'getAll',
	limit: 5,
	filters,
	requestOptions,
});

const DATE_HINT =
	'Pick a date, use an expression such as {{ $now.minus({ days: 1 }) }}, or remove the condition.';

/**
 * A filter the user added but left empty (a date the picker cleared, an expression that resolved
 * to nothing, a list of only commas) would widen the list if it were sent as no filter: it fails
 * before any request instead, naming the filter, its comparison and the item.
 */
describe('Reliability: a filter left empty never widens a list', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	describe('fails before any request, naming the filter, its comparison and the item', () => {
		it.each<[string, string, IDataObject, string]>([
			[
				'an Order date the picker cleared',
				'order',
				{ updatedDate: condition('gt', '') },
				'Invalid Updated Date: the condition "Is After" has no date',
			],
			[
				'an Order date condition with no value at all',
				'order',
				{ createdDate: { conditions: [{ operator: 'gte' }] } },
				'Invalid Created Date: the condition "Is On or After" has no date',
			],
			[
				'an Order date filter whose conditions were all removed',
				'order',
				{ createdDate: {} },
				'Invalid Created Date: the filter has no condition',
			],
			[
				'an Order text condition left empty',
				'order',
				{ orderNumber: condition('eq', '') },
				'Invalid Order Number: the condition "Is Equal To" has no value',
			],
			[
				'an Order "Is One Of" list of only commas',
				'order',
				{ channel: condition('in', ' , ') },
				'Invalid Channel: the condition "Is One Of" has no value',
			],
			[
				'an Order "Is None Of" list mapped empty',
				'order',
				{ referenceId: condition('nin', '={{ [] }}') },
				'Invalid Reference ID: the condition "Is None Of" has no value',
			],
			[
				'an Order picker condition left empty',
				'order',
				{ warehouseCustomerId: condition('eq', fromList('')) },
				'Invalid Warehouse Customer: the condition "Is Equal To" has no value',
			],
			[
				'Order IDs of only commas',
				'order',
				{ ids: ' , ,' },
				'Invalid Order IDs: the condition "Is One Of" has no value',
			],
			[
				'an Order status multi-select with nothing chosen',
				'order',
				{ status: [] },
				'Invalid Statuses: the condition "Is One Of" has no value',
			],
			[
				'an Order type exclusion with nothing chosen',
				'order',
				{ excludeType: [] },
				'Invalid Exclude Order Types: the condition "Is None Of" has no value',
			],
			[
				'an Inventory Item SKU left empty',
				'inventoryItem',
				{ sku: condition('eq', '   ') },
				'Invalid SKU: the condition "Is Equal To" has no value',
			],
			[
				'an Inventory Item yes/no filter mapped empty',
				'inventoryItem',
				{ active: '={{ "" }}' },
				'Invalid Active: the condition "Is Equal To" has no value',
			],
			[
				'an Inventory Item date the picker cleared',
				'inventoryItem',
				{ updatedDate: condition('lt', '') },
				'Invalid Updated Date: the condition "Is Before" has no date',
			],
			[
				'an Inbound Shipment arrival date left empty',
				'inboundShipment',
				{ expectedArrivalDate: condition('lte', '') },
				'Invalid Expected Arrival Date: the condition "Is On or Before" has no date',
			],
			[
				'an Inbound Shipment status multi-select with nothing chosen',
				'inboundShipment',
				{ excludeStatus: [] },
				'Invalid Exclude Statuses: the condition "Is None Of" has no value',
			],
			[
				'an Inbound Shipment warehouse picker left empty',
				'inboundShipment',
				{ warehouseId: condition('eq', fromList('')) },
				'Invalid Warehouse: the condition "Is Equal To" has no value',
			],
			[
				'a Return date the picker cleared',
				'return',
				{ createdDate: condition('gte', '') },
				'Invalid Created Date: the condition "Is On or After" has no date',
			],
			[
				'a Return status multi-select with nothing chosen',
				'return',
				{ status: [] },
				'Invalid Statuses: the condition "Is One Of" has no value',
			],
			[
				'a Labor Activity single-value filter left empty',
				'laborActivity',
				{ userId: '' },
				'Invalid User ID: the condition "Is Equal To" has no value',
			],
			[
				'a Labor Activity choice mapped empty',
				'laborActivity',
				{ activityType: '={{ "" }}' },
				'Invalid Activity Type: the condition "Is Equal To" has no value',
			],
		])('%s', async (_case, resource, filters, message) => {
			const { error } = await runTrackstar(sandbox, { parameters: getMany(resource, filters) });

			expectItemError(error, message, 0);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});

		it('says how to fix a date: pick one, use an expression, or remove the condition, and why it is not left out', async () => {
			const { error } = await runTrackstar(sandbox, {
				parameters: getMany('order', { updatedDate: condition('gt', '') }),
			});

			expect(error?.name).toBe('NodeOperationError');
			const { description } = error as { description?: string };
			expect(description).toContain(DATE_HINT);
			expect(description).toContain('never read as "no filter"');
			expect(description).toContain('Ignore Empty Filters');
		});

		it('refuses a date range whose end is before its start, or an equal date outside it', async () => {
			const reversed = await runTrackstar(sandbox, {
				parameters: getMany('order', {
					createdDate: {
						conditions: [
							{ operator: 'gte', value: '2024-02-01T00:00:00Z' },
							{ operator: 'lt', value: '2024-01-01T00:00:00Z' },
						],
					},
				}),
			});
			expectItemError(
				reversed.error,
				'Invalid Created Date: the range ends before it starts ("Is On or After" 2024-02-01T00:00:00Z, "Is Before" 2024-01-01T00:00:00Z), so no record can match',
				0,
			);
			const touching = await runTrackstar(sandbox, {
				parameters: getMany('return', {
					updatedDate: {
						conditions: [
							{ operator: 'gt', value: '2024-01-01T00:00:00Z' },
							{ operator: 'lte', value: '2024-01-01T00:00:00Z' },
						],
					},
				}),
			});
			expect(touching.error?.message).toContain(
				'Invalid Updated Date: the range ends before it starts',
			);
			const outside = await runTrackstar(sandbox, {
				parameters: getMany('inboundShipment', {
					expectedArrivalDate: {
						conditions: [
							{ operator: 'eq', value: '2024-01-01T00:00:00Z' },
							{ operator: 'gt', value: '2024-03-01T00:00:00Z' },
						],
					},
				}),
			});
			expect(outside.error?.message).toContain(
				'Invalid Expected Arrival Date: the range ends before it starts',
			);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});

		it('reads one day, on or after and on or before the same instant, as a range that holds it', async () => {
			const { error } = await runTrackstar(sandbox, {
				parameters: getMany('order', {
					createdDate: {
						conditions: [
							{ operator: 'gte', value: '2024-01-01T00:00:00Z' },
							{ operator: 'lte', value: '2024-01-01T00:00:00Z' },
						],
					},
				}),
			});
			expect(error).toBeUndefined();
			expect(wmsRequests(sandbox)[0].query).toMatchObject({
				'created_date[gte]': '2024-01-01T00:00:00Z',
				'created_date[lte]': '2024-01-01T00:00:00Z',
			});
		});
	});

	describe('an expression that resolves to nothing is the same case', () => {
		const since = { updatedDate: condition('gt', '={{ $json.since }}') };

		it('fails the item whose expression is empty, and only that one, with continueOnFail', async () => {
			const { items, error } = await runTrackstar(sandbox, {
				parameters: getMany('order', since),
				input: [{ since: '2024-01-01T00:00:00Z' }, {}, { since: '2024-02-01T00:00:00Z' }],
				continueOnFail: true,
			});

			expect(error).toBeUndefined();
			const failed = items.filter((item) => item.json.error !== undefined);
			expect(failed).toHaveLength(1);
			expect(failed[0].json.error).toBe(
				'Invalid Updated Date: the condition "Is After" has no date',
			);
			expect(failed[0].pairedItem).toEqual({ item: 1 });
			expect(items.filter((item) => item.json.error === undefined).length).toBeGreaterThan(0);
			expect(wmsRequests(sandbox).map((request) => request.query['updated_date[gt]'])).toEqual([
				'2024-01-01T00:00:00Z',
				'2024-02-01T00:00:00Z',
			]);
		});

		it('stops the workflow without continueOnFail, naming the item', async () => {
			const { error } = await runTrackstar(sandbox, {
				parameters: getMany('inventoryItem', { sku: condition('in', '={{ $json.skus }}') }),
				input: [{ skus: ['A'] }, { skus: [] }],
			});
			expectItemError(error, 'Invalid SKU: the condition "Is One Of" has no value', 1);
		});

		it('leaves the filter out only when Ignore Empty Filters is on', async () => {
			const { items, error } = await runTrackstar(sandbox, {
				parameters: getMany('order', { ...since, status: ['open'] }, { ignoreEmptyFilters: true }),
				input: [{}],
			});

			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThan(0);
			// The filter left out, the others sent; a Limit asks Trackstar's first page for 1,000.
			expect(wmsRequests(sandbox)[0].query).toEqual({ limit: '1000', 'status[in]': 'open' });
		});
	});

	describe("the polling triggers' filters", () => {
		it('the Orders Trigger fails before polling on a filter left empty', async () => {
			const { error } = await manualOrdersPoll(sandbox, {
				event: 'newOrder',
				filters: { channel: condition('eq', '') },
			});
			expect(error?.message).toBe('Invalid Channel: the condition "Is Equal To" has no value');
			expect((error as { description?: string }).description).toContain('remove the condition');
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});

		it('the Orders Trigger fails on an order type choice left empty', async () => {
			const { error } = await manualOrdersPoll(sandbox, {
				event: 'newOrder',
				filters: { type: [] },
			});
			expect(error?.message).toBe('Invalid Order Types: the condition "Is One Of" has no value');
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});

		it.each<[string, IDataObject, string]>([
			[
				'an inventory item SKU',
				{
					resource: 'inventoryItem',
					event: 'updated',
					filters: { sku: condition('contains', '') },
				},
				'Invalid SKU: the condition "Contains" has no value',
			],
			[
				'an inventory item yes/no filter',
				{
					resource: 'inventoryItem',
					event: 'belowThreshold',
					threshold: 5,
					filters: { active: '={{ "" }}' },
				},
				'Invalid Active: the condition "Is Equal To" has no value',
			],
			[
				'an inbound shipment status choice',
				{ resource: 'inboundShipment', event: 'new', filters: { status: [] } },
				'Invalid Statuses: the condition "Is One Of" has no value',
			],
			[
				'an inbound shipment PO number list',
				{
					resource: 'inboundShipment',
					event: 'updated',
					filters: { purchaseOrderNumber: condition('in', ',,') },
				},
				'Invalid Purchase Order Number: the condition "Is One Of" has no value',
			],
			[
				'a return status exclusion',
				{ resource: 'return', event: 'new', filters: { excludeStatus: [] } },
				'Invalid Exclude Statuses: the condition "Is None Of" has no value',
			],
		])(
			'the Polling Trigger fails before polling on %s left empty',
			async (_case, parameters, message) => {
				const { error } = await manualPollingPoll(sandbox, parameters);
				expect(error?.message).toBe(message);
				expect(wmsRequests(sandbox)).toHaveLength(0);
			},
		);

		it('both triggers leave an empty filter out when their Ignore Empty Filters option is on', async () => {
			const orders = await manualOrdersPoll(sandbox, {
				event: 'newOrder',
				filters: { channel: condition('eq', '') },
				options: { ignoreEmptyFilters: true, backfillHours: 1 },
			});
			expect(orders.error).toBeUndefined();
			const polling = await manualPollingPoll(sandbox, {
				resource: 'return',
				event: 'new',
				filters: { excludeStatus: [] },
				options: { ignoreEmptyFilters: true },
			});
			expect(polling.error).toBeUndefined();
			const queries = wmsRequests(sandbox).map((request) => Object.keys(request.query));
			expect(queries.length).toBeGreaterThan(1);
			for (const keys of queries) {
				expect(keys).not.toContain('channel[eq]');
				expect(keys).not.toContain('status[nin]');
			}
		});
	});
});
