import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { toText } from './values';

/** What a picker's value names: a record's ID (picked From List or typed By ID), or its name. */
export interface PickedReference {
	by: 'id' | 'name';
	value: string;
}

const MODE_NAMES: Record<string, PickedReference['by']> = { list: 'id', id: 'id', name: 'name' };

/**
 * Reads a resource locator ({__rl, mode, value}) whose modes are From List, By ID and By Name.
 * Plain text (a value saved before the picker existed, or mapped whole) is an ID.
 */
export function pickedReference(given: unknown, label: string): PickedReference | undefined {
	const isLocator =
		typeof given === 'object' && given !== null && !Array.isArray(given) && 'mode' in given;
	const mode = isLocator ? String((given as { mode: unknown }).mode) : 'id';
	const value = toText(isLocator ? (given as { value?: unknown }).value : given, label);
	if (value === undefined) return undefined;
	const by = MODE_NAMES[mode];
	if (by === undefined) {
		throw new InvalidValueError(
			label,
			`unknown mode "${mode}"`,
			'Pick it From List, By ID or By Name',
		);
	}
	return { by, value };
}

/** Channel: Trackstar's channel_object takes exactly one of channel_id and channel_name. */
export function toChannelObject(given: unknown): IDataObject | undefined {
	const channel = pickedReference(given, 'Channel');
	if (channel === undefined) return undefined;
	return channel.by === 'id' ? { channel_id: channel.value } : { channel_name: channel.value };
}

/** Shipping Method: its ID as shipping_method_id, or its name as shipping_method_name. */
export function toShippingMethodFields(given: unknown): IDataObject {
	const method = pickedReference(given, 'Shipping Method');
	if (method === undefined) return {};
	return method.by === 'id'
		? { shipping_method_id: method.value }
		: { shipping_method_name: method.value };
}

/**
 * Fields Trackstar's schema marks deprecated, kept apart under Legacy Fields for the WMSs that
 * still read them: parameter name, Trackstar field, label.
 */
export const LEGACY_ORDER_FIELDS: ReadonlyArray<{ key: string; field: string; label: string }> = [
	{ key: 'channel', field: 'channel', label: 'Legacy Fields: Channel' },
	{ key: 'shippingMethod', field: 'shipping_method', label: 'Legacy Fields: Shipping Method' },
];

/** Legacy Fields (a collection) as their Trackstar fields, those left empty omitted. */
export function toLegacyFields(given: unknown): IDataObject {
	const fields = (typeof given === 'object' && given !== null ? given : {}) as IDataObject;
	const body: IDataObject = {};
	for (const { key, field, label } of LEGACY_ORDER_FIELDS) {
		const value = toText(fields[key], label);
		if (value !== undefined) body[field] = value;
	}
	return body;
}
