import { createHmac, randomBytes } from 'node:crypto';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarWebhookApi } from '../../credentials/TrackstarWebhookApi.credentials';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import { serveWebhook } from '../harness/webhook';

export function newSigningSecret(): string {
	return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Svix's signature, computed here independently of the node: base64 HMAC-SHA256 of `id.timestamp.body`. */
export function svixSignature(secret: string, id: string, timestamp: number, body: string): string {
	const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
	return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export interface Delivery {
	id: string;
	body: string;
	timestamp?: number;
	/** Default: the signature of id, timestamp and body with `secret`. */
	signature?: string;
	headers?: Record<string, string>;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** POSTs a delivery as Svix sends it and returns the status and the parsed answer. */
export async function deliver(url: string, secret: string, delivery: Delivery) {
	const timestamp = delivery.timestamp ?? nowSeconds();
	const response = await fetch(url, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'svix-id': delivery.id,
			'svix-timestamp': String(timestamp),
			'svix-signature':
				delivery.signature ?? svixSignature(secret, delivery.id, timestamp, delivery.body),
			...delivery.headers,
		},
		body: delivery.body,
	});
	return { status: response.status, body: (await response.json()) as IDataObject };
}

export function orderEvent(eventType: string, data: IDataObject, extra: IDataObject = {}): string {
	return JSON.stringify({
		connection_id: 'conn_sandbox',
		data,
		event_type: eventType,
		integration_name: 'sandbox',
		integration_type: 'wms',
		...extra,
	});
}

export async function trackstarTrigger(options: {
	secret: string;
	events?: string[];
	trackstarApi?: ICredentialDataDecryptedObject;
	mode?: 'webhook' | 'manual';
}) {
	const credentials: Record<string, ICredentialDataDecryptedObject> = {
		trackstarWebhookApi: { signingSecret: options.secret },
	};
	if (options.trackstarApi) credentials.trackstarApi = options.trackstarApi;
	return await serveWebhook({
		node: new TrackstarTrigger(),
		credentialTypes: [new TrackstarWebhookApi(), new TrackstarApi()],
		credentials,
		parameters: options.events ? { events: options.events } : {},
		mode: options.mode,
	});
}
