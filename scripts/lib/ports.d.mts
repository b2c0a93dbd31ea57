export function isPortFree(port: number, host?: string): Promise<boolean>;
export function findFreePort(host?: string): Promise<number>;
