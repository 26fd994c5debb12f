import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';
import {
	buildShipmentBody,
	packagesFromJson,
	toPackages,
	type ShipmentInput,
} from '../../nodes/shared/resources/order/shipmentBody';

const NOW = new Date('2026-11-20T12:34:56.789Z');
const input = (overrides: Partial<ShipmentInput> = {}): ShipmentInput => ({
	trackingNumber: '1Z1',
	shippedDate: '',
	itemsInput: 'fields',
	additional: {},
	...overrides,
});

describe('the Ship body', () => {
	it('is the tracking number and now, in UTC seconds, when nothing else is set', () => {
		expect(buildShipmentBody(input(), 'UTC', NOW)).toEqual({
			tracking_number: '1Z1',
			shipped_date: '2026-11-20T12:34:56Z',
		});
	});

	it('reads the shipped date in the workflow timezone', () => {
		const body = buildShipmentBody(
			input({ shippedDate: '2026-07-01T08:00:00' }),
			'Europe/Berlin',
			NOW,
		);
		expect(body.shipped_date).toBe('2026-07-01T06:00:00Z');
	});

	it('maps the additional fields, picked values included, and merges integration fields', () => {
		const body = buildShipmentBody(
			input({
				additional: {
					carrierId: 'fedex',
					shippingCost: '12.5',
					shippingMethodId: { __rl: true, mode: 'list', value: 'fedex_ground' },
					warehouseId: { __rl: true, mode: 'id', value: 'wh_1' },
					integrationFields: '{"carrier_name": "FedEx"}',
				},
			}),
			'UTC',
			NOW,
		);
		expect(body).toMatchObject({
			carrier_id: 'fedex',
			shipping_cost: 12.5,
			shipping_method_id: 'fedex_ground',
			warehouse_id: 'wh_1',
			carrier_name: 'FedEx',
		});
	});

	it('refuses an integration field that its own field sets, naming it', () => {
		expect(() =>
			buildShipmentBody(
				input({ additional: { integrationFields: '{"tracking_number": "x"}' } }),
				'UTC',
				NOW,
			),
		).toThrow(
			'Integration-Specific Fields (JSON): "tracking_number" is set here and also by another field of the node',
		);
	});

	it('adds the JSON keys that no own field sets', () => {
		const body = buildShipmentBody(
			input({ additional: { integrationFields: '{"measurements_note": "fragile"}' } }),
			'UTC',
			NOW,
		);
		expect(body).toMatchObject({ tracking_number: expect.any(String), measurements_note: 'fragile' });
	});

	it('refuses an empty tracking number', () => {
		expect(() => buildShipmentBody(input({ trackingNumber: '  ' }), 'UTC', NOW)).toThrow(
			InvalidValueError,
		);
	});

	it('takes packages and line items from rows, skipping empty rows', () => {
		const body = buildShipmentBody(
			input({
				packages: [{ packageId: 'a', trackingNumber: 'T-a' }, {}],
				lineItems: [{ sku: 'TEE', quantity: 2 }],
			}),
			'UTC',
			NOW,
		);
		expect(body.packages).toEqual([{ package_id: 'a', tracking_number: 'T-a' }]);
		expect(body.line_items).toEqual([{ sku: 'TEE', quantity: 2 }]);
	});

	it('takes packages and line items from JSON lists, text or mapped', () => {
		const body = buildShipmentBody(
			input({
				itemsInput: 'json',
				packagesJson: [{ package_id: 'a', tracking_number: 'T-a', weight: 2 }],
				lineItemsJson: '[{"sku": "TEE", "quantity": 1}]',
			}),
			'UTC',
			NOW,
		);
		expect(body.packages).toEqual([{ package_id: 'a', tracking_number: 'T-a', weight: 2 }]);
		expect(body.line_items).toEqual([{ sku: 'TEE', quantity: 1 }]);
	});
});

describe('packages', () => {
	it('need both a package ID and a tracking number, in rows and in JSON', () => {
		expect(() => toPackages([{ packageId: 'a' }])).toThrow('Package 1: has no tracking number');
		expect(() => packagesFromJson('[{"tracking_number": "T"}]')).toThrow(
			'Packages (JSON) item 1: has no package ID',
		);
	});

	it('refuse JSON that is not a list of objects', () => {
		expect(() => packagesFromJson('{"package_id": "a"}')).toThrow(
			'must be a JSON list of packages',
		);
		expect(() => packagesFromJson('["a"]')).toThrow('Packages (JSON) item 1: is not an object');
		expect(packagesFromJson('[]')).toBeUndefined();
	});
});
