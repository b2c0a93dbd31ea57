import { describe, expect, it } from 'vitest';
import type { DataModel, DataModelField } from './data-model';
import { describeTables, findSchemaMismatch } from './describe-tables';
import { decodeValue, encodeValue } from './encode-value';
import { listAutoincrementColumns } from './list-autoincrement-columns';

const scalar = (name: string, type = 'String', extra: Partial<DataModelField> = {}): DataModelField => ({
  name,
  kind: 'scalar',
  type,
  isList: false,
  isRequired: true,
  isId: false,
  hasDefaultValue: false,
  isUpdatedAt: false,
  ...extra,
});
const relation = (name: string, type: string, from: string[]): DataModelField => ({
  ...scalar(name, type),
  kind: 'object',
  relationFromFields: from,
});

const model = (name: string, fields: DataModelField[]) => ({
  name,
  dbName: null,
  primaryKey: null,
  fields: [scalar('id', 'String', { isId: true }), ...fields],
});

describe('describeTables', () => {
  it('puts every table after the tables it refers to, whatever the names', () => {
    const dataModel: DataModel = {
      models: [
        model('Alpha', [scalar('zuluId'), relation('zulu', 'Zulu', ['zuluId'])]),
        model('Zulu', [scalar('mikeId'), relation('mike', 'Mike', ['mikeId'])]),
        model('Mike', [relation('alphas', 'Alpha', [])]),
      ],
    };
    const tables = describeTables(dataModel);
    expect(tables.map((table) => table.name)).toEqual(['Mike', 'Zulu', 'Alpha']);
    expect(tables[2]).toMatchObject({ references: ['Zulu'], primaryKey: ['id'] });
    expect(tables[2].columns.map((column) => column.name)).toEqual(['id', 'zuluId']);
  });

  it('refuses a cycle of foreign keys with the tables named', () => {
    const dataModel: DataModel = {
      models: [model('A', [scalar('bId'), relation('b', 'B', ['bId'])]), model('B', [scalar('aId'), relation('a', 'A', ['aId'])])],
    };
    expect(() => describeTables(dataModel)).toThrow(/A, B form a cycle/);
  });

  it('says why a backup does not fit: unknown table or column, other type, required column missing, wrong order', () => {
    const target = describeTables({
      models: [model('Parent', []), model('Child', [scalar('parentId'), relation('parent', 'Parent', ['parentId'])])],
    });
    expect(findSchemaMismatch(target, target)).toBeNull();
    expect(findSchemaMismatch([{ ...target[0], name: 'Other' }], target)).toMatch(/table "Other"/);
    expect(
      findSchemaMismatch([{ ...target[0], columns: [...target[0].columns, { name: 'x', type: 'Int', optional: true }] }], target),
    ).toMatch(/column Parent\.x/);
    expect(findSchemaMismatch([{ ...target[0], columns: [{ name: 'id', type: 'Int', optional: false }] }], target)).toMatch(
      /Int in the backup/,
    );
    expect(findSchemaMismatch([{ ...target[1], columns: [target[1].columns[0]] }], target)).toMatch(/lacks Child\.parentId/);
    expect(findSchemaMismatch([target[1], target[0]], target)).toMatch(/lists Child before Parent/);
  });
});

describe('encodeValue and decodeValue', () => {
  it('round-trips every column type and refuses values of another type', () => {
    const values: [Parameters<typeof encodeValue>[0], unknown][] = [
      ['String', 'é “x”'],
      ['Int', -3],
      ['Float', 1.5],
      ['Boolean', false],
      ['BigInt', 18_446_744_073_709_551_615n],
      ['DateTime', new Date('2026-11-26T08:00:00.123Z')],
      ['Bytes', new Uint8Array([0, 255, 7])],
      ['Json', { a: [1] }],
    ];
    for (const [type, value] of values) expect(decodeValue(type, JSON.parse(JSON.stringify(encodeValue(type, value))))).toEqual(value);
    expect(decodeValue('String', null)).toBeNull();
    expect(() => decodeValue('Int', 1.5)).toThrow(/expected Int/);
    expect(() => decodeValue('BigInt', 12)).toThrow(/expected BigInt/);
    expect(() => decodeValue('DateTime', 'yesterday')).toThrow(/expected DateTime/);
    expect(() => decodeValue('Bytes', 'abc')).toThrow(/expected Bytes/);
  });
});

describe('listAutoincrementColumns', () => {
  it('names the columns the database numbers itself, by the table name in the database', () => {
    const dataModel: DataModel = {
      models: [
        model('Plain', [scalar('count', 'Int', { hasDefaultValue: true, default: 0 })]),
        {
          ...model('Change', [scalar('seq', 'Int', { hasDefaultValue: true, default: { name: 'autoincrement', args: [] } })]),
          dbName: 'changes',
        },
        model('Stamped', [scalar('at', 'DateTime', { hasDefaultValue: true, default: { name: 'now', args: [] } })]),
      ],
    };
    expect(listAutoincrementColumns(dataModel)).toEqual([{ table: 'changes', column: 'seq' }]);
  });
});
