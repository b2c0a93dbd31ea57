/** Opens the projector's screen view in a tab of its own, so the room itself stays where it is. */
export function ScreenLink({ draftId }: { draftId: string }) {
  return (
    <a href={`/drafts/${encodeURIComponent(draftId)}/screen`} target="_blank" rel="noopener" className="draft-tool">
      Screen view
    </a>
  );
}
