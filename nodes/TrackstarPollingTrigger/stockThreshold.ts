import type { IDataObject } from 'n8n-workflow';

/** Which stock figure is watched: fulfillable (available to ship) or onhand. */
export type WatchedQuantity = 'fulfillable' | 'onhand';

export interface StockWatch {
	quantity: WatchedQuantity;
	threshold: number;
	/** One warehouse's figure (inventory_by_warehouse_id), or undefined for the item's total. */
	warehouseId?: string;
}

/** Names the watch: a stored memory of low items belongs to this watch only. */
export function watchKey(watch: StockWatch): string {
	return `${watch.quantity}<=${watch.threshold}${watch.warehouseId === undefined ? '' : `@${watch.warehouseId}`}`;
}

/** The watched figure of an item, or undefined when it has none (e.g. not stocked in that warehouse). */
export function quantityOf(item: IDataObject, watch: StockWatch): number | undefined {
	const stock =
		watch.warehouseId === undefined
			? item
			: ((item.inventory_by_warehouse_id as Record<string, IDataObject> | undefined)?.[
					watch.warehouseId
				] ?? undefined);
	const value = stock?.[watch.quantity];
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function isLow(item: IDataObject, watch: StockWatch): boolean {
	const quantity = quantityOf(item, watch);
	return quantity !== undefined && quantity <= watch.threshold;
}

/**
 * Items seen again, against the IDs remembered as at or below the threshold: an item crosses
 * when it is seen low and was not remembered so; it is forgotten once seen above, so it crosses
 * again only after it went back above. An item without the figure changes nothing.
 */
export function observeStock(
	lowIds: readonly string[],
	items: IDataObject[],
	watch: StockWatch,
): { lowIds: string[]; crossed: IDataObject[] } {
	const low = new Set(lowIds);
	const crossed: IDataObject[] = [];
	for (const item of items) {
		const quantity = quantityOf(item, watch);
		if (quantity === undefined) continue;
		const id = String(item.id);
		if (quantity > watch.threshold) low.delete(id);
		else if (!low.has(id)) {
			low.add(id);
			crossed.push(item);
		}
	}
	return { lowIds: [...low].sort(), crossed };
}
