import process from '@n8n-nodes-trackstar/node-runtime/process';

process.env.N8N_LOG_LEVEL = 'silent';
