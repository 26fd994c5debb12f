import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { toText } from '../../wire/values';

const SOME_WMSS = 'Not every WMS takes it; Get Writable Fields says whether yours does';

/** The lines of an order's addresses: parameter name, Trackstar field, label. */
export const ADDRESS_FIELDS: Array<{
	key: string;
	field: string;
	label: string;
	placeholder?: string;
	description?: string;
}> = [
	{ key: 'fullName', field: 'full_name', label: 'Full Name' },
	{ key: 'company', field: 'company', label: 'Company' },
	{ key: 'address1', field: 'address1', label: 'Address Line 1' },
	{ key: 'address2', field: 'address2', label: 'Address Line 2' },
	{ key: 'city', field: 'city', label: 'City' },
	{ key: 'state', field: 'state', label: 'State or Province' },
	{ key: 'postalCode', field: 'postal_code', label: 'Postal Code' },
	{ key: 'country', field: 'country', label: 'Country', placeholder: 'e.g. US' },
	{
		key: 'phoneNumber',
		field: 'phone_number',
		label: 'Phone Number',
		placeholder: 'e.g. +1 555 0100',
		description: `Sent as phone_number, which ShipHero, Extensiv, Deposco and 9 more WMSs take. ${SOME_WMSS}.`,
	},
	{
		key: 'email',
		field: 'email',
		label: 'Email',
		placeholder: 'e.g. name@email.com',
		description: `Sent as email, which Mintsoft, FFE, ShippingTree and 4 more WMSs take. ${SOME_WMSS}.`,
	},
];

/** An address as the panel's fixed collection: one "Address" with a line per field. */
export function addressField(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		description,
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: ADDRESS_FIELDS.map(({ key, label, placeholder, description: about }) => ({
					displayName: label,
					name: key,
					type: 'string' as const,
					default: '',
					...(placeholder ? { placeholder } : {}),
					...(about ? { description: about } : {}),
				})),
			},
		],
	};
}

/** The address lines filled in, as Trackstar's address object; undefined when none is. */
export function toAddress(given: unknown, label: string): IDataObject | undefined {
	const address = (given as IDataObject | undefined)?.address as IDataObject | undefined;
	const result: IDataObject = {};
	for (const { key, field, label: line } of ADDRESS_FIELDS) {
		const value = toText(address?.[key], `${label} ${line}`);
		if (value !== undefined) result[field] = value;
	}
	return Object.keys(result).length > 0 ? result : undefined;
}

/** The body fields an address sets, with where the panel has each: `ship_to_address.city`. */
export function addressOwnFields(field: string, label: string): Record<string, string> {
	return Object.fromEntries(
		ADDRESS_FIELDS.map((line) => [`${field}.${line.field}`, `${label} > ${line.label}`]),
	);
}
