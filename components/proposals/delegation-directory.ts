'use client';

import { useEffect, useState } from 'react';

export interface DirectoryDelegation {
  code: string;
  name: string;
  colour: string;
}

const emptyDirectory: ReadonlyMap<string, DirectoryDelegation> = new Map();

/**
 * All delegations by code, loaded once per draft. Until it arrives (or if it
 * fails) the room falls back to names seen in presence and proposals.
 */
export function useDelegationDirectory(draftId: string): ReadonlyMap<string, DirectoryDelegation> {
  const [directory, setDirectory] = useState(emptyDirectory);
  useEffect(() => {
    if (!draftId) return undefined;
    const controller = new AbortController();
    fetch(`/drafts/${encodeURIComponent(draftId)}/compilation/delegations`, { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<{ delegations?: DirectoryDelegation[] }>) : null))
      .then((body) => {
        if (body?.delegations) setDirectory(new Map(body.delegations.map((delegation) => [delegation.code, delegation])));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [draftId]);
  return directory;
}
