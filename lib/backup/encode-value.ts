import type { ColumnType } from './backup-format';

/** A database value (as Prisma returns it) as JSON, by its column type. */
export function encodeValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'Bytes':
      return Buffer.from(value as Uint8Array).toString('base64');
    case 'BigInt':
    case 'Decimal':
      return String(value);
    case 'DateTime':
      return (value as Date).toISOString();
    default:
      return value;
  }
}

export class BackupValueError extends Error {}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The JSON of a backup back into what Prisma writes; refuses anything that is not of the column's type. */
export function decodeValue(type: ColumnType, value: unknown): unknown {
  if (value === null) return null;
  const wrong = () => new BackupValueError(`expected ${type}, found ${JSON.stringify(value)?.slice(0, 40)}`);
  switch (type) {
    case 'String':
      if (typeof value !== 'string') throw wrong();
      return value;
    case 'Int':
      if (!Number.isSafeInteger(value)) throw wrong();
      return value;
    case 'Float':
      if (typeof value !== 'number') throw wrong();
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'BigInt':
      if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw wrong();
      return BigInt(value);
    case 'Decimal':
      if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) throw wrong();
      return value;
    case 'DateTime': {
      const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) throw wrong();
      return date;
    }
    case 'Bytes':
      if (typeof value !== 'string' || value.length % 4 !== 0 || !base64.test(value)) throw wrong();
      return new Uint8Array(Buffer.from(value, 'base64'));
    case 'Json':
      return value;
  }
}
