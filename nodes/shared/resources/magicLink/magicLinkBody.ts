import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { toValueList } from '../../wire/lists';
import { toNumber, toText } from '../../wire/values';

/** MagicLinkInputSchema's integration types (its enum: no carrier). */
export const MAGIC_LINK_INTEGRATION_TYPES = ['wms', 'cart', 'freight'] as const;

/** The panel's Create fields, as read for one item. */
export interface MagicLinkValues {
	integrationType: unknown;
	linkDuration: unknown;
	customerId?: unknown;
	connectionId?: unknown;
	integrationAllowList?: unknown;
	integrationBlockList?: unknown;
	integrationsWithEndpoints?: unknown;
}

const LABELS = {
	integration_allow_list: 'Integration Allow List',
	integration_block_list: 'Integration Block List',
	integrations_with_endpoints: 'Only Integrations With Actions',
} as const;

/** The lists MagicLinkInputSchema says are mutually exclusive. */
const EXCLUSIVE: Array<[keyof typeof LABELS, keyof typeof LABELS]> = [
	['integration_allow_list', 'integration_block_list'],
	['integration_allow_list', 'integrations_with_endpoints'],
];

/**
 * The body of `POST /magic-links` (MagicLinkInputSchema) from the panel's values: empty lists and
 * texts left out, a duration of whole days, and the lists the schema makes mutually exclusive
 * refused together (Trackstar Link would show every integration if both were given).
 */
export function buildMagicLinkBody(values: MagicLinkValues): IDataObject {
	const type = String(values.integrationType ?? '').trim();
	if (!(MAGIC_LINK_INTEGRATION_TYPES as readonly string[]).includes(type)) {
		throw new InvalidValueError(
			'Integration Type',
			`"${type}" is not one of ${MAGIC_LINK_INTEGRATION_TYPES.join(', ')}`,
			'Magic links connect a WMS, a store (cart) or a freight forwarder',
		);
	}
	const days = toNumber(values.linkDuration, 'Link Duration (Days)', { integer: true, min: 1 });
	const body: IDataObject = { integration_type: type };
	if (days !== undefined) body.link_duration = days;
	const customerId = toText(values.customerId, 'Customer ID');
	if (customerId !== undefined) body.customer_id = customerId;
	const connectionId = toText(values.connectionId, 'Connection ID to Reinstall');
	if (connectionId !== undefined) body.connection_id = connectionId;

	const lists = {
		integration_allow_list: toValueList(values.integrationAllowList, LABELS.integration_allow_list),
		integration_block_list: toValueList(values.integrationBlockList, LABELS.integration_block_list),
		integrations_with_endpoints: toValueList(
			values.integrationsWithEndpoints,
			LABELS.integrations_with_endpoints,
		),
	};
	for (const [one, other] of EXCLUSIVE) {
		if (lists[one].length > 0 && lists[other].length > 0) {
			throw new InvalidValueError(
				`${LABELS[one]} and ${LABELS[other]}`,
				'both are set, and Trackstar takes only one of them',
				`Keep one: ${LABELS.integration_allow_list} names the integrations shown; ${LABELS.integration_block_list} and ${LABELS.integrations_with_endpoints} narrow the whole list (those two go together)`,
			);
		}
	}
	for (const [field, list] of Object.entries(lists)) if (list.length > 0) body[field] = list;
	return body;
}
