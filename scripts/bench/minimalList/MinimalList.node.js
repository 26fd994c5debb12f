// The least an n8n node does to list a Trackstar list: follow next_token and return the records as
// items; no retries, no pacing, no checks. What is left of its time once neither latency nor the
// rate limit binds is the price of n8n's own request helper and item handling. Plain JavaScript,
// so the benchmark loads this one file in n8n's engine and installs this folder, packed, in the
// real app, with nothing to build.
'use strict';

class MinimalList {
	constructor() {
		this.description = {
			displayName: 'Minimal List',
			name: 'minimalList',
			group: ['transform'],
			version: 1,
			description: 'Lists every record of a Trackstar list',
			defaults: { name: 'Minimal List' },
			inputs: ['main'],
			outputs: ['main'],
			properties: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'API Key', name: 'apiKey', type: 'string', default: '' },
				{ displayName: 'Access Token', name: 'accessToken', type: 'string', default: '' },
			],
		};
	}

	async execute() {
		const headers = {
			'x-trackstar-api-key': this.getNodeParameter('apiKey', 0),
			'x-trackstar-access-token': this.getNodeParameter('accessToken', 0),
		};
		const records = [];
		let token;
		do {
			const page = await this.helpers.httpRequest({
				url: this.getNodeParameter('url', 0),
				qs: { limit: 1000, ...(token ? { page_token: token } : {}) },
				headers,
				json: true,
			});
			for (const record of page.data) records.push(record);
			token = page.next_token ?? undefined;
		} while (token);
		return [this.helpers.returnJsonArray(records)];
	}
}

module.exports = { MinimalList };
