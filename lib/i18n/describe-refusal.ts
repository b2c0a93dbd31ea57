/** What a refusing route answers (server/http/respond-with-error.ts). */
export interface RefusalBody {
  error?: string;
  code?: string;
  reason?: string;
  /** The values the reason's message names. */
  params?: Record<string, string>;
}

/**
 * The refusal for an answer that carries none the app can read (a proxy's HTML page, an empty body): the status the
 * server answered, said by the catalogue's `server-answered` reason.
 */
export function describeUnreadableAnswer(status: number): RefusalBody {
  return { error: `The server answered ${status}.`, reason: 'server-answered', params: { status: String(status) } };
}

/** Looks a message up by key; answers null when the catalogue has none. */
export type MessageLookup = (key: string, params?: Record<string, string>) => string | null;

export interface DescribeRefusalOptions {
  /**
   * The person reads the server's own language (English): its sentence is then the most exact one, and stays
   * byte-identical to what scripts and older screens show.
   */
  readsServerLanguage?: boolean;
}

/**
 * The sentence to show for a refusal, in the person's language: the exact reason when the catalogue knows it, else
 * the server's own (English) sentence, else the general sentence for its code.
 */
export function describeRefusal(body: RefusalBody | null | undefined, lookup: MessageLookup, options: DescribeRefusalOptions = {}): string {
  if (options.readsServerLanguage && body?.error) return body.error;
  const byReason = body?.reason ? lookup(`reasons.${body.reason}`, body.params) : null;
  if (byReason) return byReason;
  if (body?.error) return body.error;
  return (body?.code ? lookup(`codes.${body.code}`) : null) ?? lookup('codes.internal') ?? 'Something went wrong.';
}

/**
 * The values a refusal names that are the app's own words rather than the person's data: a role ("observer") or a
 * list of them ("delegate, observer"), said in the person's language where `sayRole` knows the word, and the realtime
 * server's detail (`detail` with its `detailCode`) where `sayRealtime` knows the code.
 */
export function localizeRefusalParams(
  params: Record<string, string> | undefined,
  sayRole: (role: string) => string | null,
  sayRealtime: (code: string) => string | null = () => null,
): Record<string, string> | undefined {
  if (!params) return params;
  const localized = { ...params };
  if (params.detail && params.detailCode) localized.detail = sayRealtime(params.detailCode) ?? params.detail;
  if (params.role) localized.role = sayRole(params.role) ?? params.role;
  if (params.roles)
    localized.roles = params.roles
      .split(', ')
      .map((role) => sayRole(role) ?? role)
      .join(', ');
  return localized;
}

/** A translator as next-intl gives one (`useTranslations`, `getTranslations`), read with keys known only at run time. */
export interface DynamicTranslator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
}

/**
 * The one way a refusal's reason is looked up, in the browser and on the server alike: the `refusals` message for the
 * key, with the role and the realtime detail it names said from the catalogue too. A message naming a value the
 * server did not send gives null: the server's own sentence is better than a broken one.
 */
export function createRefusalLookup(refusals: DynamicTranslator, roles: DynamicTranslator): MessageLookup {
  const sayRole = (role: string) => (roles.has(role) ? roles(role) : null);
  const sayRealtime = (code: string) => (refusals.has(`realtime.${code}`) ? refusals(`realtime.${code}`) : null);
  return (key, params) => {
    if (!refusals.has(key)) return null;
    try {
      return refusals(key, localizeRefusalParams(params, sayRole, sayRealtime));
    } catch {
      return null;
    }
  };
}
