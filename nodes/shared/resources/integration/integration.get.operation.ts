import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { onlyRecordOf } from '../../operations/records';
import { pathSegment } from '../../transport/request';
import { readCatalog } from './integrationAnswers';
import { integrationTypeField } from './integrationType';

/** Get: `GET /integrations/{integration_type}/{integration_name}`, one integration by name. */
export const getIntegrationOperation: ResourceOperation = {
	value: 'get',
	name: 'Get',
	description:
		'Get one integration Trackstar supports by its name (e.g. shipbob): what it can read and write, and the fields its writes require. Needs only the API key; Trackstar answers about once a minute.',
	action: 'Get an integration',
	properties: updateDisplayOptions({ show: { operation: ['get'] } }, [
		integrationTypeField,
		{
			displayName: 'Integration Name',
			name: 'integrationName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. shipbob',
			description:
				"Trackstar's name of the integration (integration_name), as Get Many and a connection's record give it",
		},
	]),
	endpoints: [{ method: 'GET', path: '/integrations/{integration_type}/{integration_name}' }],
	identifiedBy: { parameter: 'integrationName', field: 'integration_name' },
	async execute(itemIndex) {
		const type = String(this.getNodeParameter('integrationType', itemIndex, 'wms'));
		const name = pathSegment(
			String(this.getNodeParameter('integrationName', itemIndex, '')),
			'Integration Name',
			this,
			itemIndex,
			'an Integration → Get Many step',
		);
		const answer = await readCatalog(
			this,
			`/integrations/${encodeURIComponent(type)}/${name}`,
			itemIndex,
		);
		return [onlyRecordOf(this, answer.data, 'integration', itemIndex)];
	},
};
