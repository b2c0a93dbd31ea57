'use client';

import { useEffect, useState } from 'react';

export interface DirectoryDelegation {
  code: string;
  name: string;
  colour: string;
}

export interface Directory {
  delegations: ReadonlyMap<string, DirectoryDelegation>;
  /** User id → name. */
  people: ReadonlyMap<string, string>;
}

const emptyDirectory: Directory = { delegations: new Map(), people: new Map() };

/**
 * The delegations (by code) and people (by id) of the draft's negotiation, loaded once per draft. Until it arrives (or if it
 * fails) the room falls back to names seen in presence and proposals.
 */
export function useDelegationDirectory(draftId: string): Directory {
  const [directory, setDirectory] = useState(emptyDirectory);
  useEffect(() => {
    if (!draftId) return undefined;
    const controller = new AbortController();
    fetch(`/api/delegations?draft=${encodeURIComponent(draftId)}`, { signal: controller.signal, credentials: 'same-origin' })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ delegations?: DirectoryDelegation[]; people?: { id: string; name: string }[] }>) : null,
      )
      .then((body) => {
        if (!body) return;
        setDirectory({
          delegations: new Map((body.delegations ?? []).map((delegation) => [delegation.code, delegation])),
          people: new Map((body.people ?? []).map((person) => [person.id, person.name])),
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [draftId]);
  return directory;
}
