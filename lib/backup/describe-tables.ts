import { type BackupTable, type ColumnType, columnTypes } from './backup-format';
import type { DataModel, DataModelModel } from './data-model';

export class BackupSchemaError extends Error {}

/** The models a model refers to through its own foreign keys (itself excluded). */
function parentsOf(model: DataModelModel): string[] {
  return model.fields
    .filter((field) => field.kind === 'object' && (field.relationFromFields?.length ?? 0) > 0 && field.type !== model.name)
    .map((field) => field.type);
}

/**
 * Every model of the schema as a backup table, in foreign-key order (each after the tables it refers to), ties
 * broken by name so two backups of one schema list tables alike.
 */
export function describeTables(dataModel: DataModel): BackupTable[] {
  const byName = new Map(dataModel.models.map((model) => [model.name, model]));
  const ordered: DataModelModel[] = [];
  const placed = new Set<string>();
  const remaining = [...byName.keys()].sort();
  while (remaining.length) {
    const next = remaining.findIndex((name) => parentsOf(byName.get(name)!).every((parent) => placed.has(parent)));
    if (next < 0) throw new BackupSchemaError(`The foreign keys of ${remaining.join(', ')} form a cycle; the backup cannot order them.`);
    const [name] = remaining.splice(next, 1);
    placed.add(name);
    ordered.push(byName.get(name)!);
  }
  return ordered.map(describeTable);
}

function describeTable(model: DataModelModel): BackupTable {
  const columns = model.fields
    .filter((field) => field.kind !== 'object')
    .map((field) => {
      if (field.kind !== 'scalar' || field.isList || !(columnTypes as readonly string[]).includes(field.type)) {
        throw new BackupSchemaError(`${model.name}.${field.name} (${field.type}) has a type the backup does not know.`);
      }
      return { name: field.name, type: field.type as ColumnType, optional: !field.isRequired || field.hasDefaultValue };
    });
  const primaryKey = model.primaryKey?.fields ?? model.fields.filter((field) => field.isId).map((field) => field.name);
  if (!primaryKey.length) throw new BackupSchemaError(`${model.name} has no primary key; the backup cannot page through it.`);
  return { name: model.name, columns, primaryKey, references: [...new Set(parentsOf(model))].sort() };
}

/** What to tell someone whose backup does not fit this database's tables; null when it fits. */
export function findSchemaMismatch(backup: BackupTable[], target: BackupTable[]): string | null {
  const targetByName = new Map(target.map((table) => [table.name, table]));
  const earlier = new Set<string>();
  const inBackup = new Set(backup.map((table) => table.name));
  for (const table of backup) {
    const here = targetByName.get(table.name);
    if (!here) return `The backup has a table "${table.name}" this version of Zero Draft does not have.`;
    for (const column of table.columns) {
      const match = here.columns.find((candidate) => candidate.name === column.name);
      if (!match) return `The backup has a column ${table.name}.${column.name} this version does not have.`;
      if (match.type !== column.type) return `${table.name}.${column.name} is ${column.type} in the backup but ${match.type} here.`;
    }
    for (const column of here.columns) {
      if (!column.optional && !table.columns.some((candidate) => candidate.name === column.name)) {
        return `The backup lacks ${table.name}.${column.name}, which this version requires.`;
      }
    }
    const late = here.references.find((parent) => inBackup.has(parent) && !earlier.has(parent));
    if (late) return `The backup lists ${table.name} before ${late}, which it refers to; it cannot be restored in order.`;
    earlier.add(table.name);
  }
  return null;
}
