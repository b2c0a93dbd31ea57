import Link from 'next/link';
import { ImportForm } from '@/components/corpus/import-form';
import { canOnSite } from '@/lib/auth/permissions';
import { readSiteStanding } from '@/server/negotiations/check-access';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

export default async function ImportPage() {
  const user = await requireUser();
  return (
    <main>
      <p>
        <Link href="/corpus">← Corpus</Link>
      </p>
      <div className="card">
        <h1>Import a document</h1>
        {canOnSite(await readSiteStanding(getDb(), user), 'corpus:import') ? (
          <>
            <p className="muted">
              A PDF with a text layer (not a scan), plain text (even pasted from a PDF), Markdown, a web page (.html) or Word (.docx, .doc,
              .odt, .rtf). Title, kind, year, body, symbol and session are read from the text when left empty. You see what was read, and
              can correct it, before anything is saved. Importing the same file again changes nothing.
            </p>
            <ImportForm />
          </>
        ) : (
          <p>Your role cannot import documents. Ask the secretariat or the facilitator.</p>
        )}
      </div>
    </main>
  );
}
