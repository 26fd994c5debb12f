/**
 * The catalog's routes: inventory, products, warehouses and their locations, shipping methods
 * and warehouse customers. The order routes (routes.ts) sit behind as the fallback, so a path
 * served here takes precedence and every other path goes on to them.
 */
import type { Handler } from '../http';
import { Router } from '../http';
import type { CatalogContext } from './common';
import {
	adjustInventory,
	getInventoryItem,
	listInventory,
	listLedger,
	setInventoryTags,
} from './inventory';

export function createCatalogRouter(context: CatalogContext, fallback: Handler): Router {
	return (
		new Router(fallback)
			.add('GET', '/wms/inventory', (request) => listInventory(context, request))
			// Before /wms/inventory/:inventory_id, which would take "ledger" for an ID.
			.add('GET', '/wms/inventory/ledger', (request) => listLedger(context, request))
			.add('GET', '/wms/inventory/:inventory_id', (request) => getInventoryItem(context, request))
			.add('PUT', '/wms/inventory/:inventory_id/adjust', (request) =>
				adjustInventory(context, request),
			)
			.add('PUT', '/wms/inventory/:inventory_id/trackstar-tags', (request) =>
				setInventoryTags(context, request),
			)
	);
}
