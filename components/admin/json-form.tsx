'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';
import { InvitationLink } from './invitation-link';

interface JsonFormProps {
  action: string;
  method?: 'POST' | 'PATCH' | 'DELETE';
  submitLabel: string;
  /** The button's full name when its visible label is short (one per row in a table). */
  submitAriaLabel?: string;
  pendingLabel?: string;
  /** Asked before sending (for acts that cannot be undone). */
  confirmMessage?: string;
  /** Announced after success. */
  doneMessage?: string;
  /** After success, a link built from the answer's id (":id" in the address). */
  resultLink?: { href: string; label: string };
  className?: string;
  children?: ReactNode;
}

interface Outcome {
  message?: string;
  invitationLink?: string;
  emailed?: boolean;
  emailError?: string;
  href?: string;
}

/** The fields of a form as JSON: checkboxes as booleans, empty optional fields left out. */
function readFields(form: HTMLFormElement): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (!element.name || element.disabled) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') body[element.name] = element.checked;
    else if (element.value.trim() !== '') body[element.name] = element.value;
  }
  return body;
}

/**
 * A real form (labelled fields, a submit button, Enter submits) that sends its fields as JSON to an API route, announces
 * an error with role="alert", and refreshes the page's server data after success.
 */
export function JsonForm({
  action,
  method = 'POST',
  submitLabel,
  submitAriaLabel,
  pendingLabel,
  confirmMessage,
  doneMessage,
  resultLink,
  className,
  children,
}: JsonFormProps) {
  const router = useRouter();
  const t = useTranslations('admin');
  const describeRefusal = useDescribeRefusal();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively; keep the button off until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    setPending(true);
    setError(null);
    setOutcome(null);
    try {
      const response = await fetch(action, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'DELETE' ? null : JSON.stringify(readFields(form)),
      });
      const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok) {
        // The refusal in the person's language where it has a code the catalogue knows; the server's English otherwise.
        setError(describeRefusal(answer as RefusalBody));
        return;
      }
      setOutcome({
        ...(doneMessage ? { message: doneMessage } : {}),
        ...(typeof answer.invitationLink === 'string' ? { invitationLink: answer.invitationLink, emailed: answer.emailed === true } : {}),
        ...(typeof answer.emailError === 'string' ? { emailError: answer.emailError } : {}),
        ...(resultLink && typeof answer.id === 'string' ? { href: resultLink.href.replace(':id', answer.id) } : {}),
      });
      if (method === 'POST') form.reset();
      router.refresh();
    } catch {
      setError(describeRefusal({ code: 'network' }));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} method="post" noValidate className={className} aria-describedby={error ? errorId : undefined}>
      {children}
      <button className="button" type="submit" disabled={pending || !hydrated} aria-label={submitAriaLabel}>
        {pending ? (pendingLabel ?? t('saving')) : submitLabel}
      </button>
      {error && (
        <p role="alert" className="error" id={errorId}>
          {error}
        </p>
      )}
      {outcome && (
        <div role="status" className="form-outcome">
          {outcome.message && <p>{outcome.message}</p>}
          {outcome.href && resultLink && (
            <p>
              <Link href={outcome.href}>{resultLink.label}</Link>
            </p>
          )}
          {outcome.invitationLink && <InvitationLink link={outcome.invitationLink} emailed={outcome.emailed === true} />}
          {outcome.emailError && <p className="error">{outcome.emailError}</p>}
        </div>
      )}
    </form>
  );
}
