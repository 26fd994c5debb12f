import {
	pickedReference,
	toChannelObject,
	toLegacyFields,
	toShippingMethodFields,
} from '../../nodes/shared/wire/pickedReferences';

const locator = (mode: string, value: unknown) => ({ __rl: true, mode, value });

describe('pickedReference: what a From List / By ID / By Name picker names', () => {
	it('reads a value picked from the list or typed by ID as an ID, trimmed', () => {
		expect(pickedReference(locator('list', 'ups_ground'), 'Shipping Method')).toEqual({
			by: 'id',
			value: 'ups_ground',
		});
		expect(pickedReference(locator('id', ' ups_ground '), 'Shipping Method')).toEqual({
			by: 'id',
			value: 'ups_ground',
		});
	});

	it('reads a value typed by name as a name', () => {
		expect(pickedReference(locator('name', 'UPS Ground'), 'Shipping Method')).toEqual({
			by: 'name',
			value: 'UPS Ground',
		});
	});

	it('reads plain text, saved before the picker existed or mapped whole, as an ID', () => {
		expect(pickedReference('shopify', 'Channel')).toEqual({ by: 'id', value: 'shopify' });
	});

	it('reads an empty picker as nothing, whatever its mode', () => {
		expect(pickedReference(locator('name', '  '), 'Channel')).toBeUndefined();
		expect(pickedReference(locator('list', ''), 'Channel')).toBeUndefined();
		expect(pickedReference(undefined, 'Channel')).toBeUndefined();
	});

	it('refuses a mode it does not know, and a value Trackstar would reject', () => {
		expect(() => pickedReference(locator('url', 'x'), 'Channel')).toThrow(
			'Channel: unknown mode "url"',
		);
		expect(() => pickedReference(locator('name', 'none'), 'Channel')).toThrow(
			'Channel: "none" would be read by Trackstar as an empty value',
		);
	});
});

describe('toChannelObject: the Channel picker as channel_object', () => {
	it('sends a listed or typed ID as channel_id', () => {
		expect(toChannelObject(locator('list', 'shopify'))).toEqual({ channel_id: 'shopify' });
		expect(toChannelObject(locator('id', 'ch_1'))).toEqual({ channel_id: 'ch_1' });
	});

	it('sends a name as channel_name', () => {
		expect(toChannelObject(locator('name', 'Amazon'))).toEqual({ channel_name: 'Amazon' });
	});

	it('sends nothing when the picker is empty', () => {
		expect(toChannelObject(locator('list', ''))).toBeUndefined();
	});
});

describe('toShippingMethodFields: the Shipping Method picker', () => {
	it('sends a listed or typed ID as shipping_method_id', () => {
		expect(toShippingMethodFields(locator('list', 'ups_ground'))).toEqual({
			shipping_method_id: 'ups_ground',
		});
		expect(toShippingMethodFields(locator('id', 'fedex_2day'))).toEqual({
			shipping_method_id: 'fedex_2day',
		});
	});

	it('sends a name as shipping_method_name', () => {
		expect(toShippingMethodFields(locator('name', 'FedEx Ground'))).toEqual({
			shipping_method_name: 'FedEx Ground',
		});
	});

	it('sends nothing when the picker is empty', () => {
		expect(toShippingMethodFields(locator('name', ''))).toEqual({});
	});
});

describe("toLegacyFields: the fields Trackstar deprecated, under Trackstar's old names", () => {
	it('sends Channel as channel and Shipping Method as shipping_method', () => {
		expect(toLegacyFields({ channel: 'shopify', shippingMethod: 'fedex_2day' })).toEqual({
			channel: 'shopify',
			shipping_method: 'fedex_2day',
		});
	});

	it('omits those left empty, and reads no collection as none', () => {
		expect(toLegacyFields({ channel: ' ', shippingMethod: 'fedex_2day' })).toEqual({
			shipping_method: 'fedex_2day',
		});
		expect(toLegacyFields(undefined)).toEqual({});
	});

	it('refuses "null", which Trackstar rejects, naming the field', () => {
		expect(() => toLegacyFields({ channel: 'null' })).toThrow('Legacy Fields: Channel');
	});
});
