/**
 * The connection's reference lists, as Trackstar serves them: GET /wms/warehouse-customers,
 * /wms/shipping-methods, /wms/orders/channels and /wms/warehouses (OpenAPI
 * WarehouseCustomerSchema, ShippingMethodSchema, OrderChannelSchema, WarehouseSchema), built from
 * the seed's brands, carriers, channels and warehouses.
 * They take `limit` and `page_token` like every list; any other parameter is answered 422.
 */
import type { QueryErrors } from './filters';
import { DEFAULT_LIMIT, MAX_LIMIT, PAGING_PARAMS } from './filters';
import type { PageResult } from './pagination';
import { paginate } from './pagination';
import { CHANNELS, SHIPPING_METHODS, WAREHOUSE_CUSTOMERS, WAREHOUSES } from './seed';
import type { ShipFromAddress } from './types';
import { toTrackstarDate } from './types';

export interface WarehouseCustomerRecord {
	id: string;
	created_date: string;
	updated_date: string;
	name: string;
	email: string | null;
	additional_fields: Record<string, unknown>;
}

export interface ShippingMethodRecord {
	id: string;
	created_date: string;
	updated_date: string;
	name: string;
	carrier: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	scac: string | null;
	additional_fields: Record<string, unknown>;
}

export interface OrderChannelRecord {
	id: string;
	name: string | null;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	additional_fields: Record<string, unknown>;
}

export interface WarehouseRecord {
	id: string;
	created_date: string;
	updated_date: string;
	name: string;
	code: string | null;
	address: ShipFromAddress;
	trackstar_tags: string[];
	additional_fields: Record<string, unknown>;
}

export interface ReferenceLists {
	warehouseCustomers: WarehouseCustomerRecord[];
	shippingMethods: ShippingMethodRecord[];
	channels: OrderChannelRecord[];
	warehouses: WarehouseRecord[];
}

const DAY_MS = 86_400_000;

/** Made-up freight lanes, so a connection with hundreds of shipping methods can be simulated. */
function extraShippingMethods(
	count: number,
	dates: Pick<ShippingMethodRecord, 'created_date' | 'updated_date'>,
): ShippingMethodRecord[] {
	return Array.from({ length: count }, (_, index) => {
		const lane = String(index + 1).padStart(3, '0');
		return {
			id: `freight_lane_${lane}`,
			...dates,
			name: `Freight Lane ${lane}`,
			carrier: 'XPO Logistics',
			carrier_id: 'xpo',
			carrier_name: 'XPO Logistics',
			scac: 'CNWY',
			additional_fields: { service_level: 'Freight' },
		};
	});
}

/**
 * The same lists for the same `now`: records dated a year and a month before it.
 * `extraShippingMethods` appends that many made-up freight lanes after the seed's methods.
 */
export function referenceLists(
	now: Date,
	extra: { shippingMethods?: number } = {},
): ReferenceLists {
	const created = toTrackstarDate(now.getTime() - 365 * DAY_MS);
	const updated = toTrackstarDate(now.getTime() - 30 * DAY_MS);
	const dates = { created_date: created, updated_date: updated };
	return {
		warehouseCustomers: WAREHOUSE_CUSTOMERS.map((customer) => ({
			id: customer.id,
			...dates,
			name: customer.name,
			email: `ops@${customer.orderPrefix.toLowerCase()}.example.com`,
			additional_fields: { order_prefix: customer.orderPrefix },
		})),
		shippingMethods: [
			...SHIPPING_METHODS.map((method) => ({
				id: method.id,
				...dates,
				name: method.name,
				carrier: method.carrier_name,
				carrier_id: method.carrier_id,
				carrier_name: method.carrier_name,
				scac: method.scac,
				additional_fields: { service_level: method.service_level },
			})),
			...extraShippingMethods(extra.shippingMethods ?? 0, dates),
		],
		channels: CHANNELS.map((channel) => ({
			id: channel.channel_id,
			name: channel.channel_name,
			warehouse_customer_id: null,
			...dates,
			additional_fields: {},
		})),
		warehouses: WAREHOUSES.map((warehouse) => ({
			id: warehouse.id,
			...dates,
			name: warehouse.name,
			code: warehouse.code,
			address: { ...warehouse.address },
			trackstar_tags: [],
			additional_fields: {},
		})),
	};
}

/** One page of a reference list for the query `entries`, or the 422 details. */
export function listReference<T>(
	records: readonly T[],
	entries: Iterable<[string, string]>,
): PageResult<T> {
	const errors: QueryErrors = Object.create(null) as QueryErrors;
	let limit = DEFAULT_LIMIT;
	let pageToken: string | undefined;
	for (const [param, value] of entries) {
		if (!PAGING_PARAMS.has(param)) {
			(errors[param] ??= []).push('Unknown field.');
		} else if (param === 'page_token') {
			if (value !== '') pageToken = value;
		} else if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
			(errors[param] ??= []).push(
				`Must be greater than or equal to 1 and less than or equal to ${MAX_LIMIT}.`,
			);
		} else limit = Number(value);
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return paginate(records, { filterParams: [], pageToken, limit });
}
