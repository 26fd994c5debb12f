import {
	buildInboundShipmentBody,
	buildInboundShipmentCreateBody,
	buildReceiveBody,
	toSupplierObject,
} from '../../nodes/shared/resources/inboundShipment/inboundShipmentBody';

const required = {
	purchaseOrderNumber: ' PO-1 ',
	warehouseId: { __rl: true, mode: 'list', value: 'wh_1' },
	expectedArrivalDate: '2027-01-15T09:30:00',
	lineItems: { lineItem: [{ sku: 'SKU-1', expectedQuantity: 24 }] },
};

describe('buildInboundShipmentCreateBody: the create body', () => {
	it("maps the required fields, the date read in the workflow's timezone", () => {
		expect(buildInboundShipmentCreateBody(required, 'Europe/Paris')).toEqual({
			purchase_order_number: 'PO-1',
			warehouse_id: 'wh_1',
			expected_arrival_date: '2027-01-15T08:30:00Z',
			line_items: [{ sku: 'SKU-1', expected_quantity: 24 }],
		});
	});

	it.each([
		['purchaseOrderNumber', '', 'Purchase Order Number'],
		['warehouseId', { __rl: true, mode: 'id', value: '' }, 'Warehouse'],
		['expectedArrivalDate', '', 'Expected Arrival Date'],
		['lineItems', { lineItem: [] }, 'Line Items'],
	])('names %s when it is empty', (key, value, label) => {
		expect(() => buildInboundShipmentCreateBody({ ...required, [key]: value }, 'UTC')).toThrow(
			`${label}: is empty, and Trackstar needs it to create an inbound shipment`,
		);
	});
});

describe('buildInboundShipmentBody: the update body', () => {
	it('sends only what is set; JSON lines pass a WMS field through', () => {
		expect(
			buildInboundShipmentBody(
				{
					trackingNumber: 'T1',
					lineItemsJson: '[{"sku": "A", "expected_quantity": "6", "unit_cost": 1.5}]',
					trackstarTags: { tag: [{ name: 'erp' }] },
				},
				'UTC',
			),
		).toEqual({
			tracking_number: 'T1',
			line_items: [{ sku: 'A', expected_quantity: 6, unit_cost: 1.5 }],
			trackstar_tags: ['erp'],
		});
	});

	it('refuses rows and JSON together, a row without a SKU, and a field set twice', () => {
		expect(() =>
			buildInboundShipmentBody(
				{
					lineItems: { lineItem: [{ sku: 'A', expectedQuantity: 1 }] },
					lineItemsJson: '[{"sku":"B","expected_quantity":1}]',
				},
				'UTC',
			),
		).toThrow('Line Items: both the rows and Line Items (JSON) are set');
		expect(() =>
			buildInboundShipmentBody(
				{ lineItems: { lineItem: [{ sku: '', expectedQuantity: 2 }] } },
				'UTC',
			),
		).toThrow('Line Item 1: has no SKU');
		expect(() =>
			buildInboundShipmentBody(
				{ trackingNumber: 'T', integrationFields: '{"tracking_number": "U"}' },
				'UTC',
			),
		).toThrow('"tracking_number" is set here and also by another field of the node');
	});
});

describe('toSupplierObject', () => {
	it('sends a picked or typed ID as supplier_id, a name as supplier_name', () => {
		expect(toSupplierObject({ __rl: true, mode: 'list', value: 'sup_1' })).toEqual({
			supplier_id: 'sup_1',
		});
		expect(toSupplierObject({ __rl: true, mode: 'name', value: 'Acme' })).toEqual({
			supplier_name: 'Acme',
		});
		expect(toSupplierObject({ __rl: true, mode: 'list', value: '' })).toBeUndefined();
	});
});

describe('buildReceiveBody', () => {
	it('sends the lines and where they were put', () => {
		expect(
			buildReceiveBody({
				lineItems: { lineItem: [{ sku: 'A', quantity: 3 }] },
				warehouseId: { __rl: true, mode: 'id', value: 'wh_1' },
				warehouseLocationId: 'loc_9',
			}),
		).toEqual({
			line_items: [{ sku: 'A', quantity: 3 }],
			warehouse_id: 'wh_1',
			warehouse_location_id: 'loc_9',
		});
	});

	it('refuses no lines, a JSON line without a quantity, and a quantity of 0', () => {
		expect(() => buildReceiveBody({ lineItemsJson: '[]' })).toThrow(
			'Line Items: is empty: nothing to receive',
		);
		expect(() => buildReceiveBody({ lineItemsJson: '[{"sku": "A"}]' })).toThrow(
			'Line Items (JSON) item 1: has no quantity',
		);
		expect(() =>
			buildReceiveBody({ lineItems: { lineItem: [{ sku: 'A', quantity: 0 }] } }),
		).toThrow('Line Item 1 quantity: 0 is below the minimum of 1');
	});
});
