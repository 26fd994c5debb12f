import type {
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperFields,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TrackstarResource } from '../model';
import { INTEGRATION_FIELDS_LABEL } from '../wire/integrationFields';
import type { WritableFields } from '../wire/writableFields';
import { connectionIntegration, type Integration } from './connectionIntegration';
import { lineFieldOption } from './lineWmsFields';
import { mapperColumns } from './mapperColumns';
import { WMS_FIELDS_METHOD } from './wmsFieldsProperty';
import { WMS_LINE_FIELDS_METHOD, type WmsFieldsModel } from './wmsFieldsModel';
import { readWriteInfo } from './writeInfoRequest';
import { describeWrite, writeFieldsOf } from './writeSchema';

function modelOf(context: ILoadOptionsFunctions, resources: TrackstarResource[]): WmsFieldsModel {
	const resource = context.getNodeParameter('resource', '') as string;
	const operation = context.getNodeParameter('operation', '') as string;
	const model = resources
		.find(({ value }) => value === resource)
		?.operations.find(({ value }) => value === operation)?.wmsFields;
	if (model === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`${resource} → ${operation} writes nothing that takes WMS fields`,
		);
	}
	return model;
}

/** Why the fields could not load, and what to do meanwhile: n8n's editor shows only a notice, never an error. */
function notLoaded(model: WmsFieldsModel, error: unknown, integration?: Integration): string {
	const which = integration ? `${integration.name}'s` : "the connected WMS's";
	const { message, description } = error as NodeOperationError;
	return [
		`Could not load ${which} fields for ${describeWrite(model.write)}: ${message}.`,
		description ?? '',
		`Until they load, put the WMS's fields in ${INTEGRATION_FIELDS_LABEL}.`,
	]
		.filter(Boolean)
		.join(' ');
}

/** The write's fields per write-info, or why they could not load. */
async function loadWriteFields(
	context: ILoadOptionsFunctions,
	model: WmsFieldsModel,
): Promise<{ fields?: WritableFields; integration?: Integration; notice?: string }> {
	let integration: Integration | undefined;
	try {
		integration = await connectionIntegration(context, 0);
		const document = await readWriteInfo(context, integration, 0);
		const fields = writeFieldsOf(document, model.write, []);
		if (fields === undefined) {
			return {
				integration,
				notice: `${integration.name}'s write-info does not list ${describeWrite(model.write)}`,
			};
		}
		return { fields, integration };
	} catch (error) {
		return { notice: notLoaded(model, error, integration) };
	}
}

/** The node's resource mapper and line-field methods, for the writes among `resources`. */
export function wmsFieldsMethods(resources: TrackstarResource[]) {
	return {
		resourceMapping: {
			async [WMS_FIELDS_METHOD](this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
				const model = modelOf(this, resources);
				const { fields, integration, notice } = await loadWriteFields(this, model);
				if (fields === undefined || integration === undefined) {
					return { fields: [], emptyFieldsNotice: notice };
				}
				return { fields: mapperColumns(fields, model, integration) };
			},
		},
		loadOptions: {
			async [WMS_LINE_FIELDS_METHOD](this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const model = modelOf(this, resources);
				const lines = model.lines;
				if (lines === undefined) return [];
				const { fields, notice } = await loadWriteFields(this, model);
				if (fields === undefined)
					throw new NodeOperationError(this.getNode(), notice ?? 'No fields');
				const prefix = `${lines.field}[].`;
				return (fields?.fields ?? [])
					.filter((field) => field.field.startsWith(prefix))
					.map((field) => ({ ...field, name: field.field.slice(prefix.length) }))
					.filter(
						({ name }) => !name.includes('.') && !name.includes('[') && !lines.own.includes(name),
					)
					.map((field) => ({
						name: `${field.name}${field.required ? ' (required)' : ''}`,
						value: lineFieldOption(
							field.name,
							field.allowed_values ? 'options' : typeName(field.type),
						),
						description: [field.type, field.description].filter(Boolean).join(': '),
					}));
			},
		},
	};
}

function typeName(type: string): string {
	const first = type.split(' | ')[0];
	return first === 'integer' ? 'number' : first;
}
