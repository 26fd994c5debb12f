import type {
	IDataObject,
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers, Workflow as WorkflowClass } from 'n8n-workflow';

import { emptyNodeTypes } from './nodeTypes';

/** Credential data as n8n hands it to nodes: the class's property defaults filled in. */
export function withDefaults(type: ICredentialType, data: ICredentialDataDecryptedObject) {
	const resolved = NodeHelpers.getNodeParameters(
		type.properties,
		data as never,
		true,
		false,
		null,
		null,
	) as ICredentialDataDecryptedObject | null;
	return { ...(resolved ?? {}), ...data } as ICredentialDataDecryptedObject;
}

/** A throwaway workflow to resolve `={{$credentials.x}}` where no real workflow exists (credential tests). */
function expressionWorkflow(): Workflow {
	return new WorkflowClass({
		nodes: [],
		connections: {},
		active: false,
		nodeTypes: emptyNodeTypes,
	});
}

const EXPRESSION_NODE: INode = {
	id: 'credential-expression',
	name: 'Credential',
	type: 'harness.credential',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * The engine's view of credentials: decrypted data kept in memory by type, and `authenticate`
 * applying the credential class's own definition, its expressions resolved by n8n-workflow.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: ICredentialType[],
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	private type(name: string): ICredentialType {
		const type = this.types.find((candidate) => candidate.name === name);
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const parents = this.type(name).extends ?? [];
		return parents.flatMap((parent) =>
			this.types.some((type) => type.name === parent)
				? [parent, ...this.getParentTypes(parent)]
				: [parent],
		);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	resolve(
		value: unknown,
		credentials: ICredentialDataDecryptedObject,
		workflow?: Workflow,
		node?: INode,
	): unknown {
		if (typeof value !== 'string' || !value.startsWith('=')) return value;
		return (workflow ?? expressionWorkflow()).expression.getParameterValue(
			value,
			null,
			0,
			0,
			(node ?? EXPRESSION_NODE).name,
			[],
			'internal',
			{ $credentials: credentials } as never,
			undefined,
			false,
			credentials,
		);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.type(typeName).authenticate;
		const options = requestOptions as IHttpRequestOptions;
		if (!authenticate) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);

		const resolveAll = (values: Record<string, unknown> | undefined) =>
			<IDataObject>(
				Object.fromEntries(
					Object.entries(values ?? {}).map(([key, value]) => [
						key,
						this.resolve(value, credentials, workflow, node),
					]),
				)
			);
		const { headers, qs, body, auth } = authenticate.properties;
		if (headers) options.headers = { ...options.headers, ...resolveAll(headers) };
		if (qs) options.qs = { ...options.qs, ...resolveAll(qs) };
		if (body) options.body = { ...(options.body as object), ...resolveAll(body) };
		if (auth) options.auth = resolveAll(auth as IDataObject) as never;
		return options;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(_details: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		throw new Error(`getCredentials(${type}) is not used by the harness`);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No ${type} credential given to the harness`);
		return withDefaults(this.type(type), data);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
