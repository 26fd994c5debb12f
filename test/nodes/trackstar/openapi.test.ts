import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';

import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import { BILL } from '../../../nodes/shared/resources/bill';
import {
	LABOR_ACTIVITY_LIST_FILTERS,
	LABOR_ACTIVITY_TYPES,
	LABOR_OBJECT_TYPES,
} from '../../../nodes/shared/resources/laborActivity';
import { RETURN_LIST_FILTERS, RETURN_STATUSES } from '../../../nodes/shared/resources/return';
import { buildKitBody } from '../../../nodes/shared/resources/kit/kitBody';
import { buildReturnBody } from '../../../nodes/shared/resources/return/returnBody';
import { INBOUND_SHIPMENT, SUPPLIER_LIST } from '../../../nodes/shared/resources/inboundShipment';
import { INVENTORY_LIST_FILTERS } from '../../../nodes/shared/resources/inventoryItem';
import { LEDGER_LIST_FILTERS } from '../../../nodes/shared/resources/inventoryItem/inventoryItem.getLedger.operation';
import {
	BEYOND_THE_DOCUMENT,
	OMITTED_EVERYWHERE,
	OMITTED_FILTERS,
	OMITTED_OPERATIONS,
} from './omissions';
import { PRODUCT } from '../../../nodes/shared/resources/product';
import { SHIPPING_METHOD } from '../../../nodes/shared/resources/shippingMethod';
import { LOCATION_LIST_FILTERS } from '../../../nodes/shared/resources/warehouse/warehouse.locations.operation';
import { WAREHOUSE } from '../../../nodes/shared/resources/warehouse';
import { WAREHOUSE_CUSTOMER } from '../../../nodes/shared/resources/warehouseCustomer';
import { ORDER_LIST_FILTERS } from '../../../nodes/shared/resources/order/orderFilters';
import type { ListFilters } from '../../../nodes/shared/wire/listFilters';
import {
	buildProductBody,
	MEASUREMENT_FIELDS,
} from '../../../nodes/shared/resources/product/productBody';
import { ADJUSTMENT_TYPES } from '../../../nodes/shared/wire/stockChange';
import { OPENAPI_PATH } from '../../support/openapi';
import { CART_ORDER } from '../../../nodes/shared/cartResources/cartOrder';
import { CART_ORDER_STATUSES } from '../../../nodes/shared/cartResources/cartOrder/cartOrderFilters';
import { CART_PRODUCT } from '../../../nodes/shared/cartResources/cartProduct';
import { CART_WAREHOUSE } from '../../../nodes/shared/cartResources/cartWarehouse';
import { FREIGHT_SHIPMENT } from '../../../nodes/shared/freightResources/freightShipment';
import { FREIGHT_SHIPMENT_STATUSES } from '../../../nodes/shared/freightResources/freightShipment/freightShipmentStatuses';

interface Parameter {
	in: string;
	name: string;
	schema?: { enum?: string[]; items?: { enum?: string[] } };
}
interface Document {
	paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
	components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
}
const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Document;
const schemas = document.components.schemas;

const LISTS: Record<string, ListFilters> = {
	'/wms/orders': ORDER_LIST_FILTERS,
	'/wms/inventory': INVENTORY_LIST_FILTERS,
	'/wms/inventory/ledger': LEDGER_LIST_FILTERS,
	'/wms/products': PRODUCT.filters,
	'/wms/warehouses': WAREHOUSE.filters,
	'/wms/warehouses/{warehouse_id}/locations': LOCATION_LIST_FILTERS,
	'/wms/shipping-methods': SHIPPING_METHOD.filters,
	'/wms/warehouse-customers': WAREHOUSE_CUSTOMER.filters,
	'/wms/inbound-shipments': INBOUND_SHIPMENT.filters,
	'/wms/inbound-shipments/suppliers': SUPPLIER_LIST.filters,
	'/wms/returns': RETURN_LIST_FILTERS,
	'/wms/billing': BILL.filters,
	'/wms/labor-activities': LABOR_ACTIVITY_LIST_FILTERS,
	// Trackstar Cart's lists.
	'/cart/orders': CART_ORDER.filters,
	'/cart/products': CART_PRODUCT.filters,
	'/cart/warehouses': CART_WAREHOUSE.filters,
	// Trackstar Freight's (Trackstar Carrier's lists have no OpenAPI copy: carrier.test.ts's pages).
	'/freight/shipments': FREIGHT_SHIPMENT.filters,
};

/** The `field[op]` parameters a list's filters can send. */
function sentBy(list: ListFilters): string[] {
	return [
		...list.conditions.flatMap((filter) =>
			filter.operators.map((operator) => `${filter.field}[${operator}]`),
		),
		...(list.selections ?? []).map((selection) => `${selection.field}[${selection.operator}]`),
		...(list.booleans ?? []).map((filter) => filter.field),
		...(list.equals ?? []).map((filter) => filter.field),
		'ids',
	];
}

function specParameters(path: string): Parameter[] {
	return (document.paths[path].get.parameters ?? []).filter(
		(parameter) => parameter.in === 'query',
	);
}

describe("The Trackstar node against Trackstar's OpenAPI document", () => {
	it.each(Object.keys(LISTS))('GET %s: the node sends no filter the document lacks', (path) => {
		const documented = new Set(specParameters(path).map(({ name }) => name));
		documented.add('ids'); // Trackstar's docs list ids beside ids[in] (docs/trackstar-api/list-orders.txt)
		const newer = BEYOND_THE_DOCUMENT[path]?.fields ?? [];
		expect(
			sentBy(LISTS[path]).filter(
				(name) => !documented.has(name) && !newer.includes(name.split('[')[0]),
			),
		).toEqual([]);
	});

	it.each(Object.keys(LISTS))(
		'GET %s: every documented filter is offered or listed in omissions.ts',
		(path) => {
			const offered = new Set(sentBy(LISTS[path]));
			const omitted = OMITTED_FILTERS[path] ?? {};
			const documented = specParameters(path).map(({ name }) => name);
			const missing = documented
				.filter((name) => !offered.has(name) && !(name in omitted) && !(name in OMITTED_EVERYWHERE))
				// A bare `field` beside its `field[eq]` is the same filter: omitted everywhere, with its
				// reason. A bare-only one (labor activities' activity_type) must be offered.
				.filter((name) => name.includes('[') || !documented.includes(`${name}[eq]`));
			expect(missing).toEqual([]);
			for (const name of Object.keys(omitted)) expect(offered.has(name)).toBe(false);
		},
	);

	it('offers exactly the enum values the document lists', () => {
		const freightStatus = schemas.FreightShipmentSchema.properties.status;
		expect([...FREIGHT_SHIPMENT_STATUSES]).toEqual(freightStatus.enum);
		const cartStatuses = specParameters('/cart/orders').find(({ name }) => name === 'status[in]');
		expect([...CART_ORDER_STATUSES]).toEqual(cartStatuses!.schema!.items!.enum);
		const returnStatuses = specParameters('/wms/returns').find(({ name }) => name === 'status[in]');
		expect([...RETURN_STATUSES].sort()).toEqual([...returnStatuses!.schema!.items!.enum!].sort());
		const labor = specParameters('/wms/labor-activities');
		expect([...LABOR_ACTIVITY_TYPES]).toEqual(
			labor.find(({ name }) => name === 'activity_type')!.schema!.enum,
		);
		expect([...LABOR_OBJECT_TYPES]).toEqual(
			labor.find(({ name }) => name === 'associated_object_type')!.schema!.enum,
		);
		const eventTypes = specParameters('/wms/inventory/ledger').find(
			({ name }) => name === 'event_type[in]',
		);
		for (const selection of LEDGER_LIST_FILTERS.selections ?? []) {
			expect(selection.values.map(({ value }) => value).sort()).toEqual(
				[...eventTypes!.schema!.items!.enum!].sort(),
			);
		}
		const orderStatuses = specParameters('/wms/orders').find(({ name }) => name === 'status[in]');
		if (orderStatuses?.schema?.items?.enum) {
			expect(ORDER_LIST_FILTERS.selections![0].values.map(({ value }) => value).sort()).toEqual(
				[...orderStatuses.schema.items.enum].sort(),
			);
		}
		const adjust = schemas['AdjustInventorySchema--Base_Schema--'].properties;
		expect([...ADJUSTMENT_TYPES]).toEqual(adjust.adjustment_type.enum);
		const measurements = schemas.ProductMeasurements.properties;
		for (const entry of MEASUREMENT_FIELDS) {
			expect(Object.keys(measurements)).toContain(entry.field);
			if ('allowed' in entry) expect([...entry.allowed]).toEqual(measurements[entry.field].enum);
		}
	});

	it("writes products with the base schema's fields only, besides the user's integration-specific JSON", () => {
		const body = buildProductBody({
			sku: 'A',
			name: 'B',
			gtin: 'C',
			measurements: {
				values: { length: 1, width: 2, height: 3, unit: 'in', weight: 4, weightUnit: 'lb' },
			},
			trackstarTags: { tag: [{ name: 't', value: '' }] },
		});
		const create = Object.keys(schemas['CreateProductSchema--Base_Schema--'].properties);
		const update = Object.keys(schemas['UpdateProductSchema--Base_Schema--'].properties);
		expect(Object.keys(body).sort()).toEqual([...create].sort());
		expect(Object.keys(body).sort()).toEqual([...update].sort());
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

	it('sends adjustments with the base schema fields', () => {
		const adjust = Object.keys(schemas['AdjustInventorySchema--Base_Schema--'].properties).sort();
		expect(adjust).toEqual(['adjustment_type', 'location_id', 'quantity', 'warehouse_id']);
	});

	it('covers every operation of the WMS API and the connection, or lists why not', () => {
		// The paths outside them are listed with their reasons (endpoints.test.ts).
		const prefixes = ['/wms/', '/connections'];
		const offered = new Set([
			'GET /wms/orders',
			'POST /wms/orders',
			'GET /wms/orders/{order_id}',
			'PUT /wms/orders/{order_id}',
			'PUT /wms/orders/{order_id}/cancel',
			'PUT /wms/orders/{order_id}/trackstar-tags',
			'GET /wms/orders/meta',
			'POST /wms/orders/{order_id}/shipments',
			'GET /wms/orders/{order_id}/packs',
			'POST /wms/orders/{order_id}/file',
			'GET /wms/inventory',
			'GET /wms/inventory/{inventory_id}',
			'PUT /wms/inventory/{inventory_id}/adjust',
			'GET /wms/inventory/ledger',
			'PUT /wms/inventory/{inventory_id}/trackstar-tags',
			'GET /wms/products',
			'POST /wms/products',
			'GET /wms/products/{product_id}',
			'PUT /wms/products/{product_id}',
			'GET /wms/products/meta',
			'PUT /wms/products/{product_id}/trackstar-tags',
			'GET /wms/warehouses',
			'GET /wms/warehouses/{warehouse_id}',
			'GET /wms/warehouses/{warehouse_id}/locations',
			'GET /wms/warehouses/{warehouse_id}/locations/{location_id}',
			'PUT /wms/warehouses/{warehouse_id}/trackstar-tags',
			'GET /wms/shipping-methods',
			'GET /wms/shipping-methods/{shipping_method_id}',
			'GET /wms/warehouse-customers',
			'GET /wms/warehouse-customers/{warehouse_customer_id}',
			'GET /wms/inbound-shipments',
			'POST /wms/inbound-shipments',
			'GET /wms/inbound-shipments/{inbound_shipment_id}',
			'PUT /wms/inbound-shipments/{inbound_shipment_id}',
			'PUT /wms/inbound-shipments/{inbound_shipment_id}/receive',
			'PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags',
			'GET /wms/inbound-shipments/suppliers',
			// GET /wms/inbound-shipments/meta (Get Writable Fields) is newer than the document.
			'GET /wms/returns',
			'POST /wms/returns',
			'GET /wms/returns/meta',
			'GET /wms/returns/{return_id}',
			'PUT /wms/returns/{return_id}',
			'PUT /wms/returns/{return_id}/trackstar-tags',
			// PUT /wms/returns/{return_id}/cancel (Cancel) is newer than the document.
			'POST /wms/kits',
			'GET /wms/kits/meta',
			'PUT /wms/kits/{kit_id}',
			'GET /wms/billing',
			'GET /wms/billing/{bill_id}',
			'GET /wms/labor-activities',
			'GET /wms/labor-activities/{labor_activity_id}',
			'GET /connections',
			'GET /connections/{connection_id}',
			'POST /connections/sync',
			'PATCH /connections',
		]);
		const documented = Object.entries(document.paths)
			.filter(([path]) => prefixes.some((prefix) => path.startsWith(prefix)))
			.flatMap(([path, methods]) =>
				Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
			);
		expect(
			documented.filter((call) => !offered.has(call) && !(call in OMITTED_OPERATIONS)),
		).toEqual([]);
		for (const call of offered) expect(documented).toContain(call);
	});

	it('has the operations it claims: each resource lists them in its Operation choice', () => {
		const operations = new Trackstar().description.properties.filter(
			({ name }) => name === 'operation',
		);
		expect(operations.map((property) => property.options!.length)).toEqual([
			10, 5, 6, 3, 5, 8, 7, 2, 2, 2, 2, 8, 2, 4, 1,
		]);
	});
});
