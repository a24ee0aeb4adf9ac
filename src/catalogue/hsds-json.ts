/** Reading HSDS records for from-hsds.ts and hsds-schedules.ts: plain JSON, any field possibly missing or empty. */
export type Json = Record<string, unknown>;

export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const hasValue = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length) && !(isJson(v) && !Object.keys(v).length);

/** Lists, as `prefix` + field name, every field of `record` with a value that the import does not `read`: nothing is dropped silently. */
export function leftovers(record: Json, read: readonly string[], prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(record)) if (!read.includes(key) && hasValue(value)) out.push(`${prefix}${key}`);
}

/** HSDS fields the import reads; any other field with a value is reported. */
export const READ = {
  service: [
    'id',
    'name',
    'description',
    'url',
    'email',
    'status',
    'assured_date',
    'organization_id',
    'organization',
    'phones',
    'schedules',
    'service_areas',
    'service_at_locations',
    'languages',
    'attributes',
  ],
  organization: ['id', 'name', 'description'],
  phone: ['id', 'service_id', 'number', 'extension', 'type'],
  area: ['id', 'service_id', 'name', 'extent', 'extent_type'],
  language: ['id', 'service_id', 'code', 'name'],
  serviceAtLocation: ['id', 'service_id', 'location_id', 'location'],
  location: ['id', 'location_type', 'latitude', 'longitude', 'addresses'],
  address: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
};
