import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { orderFilterFields } from '../../nodes/TrackstarOrders/fields/orderFilters';
import { orderWriteFields } from '../../nodes/TrackstarOrders/fields/orderWriteFields';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { ORDER_SCALAR_FIELDS } from '../../nodes/shared/wire/orderBody';
import { ORDER_CONDITION_FILTERS } from '../../nodes/shared/wire/orderFilters';

const { description } = new TrackstarOrders();
const names = (properties: INodeProperties[]) => properties.map((property) => property.name);

describe('Trackstar Orders description', () => {
	it('keeps the operation values saved workflows depend on', () => {
		const operation = description.properties.find((property) => property.name === 'operation');
		expect(operation?.options?.map((option) => (option as { value: string }).value).sort()).toEqual([
			'cancel',
			'getAll',
			'update',
		]);
		expect(operation?.default).toBe('getAll');
	});

	it('is usable as an AI tool and needs the Trackstar API credential', () => {
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'trackstarApi', required: true }]);
	});

	it('offers a form field for every plain field the write body maps', () => {
		const formFields = names(orderWriteFields);
		for (const { key } of ORDER_SCALAR_FIELDS) expect(formFields).toContain(key);
		for (const structured of ['channelId', 'channelName', 'lineItems', 'shipToAddress', 'tags', 'trackstarTags', 'integrationFields']) {
			expect(formFields).toContain(structured);
		}
	});

	it('offers a filter for every filter the query maps', () => {
		const filters = names(orderFilterFields);
		for (const { key } of ORDER_CONDITION_FILTERS) expect(filters).toContain(key);
		for (const selection of ['ids', 'status', 'excludeStatus', 'type', 'excludeType']) expect(filters).toContain(selection);
	});

	it('points its icons and the credential icons at files that exist', () => {
		const icons = [
			[join(__dirname, '../../nodes/TrackstarOrders'), description.icon],
			[join(__dirname, '../../credentials'), new TrackstarApi().icon],
		] as const;
		for (const [folder, icon] of icons) {
			for (const path of Object.values(icon as Record<string, string>)) {
				expect(existsSync(join(folder, path.replace(/^file:/, '')))).toBe(true);
			}
		}
	});
});
