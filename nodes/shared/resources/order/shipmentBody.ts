import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from '../../wire/dates';
import { InvalidValueError } from '../../wire/invalidValue';
import { jsonListOfObjects } from '../../wire/jsonList';
import { lineItemsFromJson, toLineItems, type LineItemRow } from './orderLineItems';
import { withIntegrationFields } from '../../wire/integrationFields';
import { locatorValue, toNumber, toText } from '../../wire/values';

export const PACKAGES_JSON_LABEL = 'Packages (JSON)';
const PACKAGES_JSON_EXAMPLE =
	'[{ "package_id": "box-1", "tracking_number": "1Z999AA10123456784" }]';

export interface PackageRow {
	packageId?: string;
	trackingNumber?: string;
}

function requireBoth(pack: IDataObject, label: string) {
	for (const [field, name] of [
		['package_id', 'package ID'],
		['tracking_number', 'tracking number'],
	]) {
		if (pack[field] === undefined) {
			throw new InvalidValueError(
				label,
				`has no ${name}`,
				'Trackstar needs both for every package',
			);
		}
	}
}

/** The Packages rows of the panel as Trackstar's packages: an empty row is skipped. */
export function toPackages(rows: PackageRow[] | undefined): IDataObject[] | undefined {
	const packages: IDataObject[] = [];
	(rows ?? []).forEach((row, index) => {
		const label = `Package ${index + 1}`;
		const pack: IDataObject = {};
		const packageId = toText(row.packageId, `${label} package ID`);
		const trackingNumber = toText(row.trackingNumber, `${label} tracking number`);
		if (packageId !== undefined) pack.package_id = packageId;
		if (trackingNumber !== undefined) pack.tracking_number = trackingNumber;
		if (Object.keys(pack).length === 0) return;
		requireBoth(pack, label);
		packages.push(pack);
	});
	return packages.length > 0 ? packages : undefined;
}

/** Packages given as JSON in Trackstar's field names; a WMS's other fields pass through. */
export function packagesFromJson(value: unknown): IDataObject[] | undefined {
	const entries = jsonListOfObjects(value, PACKAGES_JSON_LABEL, PACKAGES_JSON_EXAMPLE, 'packages');
	return entries?.map(({ entry: pack, label }) => {
		for (const [field, name] of [
			['package_id', 'package ID'],
			['tracking_number', 'tracking number'],
		]) {
			const text = toText(pack[field], `${label} ${name}`);
			if (text === undefined) delete pack[field];
			else pack[field] = text;
		}
		requireBoth(pack, label);
		return pack;
	});
}

export type ShipmentItemsInput = 'fields' | 'json';

/** What Ship reads from the panel for one item. */
export interface ShipmentInput {
	trackingNumber: unknown;
	/** Empty: now. */
	shippedDate: unknown;
	itemsInput: ShipmentItemsInput;
	packages?: PackageRow[];
	packagesJson?: unknown;
	lineItems?: LineItemRow[];
	lineItemsJson?: unknown;
	/** Additional Fields: carrierId, trackingUrl, shippingMethodId, shippingCost, warehouseId, integrationFields. */
	additional: IDataObject;
}

/**
 * The body of `POST /wms/orders/{order_id}/shipments` (Trackstar's base create-shipment schema):
 * the tracking number, the shipped date in UTC (now when empty), packages and line items from
 * rows or JSON, the optional fields set, and the WMS's own fields merged last but never over ours.
 */
export function buildShipmentBody(input: ShipmentInput, timeZone: string, now: Date): IDataObject {
	const trackingNumber = toText(input.trackingNumber, 'Tracking Number');
	if (trackingNumber === undefined) {
		throw new InvalidValueError(
			'Tracking Number',
			'is empty',
			"Set the shipment's tracking number, e.g. {{ $json.tracking_number }}",
		);
	}
	const body: IDataObject = {
		tracking_number: trackingNumber,
		shipped_date:
			toTrackstarDate(input.shippedDate, 'Shipped Date', timeZone) ??
			toTrackstarDate(now, 'now', 'UTC'),
	};
	const { additional } = input;
	const texts: Array<[string, string, string]> = [
		['carrierId', 'carrier_id', 'Carrier ID'],
		['trackingUrl', 'tracking_url', 'Tracking URL'],
		['shippingMethodId', 'shipping_method_id', 'Shipping Method'],
		['warehouseId', 'warehouse_id', 'Warehouse'],
	];
	for (const [key, field, label] of texts) {
		const text = toText(locatorValue(additional[key]), label);
		if (text !== undefined) body[field] = text;
	}
	const cost = toNumber(additional.shippingCost, 'Shipping Cost', { min: 0 });
	if (cost !== undefined) body.shipping_cost = cost;

	const packages =
		input.itemsInput === 'json' ? packagesFromJson(input.packagesJson) : toPackages(input.packages);
	const lineItems =
		input.itemsInput === 'json'
			? lineItemsFromJson(input.lineItemsJson)
			: toLineItems(input.lineItems);
	if (packages) body.packages = packages;
	if (lineItems) body.line_items = lineItems;

	return withIntegrationFields(body, additional.integrationFields);
}

/** The body fields the shipment's own fields set, with their labels: what the WMS Fields leave out. */
export const SHIPMENT_OWN_FIELDS: Readonly<Record<string, string>> = {
	tracking_number: 'Tracking Number',
	shipped_date: 'Shipped Date',
	carrier_id: 'Carrier ID',
	tracking_url: 'Tracking URL',
	shipping_method_id: 'Shipping Method',
	warehouse_id: 'Warehouse',
	shipping_cost: 'Shipping Cost',
	packages: 'Packages',
	line_items: 'Line Items',
};
