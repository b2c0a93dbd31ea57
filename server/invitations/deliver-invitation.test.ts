import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink, type SmtpSink } from '@/test-support/smtp-sink';
import { deliverInvitation } from './deliver-invitation';

let sink: SmtpSink;
const invitation = {
  id: 'inv-1',
  email: 'wanjiru@example.org',
  token: 'secret-token-0123456789abcdefghijkl',
  expiresAt: new Date('2030-01-08T00:00:00Z'),
};

beforeAll(async () => {
  sink = await startSmtpSink();
  // Read once per process: set before the first read in this test file's worker.
  process.env.SMTP_URL = sink.url;
  process.env.SMTP_FROM = 'Secretariat <cop@example.org>';
  delete process.env.ZERO_DRAFT_PUBLIC_URL;
});

afterAll(async () => {
  await sink.close();
});

describe('deliverInvitation', () => {
  it('e-mails the link through the configured SMTP server and hands the same link back', async () => {
    const delivery = await deliverInvitation(invitation, {
      origin: 'http://drafts.example.org/',
      invitedByName: 'Ada Okonkwo',
      negotiationTitle: 'Informals on victim support',
    });
    expect(delivery).toEqual({ link: `http://drafts.example.org/invitations/${invitation.token}`, emailed: true });
    expect(sink.messages).toHaveLength(1);
    const [message] = sink.messages;
    expect(message!.to).toEqual(['<wanjiru@example.org>']);
    // The body is quoted-printable: soft line breaks and escaped characters, as any mail reader decodes them.
    const text = message!.data
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    expect(text).toContain('Ada Okonkwo invites you to Zero Draft to take part in "Informals on victim support"');
    expect(text).toContain(`/invitations/${invitation.token}`);
  });

  it('keeps the link working when sending fails, and keeps the secret out of the log', async () => {
    await sink.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const delivery = await deliverInvitation(invitation, { origin: 'http://drafts.example.org', invitedByName: 'Ada' });
      expect(delivery.emailed).toBe(false);
      expect(delivery.link).toContain(invitation.token);
      expect(delivery.emailError).toMatch(/could not be sent/);
      expect(logged).toHaveBeenCalled();
      expect(JSON.stringify(logged.mock.calls)).not.toContain(invitation.token);
    } finally {
      logged.mockRestore();
    }
  });
});
