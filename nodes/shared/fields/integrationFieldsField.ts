import type { INodeProperties } from 'n8n-workflow';

import { INTEGRATION_FIELDS_LABEL } from '../wire/integrationFields';

/**
 * Integration-Specific Fields (JSON): what the connected system takes beyond Trackstar's schema,
 * merged into a write's body (wire/integrationFields.ts).
 */
export function integrationFieldsField(options: {
	/** Who knows the fields: "WMS" or "store". */
	system: string;
	/** A JSON object of such fields, and whose it is where that helps. */
	example: string;
	/** Whether Get Writable Fields lists them for this write. */
	listedByGetWritableFields?: boolean;
}): INodeProperties {
	const listed =
		options.listedByGetWritableFields === true ? '. Get Writable Fields lists them.' : '';
	return {
		displayName: INTEGRATION_FIELDS_LABEL,
		name: 'integrationFields',
		type: 'json',
		default: '{}',
		description: `Fields that only your ${options.system} knows, as a JSON object merged into the body, e.g. ${options.example}${listed}`,
	};
}
