import { describe, expect, it } from 'vitest';
import { actions, can, canWriteDrafts, isRole } from './permissions';

describe('permissions', () => {
  it('lets an observer read but never write', () => {
    expect(can('observer', 'draft:read')).toBe(true);
    expect(can('observer', 'corpus:read')).toBe(true);
    const writes = actions.filter((action) => !action.endsWith(':read'));
    for (const action of writes) expect(can('observer', action)).toBe(false);
    expect(canWriteDrafts('observer')).toBe(false);
  });

  it('keeps decisions on proposals with the facilitator', () => {
    expect(can('facilitator', 'proposal:decide')).toBe(true);
    expect(can('delegate', 'proposal:decide')).toBe(false);
    expect(can('delegate', 'proposal:bracket')).toBe(false);
    expect(can('delegate', 'proposal:create')).toBe(true);
    expect(can('secretariat', 'proposal:decide')).toBe(false);
  });

  it('rejects unknown roles', () => {
    expect(isRole('facilitator')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
