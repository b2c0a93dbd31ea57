import type { DataModel } from './data-model';

export interface AutoincrementColumn {
  /** The table's name in the database. */
  table: string;
  column: string;
}

/**
 * The columns the database numbers itself (`@default(autoincrement())`). A restore writes their values explicitly,
 * so PostgreSQL's sequences behind them must then be moved past the largest restored value.
 */
export function listAutoincrementColumns(dataModel: DataModel): AutoincrementColumn[] {
  return dataModel.models.flatMap((model) =>
    model.fields
      .filter((field) => (field.default as { name?: unknown } | undefined)?.name === 'autoincrement')
      .map((field) => ({ table: model.dbName ?? model.name, column: field.name })),
  );
}
