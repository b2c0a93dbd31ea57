import { describe, expect, it } from 'vitest';
import { actions, can, canOnSite, canWriteDrafts, isRole, isWriteAction } from './permissions';

describe('permissions', () => {
  it('lets an observer read but never write', () => {
    expect(can('observer', 'draft:read')).toBe(true);
    expect(canOnSite({ isAdmin: false, roles: ['observer'] }, 'corpus:read')).toBe(true);
    const writes = actions.filter(isWriteAction);
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

  it('keeps site administration apart from negotiation roles', () => {
    expect(canOnSite({ isAdmin: false, roles: ['facilitator'] }, 'site:administer')).toBe(false);
    expect(canOnSite({ isAdmin: true, roles: [] }, 'site:administer')).toBe(true);
    expect(canOnSite({ isAdmin: false, roles: ['delegate'] }, 'corpus:import')).toBe(false);
    expect(canOnSite({ isAdmin: false, roles: ['delegate', 'secretariat'] }, 'corpus:import')).toBe(true);
  });

  it('gives rosters, mode, frozen text, archiving and deletion to the facilitator only', () => {
    for (const action of [
      'negotiation:manage-roster',
      'draft:switch-mode',
      'draft:edit-frozen',
      'draft:archive',
      'draft:delete',
    ] as const) {
      expect(can('facilitator', action)).toBe(true);
      for (const role of ['delegate', 'secretariat', 'observer'] as const) expect(can(role, action)).toBe(false);
    }
  });

  it('lets delegates prepare and table their own proposals, never observers', () => {
    expect(can('delegate', 'proposal:prepare')).toBe(true);
    expect(can('delegate', 'proposal:table')).toBe(true);
    expect(can('observer', 'proposal:table')).toBe(false);
  });

  it('gives document details and the main sponsor to the facilitator and the secretariat, co-sponsorship to delegates', () => {
    for (const action of ['draft:set-furniture', 'draft:set-sponsor'] as const) {
      expect(can('facilitator', action)).toBe(true);
      expect(can('secretariat', action)).toBe(true);
      expect(can('delegate', action)).toBe(false);
      expect(can('observer', action)).toBe(false);
    }
    expect(can('delegate', 'draft:cosponsor')).toBe(true);
    for (const role of ['facilitator', 'secretariat', 'observer'] as const) expect(can(role, 'draft:cosponsor')).toBe(false);
  });

  it('gives the negotiation archive to the facilitator and the secretariat only', () => {
    expect(can('facilitator', 'negotiation:archive-download')).toBe(true);
    expect(can('secretariat', 'negotiation:archive-download')).toBe(true);
    expect(can('delegate', 'negotiation:archive-download')).toBe(false);
    expect(can('observer', 'negotiation:archive-download')).toBe(false);
    expect(isWriteAction('negotiation:archive-download')).toBe(false);
  });

  it('rejects unknown roles', () => {
    expect(isRole('facilitator')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
