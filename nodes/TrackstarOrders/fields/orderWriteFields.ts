// The order fields live with every resource's fields in nodes/shared/fields; this path stays for what imports it here.
export * from '../../shared/fields/orderWriteFields';
