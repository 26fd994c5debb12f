import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialType,
	INodeCredentialTestResult,
	INodeType,
} from 'n8n-workflow';
import { CredentialTestContext } from 'n8n-core';

import { harnessAdditionalData } from './additionalData';
import { HarnessCredentialsHelper, withDefaults } from './credentialsHelper';
import { initHarnessLogger } from './logger';

/**
 * The method n8n's CredentialsTester (n8n 2.40) runs for a credential without a `test` request:
 * the `testedBy` method of the first node that declares the credential with one.
 */
export function credentialTestMethod(
	credentialName: string,
	nodes: INodeType[],
): ICredentialTestFunction | undefined {
	for (const node of nodes) {
		for (const { name, testedBy } of node.description.credentials ?? []) {
			if (name === credentialName && typeof testedBy === 'string')
				return node.methods?.credentialTest?.[testedBy];
		}
	}
	return undefined;
}

/**
 * What n8n's Test button does for a credential tested by its nodes: the defaults filled in, then
 * the node's method called on n8n-core's CredentialTestContext, whose `helpers.request` goes out
 * through n8n's outbound HTTP as in the app.
 */
export async function testCredential(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
	nodes: INodeType[],
): Promise<INodeCredentialTestResult> {
	initHarnessLogger();
	if (type.test) throw new Error(`n8n runs ${type.name}'s own test request, never a node's method`);
	const method = credentialTestMethod(type.name, nodes);
	if (!method)
		return { status: 'Error', message: 'No testing function found for this credential.' };
	const credentials = withDefaults(type, data);
	const helper = new HarnessCredentialsHelper([type], { [type.name]: credentials });
	const context = new CredentialTestContext(harnessAdditionalData(helper));
	return await method.call(context, {
		id: 'harness-credential',
		name: type.displayName,
		type: type.name,
		data: credentials,
	});
}
