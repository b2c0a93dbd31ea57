import nodemailer from 'nodemailer';
import { readConfig } from '@/server/config/read-config';
import type { IssuedInvitation } from './insert-invitation';

export interface InvitationDelivery {
  /** The link to hand to the person; shown once to whoever invited them. */
  link: string;
  emailed: boolean;
  /** Why the e-mail did not go, when SMTP is configured and sending failed (the link still works). */
  emailError?: string;
}

/**
 * Builds the invitation link (ZERO_DRAFT_PUBLIC_URL, else the address the inviter used) and, when SMTP_URL is set,
 * e-mails it. The secret appears in the link and the message only, never in a log line.
 */
export async function deliverInvitation(
  invitation: IssuedInvitation,
  context: { origin: string; invitedByName: string; negotiationTitle?: string },
): Promise<InvitationDelivery> {
  const config = readConfig();
  const link = `${config.publicUrl ?? context.origin.replace(/\/$/, '')}/invitations/${invitation.token}`;
  if (!config.smtpUrl) return { link, emailed: false };
  const where = context.negotiationTitle ? ` to take part in "${context.negotiationTitle}"` : '';
  try {
    await nodemailer.createTransport(config.smtpUrl).sendMail({
      from: config.smtpFrom,
      to: invitation.email,
      subject: 'Your invitation to Zero Draft',
      text:
        `${context.invitedByName} invites you to Zero Draft${where}.\n\n` +
        `Set your password here (the link works once, until ${invitation.expiresAt.toUTCString()}):\n${link}\n`,
    });
    return { link, emailed: true };
  } catch (error) {
    const reason = (error as Error).message.replaceAll(invitation.token, '…');
    console.error(`Invitation e-mail to ${invitation.email} failed: ${reason}`);
    return { link, emailed: false, emailError: 'The e-mail could not be sent; hand the link over yourself.' };
  }
}
