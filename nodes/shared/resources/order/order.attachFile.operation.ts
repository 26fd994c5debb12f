import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { recordEndpoint } from '../../operations/endpoint';
import { recordPath } from '../../operations/records';
import { trackstarApiRequest } from '../../transport/request';
import { toText } from '../../wire/values';
import type { RecordModel, ResourceOperation } from '../../model';

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to attach',
		description:
			'The binary field of the input item that holds the file, e.g. data from Convert to File or Read/Write Files from Disk',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'e.g. packing-slip.pdf',
				description:
					"The file's name in the WMS (sent as file_name). Empty: the binary's own name.",
			},
		],
	},
];

/** Attach File: `POST /wms/orders/{order_id}/file`, a multipart upload of one binary of the item. */
export function attachFileOperation(order: RecordModel): ResourceOperation {
	return {
		value: 'attachFile',
		name: 'Attach File',
		description:
			"Attach a file (packing slip, label, invoice) to an order in the WMS. Needs the order and the input item's binary field holding the file.",
		action: 'Attach a file to an order',
		properties: updateDisplayOptions({ show: { operation: ['attachFile'] } }, [
			order.idField,
			...properties,
		]),
		endpoints: [recordEndpoint(order, 'POST', '/file')],
		identifiedBy: { parameter: order.idField.name, field: 'id' },
		async execute(itemIndex) {
			const property = String(
				this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
			).trim();
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			// n8n's own check: it names the item and the missing field.
			const binary = this.helpers.assertBinaryData(itemIndex, property);
			const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, property);
			if (buffer.length === 0) {
				throw new NodeOperationError(
					this.getNode(),
					`The file in binary field "${property}" is empty`,
					{
						description: 'Trackstar would attach an empty file: check the node that produced it',
						itemIndex,
					},
				);
			}
			const fileName =
				toText(options.fileName, 'File Name') ??
				binary.fileName ??
				`${property}.${binary.fileExtension ?? 'bin'}`;
			const mimeType = binary.mimeType || 'application/octet-stream';
			const path = `${await recordPath(this, order, itemIndex)}/file`;
			const form = new FormData();
			form.append('file', new Blob([buffer], { type: mimeType }), fileName);
			form.append('file_name', fileName);
			const response = await trackstarApiRequest.call(
				this,
				{
					method: 'POST',
					path,
					form,
					appliedCheck: `the file ${JSON.stringify(fileName)} on the order`,
				},
				itemIndex,
			);
			return [
				{
					id: response.id ?? null,
					result: response.data ?? null,
					file_name: fileName,
					mime_type: mimeType,
					file_size: buffer.length,
					unused_fields: Array.isArray(response.unused_fields)
						? response.unused_fields.filter((field) => String(field).trim() !== '')
						: [],
				},
			];
		},
	};
}
