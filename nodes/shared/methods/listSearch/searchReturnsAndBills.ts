import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { referenceListSearch } from './searchReferenceLists';
import { matchesSearch, readPickerPages } from './searchPages';

const day = (date: unknown) => (typeof date === 'string' ? date.slice(0, 10) : 'no date');
const skus = (record: IDataObject) =>
	((record.line_items as IDataObject[] | undefined) ?? [])
		.map((line) => line.sku)
		.filter((sku): sku is string => typeof sku === 'string');

/** Returns by ID, order ID, status or SKU, shown as "2026-12-01 · received · order 65a… · SKU, SKU". */
export const searchReturns = referenceListSearch(
	'/wms/returns',
	['id', 'order_id', 'status'],
	(record) => ({
		name: [
			day(record.created_date),
			String(record.status ?? 'unknown status'),
			record.order_id ? `order ${String(record.order_id)}` : 'no order',
			skus(record).join(', '),
		]
			.filter((part) => part !== '')
			.join(' · '),
		value: String(record.id),
		url: typeof record.external_system_url === 'string' ? record.external_system_url : undefined,
	}),
	{ newestFirst: true },
);

/** Bills by ID, charge type or object, shown as "2026-11-30 · storage · 412.5 USD". */
export const searchBills = referenceListSearch(
	'/wms/billing',
	['id', 'charge_type', 'object_type', 'object_id'],
	(record) => ({
		name: `${day(record.created_date)} · ${String(record.charge_type ?? 'charge')} · ${String(record.amount ?? '')} ${String(record.currency_code ?? '')}`.trim(),
		value: String(record.id),
	}),
	{ newestFirst: true },
);

/** Labor activities by ID, type or user, shown as "2026-12-01 · pick · Dana Lee". */
export const searchLaborActivities = referenceListSearch(
	'/wms/labor-activities',
	['id', 'activity_type', 'user_first_name', 'user_last_name', 'user_id'],
	(record) => ({
		name: [
			day(record.activity_start_time),
			String(record.activity_type ?? 'activity'),
			[record.user_first_name, record.user_last_name].filter(Boolean).join(' ') ||
				String(record.user_id ?? ''),
		].join(' · '),
		value: String(record.id),
	}),
	{ newestFirst: true },
);

/** Kits (products with is_kit) by SKU, name or ID, shown as "SKU · name". */
export async function searchKits(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/wms/products',
			keep: (record) =>
				record.is_kit === true && matchesSearch(filter, record.sku, record.name, record.id),
			toItem: (record) => ({
				name: `${String(record.sku ?? record.id)} · ${String(record.name ?? '')}`,
				value: String(record.id),
				url:
					typeof record.external_system_url === 'string' ? record.external_system_url : undefined,
			}),
			newestFirst: true,
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
