import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TRACKSTAR_CREDENTIAL } from '../shared/transport/context';
import { trackstarApiGetUrl } from '../shared/transport/dataUrl';
import { InvalidValueError } from '../shared/wire/invalidValue';
import { claimDelivery, deliveryState, releaseDelivery, rememberDelivery } from './deliveredIds';
import { isSelectedEvent } from './selectedEvents';
import { decodeSigningSecret, verifySvixSignature } from './svixSignature';

export const WEBHOOK_CREDENTIAL = 'trackstarWebhookApi';

export const DATA_NOT_FETCHED_NO_CREDENTIAL =
	'No Trackstar API credential is set on the Trackstar Trigger, so data_url was not read';

export function signingKey(
	context: { getNode: IWebhookFunctions['getNode'] },
	secret: unknown,
): Buffer {
	try {
		return decodeSigningSecret(String(secret ?? ''));
	} catch (error) {
		if (!(error instanceof InvalidValueError))
			throw new NodeOperationError(context.getNode(), error as Error);
		throw new NodeOperationError(context.getNode(), `Invalid ${error.field}: ${error.reason}`, {
			description: error.hint,
		});
	}
}

function header(context: IWebhookFunctions, name: string): string | undefined {
	const value = context.getHeaderData()[name];
	return Array.isArray(value) ? value.join(' ') : value;
}

/** The bytes Svix signed: n8n keeps them as `rawBody` when it parses a webhook's body. */
async function rawBodyOf(context: IWebhookFunctions): Promise<Buffer> {
	const request = context.getRequestObject();
	if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	return Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
}

/** Answers the caller directly and starts nothing. */
function refuse(context: IWebhookFunctions, status: number, error: string): IWebhookResponseData {
	const response = context.getResponseObject();
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify({ error }));
	return { noWebhookResponse: true };
}

function parseEvent(body: Buffer): IDataObject | undefined {
	try {
		const event: unknown = JSON.parse(body.toString('utf8'));
		return typeof event === 'object' && event !== null && !Array.isArray(event)
			? (event as IDataObject)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Trackstar sends a `data_url` instead of the full record when the record is too large for a webhook.
 * The Trackstar API credential is optional: without it the event is passed on as received, with the
 * reason, since failing would only make Svix retry a delivery that can never succeed.
 */
async function withFullData(context: IWebhookFunctions, event: IDataObject): Promise<IDataObject> {
	if (event.data_truncated !== true) return event;
	if (!context.getNode().credentials?.[TRACKSTAR_CREDENTIAL]) {
		return { ...event, data_not_fetched: DATA_NOT_FETCHED_NO_CREDENTIAL };
	}
	if (typeof event.data_url !== 'string' || event.data_url === '') {
		throw new NodeOperationError(
			context.getNode(),
			'Trackstar sent a truncated event without a data_url',
		);
	}
	const response = await trackstarApiGetUrl.call(context, event.data_url);
	const data =
		typeof response.data === 'object' && response.data !== null ? response.data : response;
	return { ...event, data };
}

/**
 * One delivery from Svix: verified first (401 and nothing started otherwise), then deduplicated by
 * svix-id, filtered by event type, completed from `data_url` when truncated, and emitted. A failure
 * to fetch `data_url` answers 500, so Svix delivers the message again later. A delivery overlapping
 * one of the same svix-id still reading `data_url` answers 409: acknowledging it would tell Svix the
 * message arrived, yet that read may still fail.
 */
export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credentials = await this.getCredentials(WEBHOOK_CREDENTIAL);
	const key = signingKey(this, credentials.signingSecret);
	const svixId = header(this, 'svix-id');
	const verdict = verifySvixSignature(
		key,
		{
			id: svixId,
			timestamp: header(this, 'svix-timestamp'),
			signature: header(this, 'svix-signature'),
			body: await rawBodyOf(this),
		},
		Math.floor(Date.now() / 1000),
	);
	if (!verdict.valid) return refuse(this, 401, verdict.reason);

	const event = parseEvent(await rawBodyOf(this));
	if (!event) return refuse(this, 400, 'The body is not a JSON object');

	const staticData = this.getWorkflowStaticData('node');
	const state = deliveryState(staticData, svixId as string);
	if (state === 'delivered') return { webhookResponse: { received: true, duplicate: true } };
	if (state === 'receiving')
		return refuse(this, 409, 'This svix-id is still being processed; deliver it again later');
	const events = this.getNodeParameter('events', []) as string[];
	if (!isSelectedEvent(events, String(event.event_type))) {
		return {
			webhookResponse: {
				received: true,
				ignored: `event type ${String(event.event_type)} is not selected`,
			},
		};
	}

	claimDelivery(staticData, svixId as string);
	let complete: IDataObject | undefined;
	try {
		complete = await withFullData(this, event);
	} finally {
		// A failed read lets the id go, so Svix's redelivery after our 500 is processed.
		if (complete) rememberDelivery(staticData, svixId as string);
		else releaseDelivery(staticData, svixId as string);
	}
	return { workflowData: [this.helpers.returnJsonArray([complete])] };
}
