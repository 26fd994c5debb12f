export { trackstarApiKeyAndToken } from './trackstarApiKeyAndToken';
