import Link from 'next/link';

/** The drafting room header's way to the draft's progress page. */
export function ProgressLink({ draftId }: { draftId: string }) {
  return (
    <Link href={`/drafts/${encodeURIComponent(draftId)}/progress`} className="draft-tool" data-testid="progress-link">
      Progress
    </Link>
  );
}
