/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the e2e suite: authorization code flow with
 * signed ID tokens, discovery, JWKS and userinfo, and a plain login form that checks the test accounts' password.
 * Started by scripts/test-e2e.mjs before the app, which reads the issuer when it starts.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';
import { type OidcTestAccount, oidcAccounts, oidcTestPassword } from './oidc-accounts';

export interface RunningOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const accounts: OidcTestAccount[] = Object.values(oidcAccounts);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function loginPage(error?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test Identity Provider</title></head>
<body><main><h1>Test Identity Provider</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" autocomplete="off">
<p><label for="email">IdP e-mail</label> <input id="email" name="email" type="email" required></p>
<p><label for="password">IdP password</label> <input id="password" name="password" type="password" required></p>
<p><button type="submit">Continue to the application</button></p>
</form></main></body></html>`;
}

async function readForm(request: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startOidcProvider(options: { port: number; redirectUri: string }): Promise<RunningOidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = 'zero-draft-e2e';
  const clientSecret = randomBytes(24).toString('hex');
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'e2e', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.find((candidate) => candidate.sub === sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified, name: account.name };
        },
      };
    },
  });
  const handleProtocol = provider.callback();

  const server = http.createServer((request, response) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(new URL(request.url ?? '/', issuer).pathname)?.[1];
    if (!uid) {
      handleProtocol(request, response);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(request, response);
        if (request.method !== 'POST') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage());
          return;
        }
        const form = await readForm(request);
        const account = accounts.find((candidate) => candidate.email === form.get('email')?.trim().toLowerCase());
        if (!account || form.get('password') !== oidcTestPassword) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage('Unknown e-mail or wrong password.'));
          return;
        }
        // Consent is given with the login: the test provider has only this one client.
        const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? 'openid'));
        const grantId = await grant.save();
        await provider.interactionFinished(
          request,
          response,
          { login: { accountId: account.sub }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Interaction failed: ${String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
