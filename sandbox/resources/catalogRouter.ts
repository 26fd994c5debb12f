/**
 * The catalog's routes: inventory, products, warehouses and their locations, shipping methods
 * and warehouse customers. The order routes (routes.ts) sit behind as the fallback, so a path
 * served here takes precedence and every other path goes on to them.
 */
import type { Handler } from '../http';
import { Router } from '../http';
import type { CatalogContext } from './common';
import { getRecord, listRecords, setRecordTags } from './common';
import { INVENTORY_RESOURCE, adjustInventory, listLedger } from './inventory';
import {
	INBOUND_SHIPMENT_RESOURCE,
	SUPPLIER_RESOURCE,
	createInboundShipment,
	inboundShipmentMeta,
	receiveInboundShipment,
	updateInboundShipment,
} from './inboundShipments';
import { PRODUCT_RESOURCE, createProduct, productMeta, updateProduct } from './products';
import {
	SHIPPING_METHOD_RESOURCE,
	WAREHOUSE_CUSTOMER_RESOURCE,
	WAREHOUSE_RESOURCE,
	getLocation,
	listLocations,
} from './warehouses';

import { BILL_RESOURCE, LABOR_ACTIVITY_RESOURCE } from './billing';
import { createKit, kitMeta, updateKit } from './kits';
import { RETURN_RESOURCE, cancelReturn, createReturn, returnMeta, updateReturn } from './returns';

export function createCatalogRouter(context: CatalogContext, fallback: Handler): Router {
	return (
		new Router(fallback)
			.add('GET', '/wms/inventory', (request) => listRecords(INVENTORY_RESOURCE, context, request))
			// Before /wms/inventory/:inventory_id, which would take "ledger" for an ID.
			.add('GET', '/wms/inventory/ledger', (request) => listLedger(context, request))
			.add('GET', '/wms/inventory/:inventory_id', (request) =>
				getRecord(INVENTORY_RESOURCE, context, request),
			)
			.add('PUT', '/wms/inventory/:inventory_id/adjust', (request) =>
				adjustInventory(context, request),
			)
			.add('PUT', '/wms/inventory/:inventory_id/trackstar-tags', (request) =>
				setRecordTags(INVENTORY_RESOURCE, context, request),
			)
			.add('GET', '/wms/products', (request) => listRecords(PRODUCT_RESOURCE, context, request))
			.add('POST', '/wms/products', (request) => createProduct(context, request))
			// Before /wms/products/:product_id, which would take "meta" for an ID.
			.add('GET', '/wms/products/meta', (request) => productMeta(request))
			.add('GET', '/wms/products/:product_id', (request) =>
				getRecord(PRODUCT_RESOURCE, context, request),
			)
			.add('PUT', '/wms/products/:product_id', (request) => updateProduct(context, request))
			.add('PUT', '/wms/products/:product_id/trackstar-tags', (request) =>
				setRecordTags(PRODUCT_RESOURCE, context, request),
			)
			// These lists take the place of routes.ts's: same records, with filters and item routes.
			.add('GET', '/wms/warehouses', (request) => listRecords(WAREHOUSE_RESOURCE, context, request))
			.add('GET', '/wms/warehouses/:warehouse_id', (request) =>
				getRecord(WAREHOUSE_RESOURCE, context, request),
			)
			.add('PUT', '/wms/warehouses/:warehouse_id/trackstar-tags', (request) =>
				setRecordTags(WAREHOUSE_RESOURCE, context, request),
			)
			.add('GET', '/wms/warehouses/:warehouse_id/locations', (request) =>
				listLocations(context, request),
			)
			.add('GET', '/wms/warehouses/:warehouse_id/locations/:location_id', (request) =>
				getLocation(context, request),
			)
			.add('GET', '/wms/shipping-methods', (request) =>
				listRecords(SHIPPING_METHOD_RESOURCE, context, request),
			)
			.add('GET', '/wms/shipping-methods/:shipping_method_id', (request) =>
				getRecord(SHIPPING_METHOD_RESOURCE, context, request),
			)
			.add('GET', '/wms/warehouse-customers', (request) =>
				listRecords(WAREHOUSE_CUSTOMER_RESOURCE, context, request),
			)
			.add('GET', '/wms/warehouse-customers/:warehouse_customer_id', (request) =>
				getRecord(WAREHOUSE_CUSTOMER_RESOURCE, context, request),
			)
			.add('GET', '/wms/inbound-shipments', (request) =>
				listRecords(INBOUND_SHIPMENT_RESOURCE, context, request),
			)
			.add('POST', '/wms/inbound-shipments', (request) => createInboundShipment(context, request))
			// Before /wms/inbound-shipments/:inbound_shipment_id, which would take them for IDs.
			.add('GET', '/wms/inbound-shipments/suppliers', (request) =>
				listRecords(SUPPLIER_RESOURCE, context, request),
			)
			.add('GET', '/wms/inbound-shipments/meta', (request) => inboundShipmentMeta(request))
			.add('GET', '/wms/inbound-shipments/:inbound_shipment_id', (request) =>
				getRecord(INBOUND_SHIPMENT_RESOURCE, context, request),
			)
			.add('PUT', '/wms/inbound-shipments/:inbound_shipment_id', (request) =>
				updateInboundShipment(context, request),
			)
			.add('PUT', '/wms/inbound-shipments/:inbound_shipment_id/receive', (request) =>
				receiveInboundShipment(context, request),
			)
			.add('PUT', '/wms/inbound-shipments/:inbound_shipment_id/trackstar-tags', (request) =>
				setRecordTags(INBOUND_SHIPMENT_RESOURCE, context, request),
			)
			// Returns, kits, bills and labor activities.
			.add('GET', '/wms/returns', (request) => listRecords(RETURN_RESOURCE, context, request))
			.add('POST', '/wms/returns', (request) => createReturn(context, request))
			// Before /wms/returns/:return_id, which would take "meta" for an ID.
			.add('GET', '/wms/returns/meta', (request) => returnMeta(request))
			.add('GET', '/wms/returns/:return_id', (request) =>
				getRecord(RETURN_RESOURCE, context, request),
			)
			.add('PUT', '/wms/returns/:return_id', (request) => updateReturn(context, request))
			.add('PUT', '/wms/returns/:return_id/cancel', (request) => cancelReturn(context, request))
			.add('PUT', '/wms/returns/:return_id/trackstar-tags', (request) =>
				setRecordTags(RETURN_RESOURCE, context, request),
			)
			.add('POST', '/wms/kits', (request) => createKit(context, request))
			.add('GET', '/wms/kits/meta', (request) => kitMeta(request))
			.add('PUT', '/wms/kits/:kit_id', (request) => updateKit(context, request))
			.add('GET', '/wms/billing', (request) => listRecords(BILL_RESOURCE, context, request))
			.add('GET', '/wms/billing/:bill_id', (request) => getRecord(BILL_RESOURCE, context, request))
			.add('GET', '/wms/labor-activities', (request) =>
				listRecords(LABOR_ACTIVITY_RESOURCE, context, request),
			)
			.add('GET', '/wms/labor-activities/:labor_activity_id', (request) =>
				getRecord(LABOR_ACTIVITY_RESOURCE, context, request),
			)
	);
}
