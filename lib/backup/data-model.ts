/**
 * The part of Prisma's DMMF data model the backup needs. Read from the schema (server/db/read-data-model.ts),
 * so a table added to the schema is in every backup without anyone listing it.
 */
export interface DataModelField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  /** A literal, or a function such as `{ name: 'autoincrement', args: [] }`. */
  default?: unknown;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
}

export interface DataModelModel {
  name: string;
  dbName: string | null;
  fields: DataModelField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}

export interface DataModel {
  models: DataModelModel[];
}
