import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';

import type { IDataObject } from 'n8n-workflow';

import { OPENAPI_PATH } from './openapi';

type Schema = { $ref?: string; example?: unknown; type?: string; enum?: unknown[] } & IDataObject;

const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
	webhooks: Record<
		string,
		{ post: { requestBody: { content: Record<string, { schema: Schema }> } } }
	>;
	components: { schemas: Record<string, Schema> };
};

const resolved = (schema: Schema): Schema =>
	schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema;

/** A value of the schema made of the examples it documents: Trackstar's own sample of it. */
function exampleOf(given: Schema): unknown {
	const schema = resolved(given);
	if (schema.example !== undefined) return schema.example;
	const choices = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
	if (schema.allOf) return Object.assign({}, ...choices!.map(exampleOf));
	if (choices) return exampleOf(choices[0]);
	if (schema.properties) {
		const properties = Object.entries(schema.properties as Record<string, Schema>);
		return Object.fromEntries(properties.map(([name, property]) => [name, exampleOf(property)]));
	}
	if (schema.type === 'array') return [exampleOf(schema.items as Schema)];
	if (schema.enum) return schema.enum[0];
	return { string: '', integer: 0, number: 0, boolean: false }[schema.type ?? ''] ?? null;
}

/**
 * The events whose docs pages are newer than the OpenAPI document the repository keeps
 * (docs/trackstar-api/README.md), with what Trackstar's docs say of their records: the fields of
 * an invoice line item (pages/api-reference/carrier-api/invoice-line-items/info.mdx); of a labor
 * activity, nothing yet.
 */
const WITHOUT_SCHEMA: Record<string, { integration_type: string; data: IDataObject }> = {
	'carrier-invoice-line-item': {
		integration_type: 'carrier',
		data: {
			id: 'invoice_line_item_id',
			transaction_date: '2026-03-02T00:00:00Z',
			account_id: 'account_id',
			invoice_id: 'invoice_id',
			charge_description: 'Fuel Surcharge',
			gross_cost: 7.05,
			net_cost: 6.33,
		},
	},
	labor_activity: { integration_type: 'wms', data: { id: 'labor_activity_id' } },
};

/** A message of the event as Trackstar sends it, from its webhook schema's examples; `extra` added or replaced. */
export function sampleEvent(eventType: string, extra: IDataObject = {}): IDataObject {
	const webhook = document.webhooks[eventType];
	if (webhook) {
		const schema = webhook.post.requestBody.content['application/json'].schema;
		return { ...(exampleOf(schema) as IDataObject), ...extra };
	}
	const record = WITHOUT_SCHEMA[eventType.split('.')[0]];
	if (!record)
		throw new Error(`No sample of ${eventType}: neither a webhook schema nor WITHOUT_SCHEMA`);
	const envelope = { connection_id: 'connection_id', integration_name: 'integration_name' };
	return { ...envelope, event_type: eventType, ...record, ...extra };
}
