import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InvalidValueError } from '../wire/invalidValue';
import { connectionIntegration } from './connectionIntegration';
import { requiredPaths } from './mapperColumns';
import { mergeFields, unflatten } from '../wire/mergeFields';
import { firstMissing } from './requiredFields';
import { readSavedWmsFields } from './savedWmsFields';
import { typedWmsValues } from './wmsFieldValues';
import { WMS_FIELDS_LABEL, WMS_FIELDS_PARAMETER, type WmsFieldsModel } from './wmsFieldsModel';
import { recordUnchecked } from './wmsFieldsHints';
import { readWriteInfo } from './writeInfoRequest';
import { describeWrite, writeFieldsOf } from './writeSchema';

interface Requirement {
	integration: string;
	required: string[];
}

/** The required paths from write-info, when the editor saved none; undefined (and a hint) when it cannot be read. */
async function requirementFromTrackstar(
	context: IExecuteFunctions,
	model: WmsFieldsModel,
	itemIndex: number,
): Promise<Requirement | undefined> {
	try {
		const integration = await connectionIntegration(context, itemIndex);
		const document = await readWriteInfo(context, integration, itemIndex);
		const fields = writeFieldsOf(document, model.write, []);
		if (fields === undefined) {
			recordUnchecked(
				context,
				`${integration.name}'s write-info does not list ${describeWrite(model.write)}`,
				itemIndex,
			);
			return undefined;
		}
		return {
			integration: `${integration.type}/${integration.name}`,
			required: requiredPaths(fields),
		};
	} catch (error) {
		recordUnchecked(
			context,
			`its schema could not be read (${(error as Error).message})`,
			itemIndex,
		);
		return undefined;
	}
}

/** Adds the item's WMS Fields to a write's body (see mergeFields for the rule). */
export function addWmsFields(
	context: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): IDataObject {
	const saved = readSavedWmsFields(context.getNodeParameter(WMS_FIELDS_PARAMETER, itemIndex, null));
	return mergeFields(body, unflatten(typedWmsValues(saved.values, saved.types)), WMS_FIELDS_LABEL);
}

/**
 * Checks a write's body against the fields the connected WMS requires: against the schema the
 * editor saved with the WMS Fields, so a run needs no schema call; without one, against
 * write-info read once per run. A schema that cannot be read (a 429, an outage) never stops the
 * write: it is sent unchecked, and a hint says so.
 */
export async function checkWmsRequired(
	context: IExecuteFunctions,
	itemIndex: number,
	model: WmsFieldsModel,
	body: IDataObject,
): Promise<void> {
	const saved = readSavedWmsFields(context.getNodeParameter(WMS_FIELDS_PARAMETER, itemIndex, null));
	const requirement = saved.schema ?? (await requirementFromTrackstar(context, model, itemIndex));
	if (requirement === undefined) return;
	const missing = firstMissing(body, requirement.required);
	if (missing === undefined) return;
	const wms = requirement.integration.split('/').pop();
	const field = missing.replace(/\[\d+\]/g, '[]');
	const top = field.split(/[.[]/)[0];
	const where =
		model.ownFields[field] ??
		(field in saved.types ? undefined : model.ownFields[top]) ??
		WMS_FIELDS_LABEL;
	throw new InvalidValueError(
		where,
		`"${missing}" is empty, and ${wms} (the connected WMS) requires it for ${describeWrite(model.write)}`,
		`Fill in ${where === WMS_FIELDS_LABEL ? `${field} in ${WMS_FIELDS_LABEL}` : where}. Get Writable Fields lists what ${wms} requires.`,
	);
}

/** Both, for a write whose body needs no other check in between. */
export async function withWmsFields(
	context: IExecuteFunctions,
	itemIndex: number,
	model: WmsFieldsModel,
	body: IDataObject,
): Promise<IDataObject> {
	addWmsFields(context, itemIndex, body);
	await checkWmsRequired(context, itemIndex, model, body);
	return body;
}
