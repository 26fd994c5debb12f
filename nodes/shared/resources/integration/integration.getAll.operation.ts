import type { IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { readCatalog } from './integrationAnswers';
import { integrationTypeField } from './integrationType';

/** Get Many: `GET /integrations/{integration_type}`, the integrations Trackstar supports, one item each. */
export const getAllIntegrationsOperation: ResourceOperation = {
	value: 'getAll',
	name: 'Get Many',
	description:
		'List the integrations Trackstar supports of one type, each with what it can read and write and the fields its writes require. Needs only the API key; Trackstar answers about once a minute.',
	action: 'Get many integrations',
	properties: updateDisplayOptions({ show: { operation: ['getAll'] } }, [integrationTypeField]),
	endpoints: [{ method: 'GET', path: '/integrations/{integration_type}' }],
	identifiedBy: { parameter: 'integrationType', field: 'integration_type' },
	async execute(itemIndex) {
		const type = String(this.getNodeParameter('integrationType', itemIndex, 'wms'));
		const answer = await readCatalog(this, `/integrations/${encodeURIComponent(type)}`, itemIndex);
		return Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [];
	},
};
