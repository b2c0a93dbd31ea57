export declare const postgresSuperuser: string;
export declare function findPostgresBinaries(): string | null;
export declare function findPostgresOwner(): { name: string; uid: number; gid: number } | null;
export declare function createPostgresRunner(
  bin: string,
  owner: { name: string; uid: number; gid: number } | null,
): (program: string, args: string[]) => string;
