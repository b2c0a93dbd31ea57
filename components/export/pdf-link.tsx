'use client';

import { useTranslations } from 'next-intl';
import { type MouseEvent, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

/** The name the server gave the file (Content-Disposition), else a plain one. */
function readFileName(disposition: string | null): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'zero-draft.pdf';
}

/**
 * A link to a PDF export. LibreOffice takes seconds to print a long text, so with JavaScript the link fetches the
 * file itself and says "Preparing PDF…" meanwhile, then saves it; a refusal (no LibreOffice on the server) is shown
 * beside the link. Without JavaScript, or opened in a new tab, it is a plain download.
 */
export function PdfLink({ href, children, className }: { href: string; children?: React.ReactNode; className?: string }) {
  const t = useTranslations('export');
  const describeRefusal = useDescribeRefusal();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state.busy) return;
    setState({ busy: true });
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as RefusalBody | null;
        setState({ busy: false, error: body?.error ? describeRefusal(body) : t('notPrepared', { status: response.status }) });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = readFileName(response.headers.get('content-disposition'));
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has the file once the click is handled; the next task may let the blob go.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState({ busy: false });
    } catch {
      setState({ busy: false, error: t('connectionFailed') });
    }
  }

  return (
    <>
      <a href={href} className={className} onClick={download} aria-busy={state.busy} data-testid="pdf-link">
        {state.busy ? t('preparing') : (children ?? t('pdf'))}
      </a>
      {state.error && (
        <span role="alert" className="error" data-testid="pdf-error">
          {' '}
          {state.error}
        </span>
      )}
    </>
  );
}
