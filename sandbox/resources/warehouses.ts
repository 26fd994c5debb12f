/**
 * GET /wms/warehouses and /{warehouse_id}, GET /wms/warehouses/{warehouse_id}/locations and
 * /{location_id}, PUT /wms/warehouses/{warehouse_id}/trackstar-tags, and the item routes and
 * filters of the other reference lists: GET /wms/shipping-methods[/{id}] and
 * GET /wms/warehouse-customers[/{id}]. Every list takes the OpenAPI document's filters
 * (created_date, updated_date, ids; locations also `type`).
 */
import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { ShippingMethodRecord, WarehouseCustomerRecord, WarehouseRecord } from '../reference';
import type { CatalogContext, CatalogResource, WritableSource } from './common';
import { notFoundReply, pageReply, sourceOf } from './common';
import type { ResourceFields } from './query';
import { TEXT_OPERATORS, dateFields, listResource } from './query';
import type { WarehouseLocation } from './catalogTypes';

export const WAREHOUSE_FILTER_FIELDS: ResourceFields<WarehouseRecord> = dateFields();
export const SHIPPING_METHOD_FILTER_FIELDS: ResourceFields<ShippingMethodRecord> = dateFields();
export const WAREHOUSE_CUSTOMER_FILTER_FIELDS: ResourceFields<WarehouseCustomerRecord> =
	dateFields();
export const LOCATION_FILTER_FIELDS: ResourceFields<WarehouseLocation> = {
	...dateFields<WarehouseLocation>(),
	type: { kind: 'text', operators: TEXT_OPERATORS },
};

export const WAREHOUSE_RESOURCE: CatalogResource<
	WarehouseRecord,
	WritableSource<WarehouseRecord>
> = {
	what: 'Warehouse',
	idParam: 'warehouse_id',
	fields: WAREHOUSE_FILTER_FIELDS,
	records: (context) => context.catalog.warehouses,
};

export const SHIPPING_METHOD_RESOURCE: CatalogResource<ShippingMethodRecord> = {
	what: 'Shipping method',
	idParam: 'shipping_method_id',
	fields: SHIPPING_METHOD_FILTER_FIELDS,
	records: (context) => sourceOf(context.reference.shippingMethods),
};

export const WAREHOUSE_CUSTOMER_RESOURCE: CatalogResource<WarehouseCustomerRecord> = {
	what: 'Warehouse customer',
	idParam: 'warehouse_customer_id',
	fields: WAREHOUSE_CUSTOMER_FILTER_FIELDS,
	records: (context) => sourceOf(context.reference.warehouseCustomers),
};

export function listLocations(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.warehouse_id;
	if (!context.catalog.warehouses.get(id)) return notFoundReply('Warehouse', id);
	const locations = context.catalog.locations.all().filter((entry) => entry.warehouse_id === id);
	return pageReply(listResource(locations, request.queryEntries, LOCATION_FILTER_FIELDS));
}

export function getLocation(context: CatalogContext, request: SandboxRequest): Reply {
	const { warehouse_id: warehouseId, location_id: id } = request.params;
	if (!context.catalog.warehouses.get(warehouseId)) return notFoundReply('Warehouse', warehouseId);
	const location = context.catalog.locations.get(id);
	if (!location || location.warehouse_id !== warehouseId) return notFoundReply('Location', id);
	return jsonReply({ data: location });
}
