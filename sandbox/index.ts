/** Public surface of the Trackstar sandbox. */
export type {
	Sandbox,
	SandboxOptions,
	RecordedRequest,
	ActivityMove,
	ActivityOptions,
} from './server';
export { DEFAULT_ACTIVITY_EVERY_MS, MIN_OPEN_PER_CUSTOMER } from './activity';
export {
	startSandbox,
	DEFAULT_API_KEY,
	DEFAULT_ACCESS_TOKEN,
	DEFAULT_CARRIER_ACCESS_TOKEN,
	DEFAULT_FREIGHT_ACCESS_TOKEN,
	MAX_BODY_BYTES,
} from './server';
export type {
	SeedOptions,
	WarehouseCustomer,
	SeedChannel,
	SeedProduct,
	Warehouse,
	ShippingMethod,
} from './seed';
export {
	seedOrders,
	compareOrders,
	WAREHOUSE_CUSTOMERS,
	CHANNELS,
	WAREHOUSES,
	SHIPPING_METHODS,
	RAW_STATUSES,
} from './seed';
export type { FilterCondition, FilterField, FilterOperator, OrderListQuery } from './filters';
export {
	ORDER_FILTER_FIELDS,
	parseOrderListQuery,
	filterOrders,
	compileOrderFilter,
} from './filters';
export type { Middleware, Reply, SandboxRequest } from './http';
export type { Fault, FaultRule, FaultInjector, RateLimitHeader } from './faults';
export {
	IDEMPOTENCY_KEY_HEADER,
	IDEMPOTENCY_KEY_TTL_MS,
	MAX_IDEMPOTENCY_KEY_LENGTH,
	REPLAYED_HEADER,
} from './idempotency';
export type { RateLimitOptions } from './rateLimiter';
export type { PageLatency } from './latency';
export { RATE_LIMITS } from './rateLimiter';
export * from './types';
export type {
	InventoryInWarehouse,
	InventoryItem,
	InventoryLocation,
	InventoryLot,
	LedgerEntry,
	LedgerEventType,
	Measurements,
	Product,
	ProductInventoryItem,
	WarehouseLocation,
} from './resources/catalogTypes';
export { LEDGER_EVENT_TYPES } from './resources/catalogTypes';
export type { Catalog, CatalogOptions } from './seedCatalog';
export {
	CATALOG_ITEM_COUNT,
	INACTIVE_SKUS,
	KITS,
	LEDGER_DAYS,
	LOW_STOCK_SKUS,
	LOW_STOCK_THRESHOLD,
	seedCatalog,
} from './seedCatalog';
export { INVENTORY_FILTER_FIELDS } from './resources/inventory';
export {
	PRODUCT_FILTER_FIELDS,
	PRODUCT_INTEGRATION_FIELDS,
	productMetaSchema,
} from './resources/products';
export { LOCATION_FILTER_FIELDS } from './resources/warehouses';
export type {
	InboundShipment,
	InboundShipmentLineItem,
	InboundShipmentStatus,
	InboundSupplier,
} from './resources/inboundShipmentTypes';
export { INBOUND_SHIPMENT_STATUSES } from './resources/inboundShipmentTypes';
export {
	INBOUND_SHIPMENT_FILTER_FIELDS,
	SUPPLIER_FILTER_FIELDS,
} from './resources/inboundShipments';
export type { Return } from './resources/returnTypes';
export type {
	CartOrder,
	CartOrderLineItem,
	CartOrderShipment,
	CartProduct,
	CartWarehouse,
} from './cart/cartTypes';
export { CART_ORDER_STATUSES } from './cart/cartTypes';
export { CART_ORDER_COUNT, CART_WAREHOUSES } from './cart/seedCart';
export type { FreightShipment, FreightShipmentStatus } from './freight/freightTypes';
export { FREIGHT_SHIPMENT_STATUSES } from './freight/freightTypes';
export { HISTORICAL_FREIGHT_SHIPMENTS } from './freight/seedFreight';
export type { CarrierFile, InvoiceLineItem } from './carrier/carrierTypes';
export { DOWNLOAD_URL_SECONDS, FILE_STORE_PATH } from './carrier/carrierFiles';
export { UPS_ACCOUNT, UPS_COLUMNS } from './carrier/upsInvoices';
export type { StoreRefund, StoreTransaction } from './cart/storeApi';
export { STORE_COPY_ORDER_ID } from './cart/storeCopy';
