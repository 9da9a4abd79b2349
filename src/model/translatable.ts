/**
 * Which text fields of which HSDS objects can be translated (profile extension, see data/PROFILE.md).
 * Names, descriptions and how-to text; never numbers, URLs, addresses or codes.
 */
export const TRANSLATABLE_FIELDS = {
  service: [
    'name',
    'alternate_name',
    'description',
    'eligibility_description',
    'application_process',
    'fees_description',
    'interpretation_services',
    'alert',
  ],
  organization: ['name', 'alternate_name', 'description'],
  location: ['name', 'alternate_name', 'description', 'transportation'],
  service_at_location: ['description'],
  phone: ['description'],
  schedule: ['description', 'notes'],
  language: ['note'],
  required_document: ['document'],
  cost_option: ['option', 'amount_description'],
  taxonomy_term: ['name', 'description'],
} as const satisfies Record<string, readonly string[]>;

export type RecordKind = keyof typeof TRANSLATABLE_FIELDS;
