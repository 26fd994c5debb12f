/**
 * GET /wms/inventory, GET /wms/inventory/{inventory_id}, PUT /wms/inventory/{inventory_id}/adjust,
 * GET /wms/inventory/ledger and PUT /wms/inventory/{inventory_id}/trackstar-tags.
 *
 * Adjust takes the "WMS Sandbox" body of the OpenAPI document (quantity, adjustment_type and
 * warehouse_id required, location_id optional), changes onhand and fulfillable (and sellable) in
 * that warehouse, the location's quantity and, for a lot-tracked item, its lots, then writes an
 * `adjustment` ledger entry. A decrease beyond the fulfillable stock is refused by the WMS.
 */
import { createHash } from 'node:crypto';

import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import { totalsOf } from '../seedCatalog';
import type { BodyErrors } from '../writes';
import type { CatalogContext, CatalogResource, WritableSource } from './common';
import {
	addError,
	emptyValueErrors,
	integrationReply,
	isPlainObject,
	newErrors,
	notFoundReply,
	now,
	pageReply,
	validationReply,
} from './common';
import type { ResourceFields } from './query';
import { SKU_OPERATORS, TEXT_OPERATORS, dateFields, listResource } from './query';
import type { InventoryItem, InventoryLocation, LedgerEntry } from './catalogTypes';
import { LEDGER_EVENT_TYPES } from './catalogTypes';

/** Filters of GET /wms/inventory (Trackstar's OpenAPI document). */
export const INVENTORY_FILTER_FIELDS: ResourceFields<InventoryItem> = {
	...dateFields<InventoryItem>(),
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
	sku: { kind: 'text', operators: SKU_OPERATORS },
	active: { kind: 'boolean', operators: ['eq'] },
};

/** Filters of GET /wms/inventory/ledger; an entry's warehouse customer is its item's. */
export function ledgerFilterFields(context: CatalogContext): ResourceFields<LedgerEntry> {
	return {
		...dateFields<LedgerEntry>(),
		warehouse_customer_id: {
			kind: 'text',
			operators: TEXT_OPERATORS,
			get: (entry) => context.catalog.ownerOf(entry),
		},
		event_type: { kind: 'enum', operators: TEXT_OPERATORS, values: LEDGER_EVENT_TYPES },
	};
}

export const INVENTORY_RESOURCE: CatalogResource<InventoryItem, WritableSource<InventoryItem>> = {
	what: 'Inventory item',
	idParam: 'inventory_id',
	fields: INVENTORY_FILTER_FIELDS,
	records: (context) => context.catalog.inventory,
};

export function listLedger(context: CatalogContext, request: SandboxRequest): Reply {
	return pageReply(
		listResource(context.catalog.ledger.all(), request.queryEntries, ledgerFilterFields(context)),
	);
}

// ---------------------------------------------------------------------------------------------
// Adjust

export const ADJUST_FIELDS: readonly string[] = [
	'quantity',
	'adjustment_type',
	'warehouse_id',
	'location_id',
];

export interface Adjustment {
	quantity: number;
	adjustment_type: 'increase' | 'decrease';
	warehouse_id: string;
	location_id?: string;
}

type AdjustCheck =
	| { ok: true; adjustment: Adjustment; unusedFields: string[] }
	| { ok: false; errors: BodyErrors };

/** Validates an adjust body like Trackstar: every field at fault named in `detail.json`. */
export function validateAdjustBody(body: unknown): AdjustCheck {
	const errors = newErrors();
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	emptyValueErrors(body, errors);
	const { quantity, adjustment_type: type, warehouse_id: warehouse, location_id: location } = body;
	if (quantity === undefined) addError(errors, 'quantity', 'Missing data for required field.');
	else if (errors.quantity === undefined) {
		if (typeof quantity !== 'number' || !Number.isInteger(quantity))
			addError(errors, 'quantity', 'Not a valid integer.');
		else if (quantity < 1) addError(errors, 'quantity', 'Must be greater than or equal to 1.');
	}
	if (type === undefined) addError(errors, 'adjustment_type', 'Missing data for required field.');
	else if (errors.adjustment_type === undefined && type !== 'increase' && type !== 'decrease') {
		addError(errors, 'adjustment_type', 'Must be one of: increase, decrease.');
	}
	if (warehouse === undefined) addError(errors, 'warehouse_id', 'Missing data for required field.');
	else if (errors.warehouse_id === undefined && typeof warehouse !== 'string') {
		addError(errors, 'warehouse_id', 'Not a valid string.');
	}
	if (location !== undefined && errors.location_id === undefined && typeof location !== 'string') {
		addError(errors, 'location_id', 'Not a valid string.');
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		adjustment: body as unknown as Adjustment,
		unusedFields: Object.keys(body).filter((field) => !ADJUST_FIELDS.includes(field)),
	};
}

function ledgerId(context: CatalogContext, itemId: string, time: string): string {
	const seed = `ledger:${context.catalog.ledger.size}:${itemId}:${time}`;
	return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

export function adjustInventory(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.inventory_id;
	const checked = validateAdjustBody(request.body);
	if (!checked.ok) return validationReply('json', checked.errors);
	const { catalog } = context;
	const item = catalog.inventory.get(id);
	if (!item) return notFoundReply('Inventory item', id);
	const { quantity, adjustment_type: type, warehouse_id: warehouseId } = checked.adjustment;
	if (!catalog.warehouses.get(warehouseId)) {
		return validationReply('json', { warehouse_id: ['No warehouse with this ID.'] });
	}
	const givenLocation = checked.adjustment.location_id;
	if (
		givenLocation !== undefined &&
		catalog.locations.get(givenLocation)?.warehouse_id !== warehouseId
	) {
		return validationReply('json', {
			location_id: [`No location with this ID in warehouse ${warehouseId}.`],
		});
	}

	const next = structuredClone(item);
	const stock = (next.inventory_by_warehouse_id[warehouseId] ??= {
		awaiting: 0,
		onhand: 0,
		committed: 0,
		unfulfillable: 0,
		fulfillable: 0,
		unsellable: 0,
		sellable: 0,
	});
	const isQuarantine = (entry: InventoryLocation) =>
		catalog.locations.get(entry.location_id)?.type === 'quarantine';
	const stored = next.locations.filter(
		(entry) => entry.warehouse_id === warehouseId && !isQuarantine(entry),
	);
	let ledgerLocation: string;

	if (type === 'decrease') {
		if (stock.fulfillable < quantity) {
			return integrationReply(
				'quantity',
				`Cannot decrease ${item.sku ?? item.id} by ${quantity} in warehouse ${warehouseId}: only ${stock.fulfillable} fulfillable.`,
			);
		}
		if (givenLocation !== undefined) {
			const entry = stored.find((candidate) => candidate.location_id === givenLocation);
			if (!entry || entry.quantity < quantity) {
				return integrationReply(
					'location_id',
					`Cannot decrease ${item.sku ?? item.id} by ${quantity} in location ${givenLocation}: it holds ${entry?.quantity ?? 0}.`,
				);
			}
			entry.quantity -= quantity;
			ledgerLocation = givenLocation;
		} else {
			// From the fullest location first.
			const sorted = stored.slice().sort((a, b) => b.quantity - a.quantity);
			ledgerLocation = sorted[0].location_id;
			let left = quantity;
			for (const entry of sorted) {
				const taken = Math.min(left, entry.quantity);
				entry.quantity -= taken;
				left -= taken;
			}
		}
		let left = quantity;
		const lots = next.lots
			.filter((lot) => lot.warehouse_id === warehouseId)
			.sort((a, b) => ((a.expiration_date ?? '') < (b.expiration_date ?? '') ? -1 : 1));
		for (const lot of lots) {
			const taken = Math.min(left, lot.onhand);
			lot.onhand -= taken;
			left -= taken;
		}
		next.lots = next.lots.filter((lot) => lot.onhand > 0);
	} else {
		const location =
			givenLocation ??
			stored[0]?.location_id ??
			catalog.locations
				.all()
				.find((entry) => entry.warehouse_id === warehouseId && entry.type === 'bin')?.id;
		ledgerLocation = location as string;
		const entry = next.locations.find(
			(candidate) => candidate.location_id === location && candidate.warehouse_id === warehouseId,
		);
		if (entry) entry.quantity += quantity;
		else
			next.locations.push({ location_id: location as string, quantity, warehouse_id: warehouseId });
		if (next.lots.length > 0) {
			const lots = next.lots
				.filter((lot) => lot.warehouse_id === warehouseId)
				.sort((a, b) => ((a.expiration_date ?? '') < (b.expiration_date ?? '') ? 1 : -1));
			if (lots[0]) lots[0].onhand += quantity;
			else {
				const expires = new Date(context.clock().getTime() + 365 * 86_400_000);
				next.lots.push({
					lot_id: `LOT-ADJ-${ledgerId(context, id, now(context)).slice(0, 6).toUpperCase()}`,
					onhand: quantity,
					expiration_date: `${expires.toISOString().slice(0, 10)}T00:00:00Z`,
					warehouse_id: warehouseId,
				});
			}
		}
	}

	const signed = type === 'increase' ? quantity : -quantity;
	stock.onhand += signed;
	stock.fulfillable += signed;
	stock.sellable = stock.fulfillable;
	const time = now(context);
	Object.assign(next, totalsOf(next.inventory_by_warehouse_id), { updated_date: time });
	catalog.inventory.replace(next);
	catalog.ledger.add({
		id: ledgerId(context, id, time),
		created_date: time,
		updated_date: time,
		entry_date: time,
		inventory_item_id: id,
		sku: item.sku ?? '',
		quantity: signed,
		raw_event_type: 'Manual Adjustment',
		event_type: 'adjustment',
		reason: 'Adjusted through the Trackstar API',
		object_id: null,
		object_type: null,
		warehouse_id: warehouseId,
		location_id: ledgerLocation ?? null,
		additional_fields: {},
	});
	return jsonReply({ data: next, id, unused_fields: checked.unusedFields });
}
