import type { INodeProperties } from 'n8n-workflow';

import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import { TrackstarCarrier } from '../../../nodes/TrackstarCarrier/TrackstarCarrier.node';

const { description, methods } = new TrackstarCarrier();
const optionsOf = (property: INodeProperties) =>
	property.options as Array<{ name: string; value: string; description?: string; action?: string }>;
const operationsOf = (resource: string) =>
	description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === resource,
	)!;
const shownFor = (resource: string, name: string) =>
	description.properties.find(
		(property) =>
			property.name === name && property.displayOptions?.show?.resource?.[0] === resource,
	)!;

describe('Trackstar Carrier node description', () => {
	it('is the node "trackstarCarrier", usable as an AI tool, with the Trackstar API credential and icons', () => {
		expect(description).toMatchObject({
			name: 'trackstarCarrier',
			displayName: 'Trackstar Carrier',
			usableAsTool: true,
			credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
			icon: new Trackstar().description.icon,
		});
		expect(description.description).toMatch(/invoices .*tracking number.*gross and net cost/);
	});

	it('offers Invoice Line Item (Get, Get Many, Set Trackstar Tags) and File (Get Many)', () => {
		const [resource] = description.properties;
		expect(resource).toMatchObject({ name: 'resource', default: 'invoiceLineItem' });
		expect(optionsOf(resource).map((option) => [option.value, option.name])).toEqual([
			['file', 'File'],
			['invoiceLineItem', 'Invoice Line Item'],
		]);
		expect(optionsOf(operationsOf('invoiceLineItem')).map((option) => option.value)).toEqual([
			'get',
			'getAll',
			'setTags',
		]);
		expect(optionsOf(operationsOf('file')).map((option) => option.action)).toEqual([
			'Get many files',
		]);
	});

	it("filters line items as Trackstar's carrier pages document, and files by time, type and name only", () => {
		const names = (resource: string) =>
			(shownFor(resource, 'filters').options as INodeProperties[]).map((option) => option.name);
		expect(names('invoiceLineItem')).toEqual([
			'createdDate',
			'ids',
			'transactionDate',
			'updatedDate',
		]);
		expect(names('file')).toEqual(['endTime', 'fileName', 'fileType', 'startTime']);
	});

	it('downloads files only when asked, into a binary field the user names', () => {
		expect(shownFor('file', 'download')).toMatchObject({ type: 'boolean', default: false });
		expect(shownFor('file', 'binaryPropertyName')).toMatchObject({
			default: 'data',
			displayOptions: { show: { download: [true] } },
		});
	});

	it('calls only the Carrier API: its one picker reads /carrier/invoice-line-items', () => {
		expect(Object.keys(methods.listSearch)).toEqual(['searchInvoiceLineItems']);
		const searchMethods = JSON.stringify(description.properties).match(/"searchListMethod":"\w+"/g);
		expect(new Set(searchMethods)).toEqual(
			new Set(['"searchListMethod":"searchInvoiceLineItems"']),
		);
	});
});
