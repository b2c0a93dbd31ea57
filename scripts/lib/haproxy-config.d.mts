import type { ChildProcess, StdioOptions } from 'node:child_process';

export interface HaproxyAddress {
  host: string;
  port: number;
}

export interface HaproxyHealthCheck {
  interMs: number;
  fastInterMs: number;
  fall: number;
  rise: number;
  timeoutMs: number;
}

export interface HaproxyConfigOptions {
  bind: HaproxyAddress;
  nodes: Array<HaproxyAddress & { name: string }>;
  dir: string;
  healthCheck?: Partial<HaproxyHealthCheck>;
  peers?: Array<HaproxyAddress & { name: string }>;
  localPeer?: string;
  tunnelTimeout?: string;
}

export const defaultHealthCheck: HaproxyHealthCheck;
export function renderHaproxyConfig(options: HaproxyConfigOptions): string;
export function writeHaproxyConfig(options: HaproxyConfigOptions): string;
export function startHaproxy(options: { configFile: string; dir: string; peerName?: string; stdio?: StdioOptions }): Promise<ChildProcess>;
export function askHaproxy(dir: string, command: string): Promise<string>;
export function readServerStates(dir: string): Promise<Map<string, string>>;
