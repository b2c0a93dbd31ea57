import { get_datamodel } from '@prisma/prisma-schema-wasm';
import type { DataModel } from '@/lib/backup/data-model';
import { readSchemaFile } from './schema-engine';

let cached: DataModel | undefined;

/** The schema's data model (Prisma's DMMF, from prisma/schema.prisma through Prisma's own schema parser). */
export function readDataModel(): DataModel {
  if (!cached) {
    const schema = readSchemaFile();
    cached = JSON.parse(get_datamodel(JSON.stringify({ prismaSchema: [[schema.path, schema.content]] }))) as DataModel;
  }
  return cached;
}
