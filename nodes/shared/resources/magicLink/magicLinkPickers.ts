import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { catalogForPickers } from '../integration/catalogPickers';

function chosenType(context: ILoadOptionsFunctions): string {
	return String(context.getCurrentNodeParameter('integrationType') ?? 'wms');
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The integrations of the chosen type, by display name, for the allow and block lists. */
export async function magicLinkIntegrationNames(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const integrations = await catalogForPickers(this, chosenType(this));
	return integrations
		.filter((integration) => text(integration.integration_name) !== '')
		.map((integration) => ({
			name: text(integration.display_name) || text(integration.integration_name),
			value: text(integration.integration_name),
			description: text(integration.integration_name),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every action an integration of the chosen type supports, with how many support it. */
export async function magicLinkIntegrationActions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const type = chosenType(this);
	const integrations = await catalogForPickers(this, type);
	const supporting = new Map<string, number>();
	for (const integration of integrations) {
		const actions = (integration as IDataObject).available_actions;
		if (!Array.isArray(actions)) continue;
		for (const action of new Set(actions.map(String)))
			supporting.set(action, (supporting.get(action) ?? 0) + 1);
	}
	return [...supporting]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([action, count]) => ({
			name: action,
			value: action,
			description: `Supported by ${count} of ${integrations.length} ${type === 'wms' ? 'WMS' : type} integrations`,
		}));
}
